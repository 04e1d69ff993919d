package gateway

import (
	"strconv"
	"unicode/utf8"
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
	b = appendString(b, string(stage))
	b = append(b, `},"message":`...)
	b = appendString(b, deniedMessage)
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
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendString writes s as Python's json.dumps(s, ensure_ascii=False) does, so both pipelines
// write the same text; each byte of invalid UTF-8 (only a Go caller can pass it) becomes U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			b = append(b, c)
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, r) // RuneError for invalid bytes
			i += n
			continue
		}
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		default:
			const hex = "0123456789abcdef"
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		i++
	}
	return append(b, '"')
}
