package gateway

import (
	"strconv"

	"github.com/sark-accel/sark-accel/go/mcp"
)

// CodeDenied is the JSON-RPC error code of a request the gateway refuses (parse errors keep
// the parser's code).
const CodeDenied = -32001

// deniedMessage is the error message of every CodeDenied response.
const deniedMessage = "Request denied"

// denyResponse writes {"error":{"code":-32001,"data":{"reasons":[...],"stage":s},"message":...},
// "id":id,"jsonrpc":"2.0"} as canonical JSON (sorted keys, no spaces, non-ASCII unescaped).
func denyResponse(id []byte, stage Stage, reasons []string) []byte {
	b := make([]byte, 0, 128)
	b = append(b, `{"error":{"code":`...)
	b = strconv.AppendInt(b, CodeDenied, 10)
	b = append(b, `,"data":{"reasons":`...)
	b = appendStrings(b, reasons)
	b = append(b, `,"stage":`...)
	b = mcp.AppendJSONString(b, string(stage))
	b = append(b, `},"message":`...)
	b = mcp.AppendJSONString(b, deniedMessage)
	b = append(b, `},"id":`...)
	b = appendID(b, id)
	return append(b, `,"jsonrpc":"2.0"}`...)
}

func appendID(b, id []byte) []byte {
	if id == nil {
		return append(b, "null"...)
	}
	return append(b, id...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = mcp.AppendJSONString(b, s)
	}
	return append(b, ']')
}
