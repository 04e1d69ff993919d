package sarkbind

import (
	"encoding/base64"
	"errors"

	"github.com/sark-accel/sark-accel/go/mcp"
)

// Parsers are immutable; Python keeps one per distinct option set.
var parsers = newRegistry[*mcp.Parser]("mcp parser")

// mcpError carries an *mcp.Error to Python as "sark:mcp:<canonical JSON of code, message,
// data, id>", which sark_accel.mcp.errors.MCPError parses.
func mcpError(err error) error {
	var me *mcp.Error
	if errors.As(err, &me) {
		return &kindError{kind: "mcp", err: errors.New(string(me.JSON()))}
	}
	if errors.Is(err, mcp.ErrInvalidOption) {
		return withKind(kindInvalidArgument, err)
	}
	return err
}

// MCPParserNew builds a parser from options JSON ({"strict","max_bytes","max_depth","max_batch"}).
func MCPParserNew(optionsJSON string) (h int64, err error) {
	defer guard(&err)
	p, err := mcp.NewParserJSON(optionsJSON)
	if err != nil {
		return 0, mcpError(err)
	}
	return parsers.add(p), nil
}

// MCPParserClose forgets a parser.
func MCPParserClose(h int64) (ok bool, err error) {
	defer guard(&err)
	return parsers.remove(h), nil
}

// MCPParse parses one message or a batch and returns the summary JSON
// ({"batch": bool, "messages": [...]}, see go/mcp).
func MCPParse(h int64, data string) (summary string, err error) {
	defer guard(&err)
	p, err := parsers.get(h)
	if err != nil {
		return "", err
	}
	out, err := p.ParseString(data)
	return out, mcpError(err)
}

// MCPParseEncoded is MCPParse for input given as base64 of its bytes: input holding NUL,
// invalid UTF-8 or lone surrogates cannot cross as a str, and must still get its error.
func MCPParseEncoded(h int64, dataB64 string) (summary string, err error) {
	defer guard(&err)
	p, err := parsers.get(h)
	if err != nil {
		return "", err
	}
	data, err := base64.StdEncoding.DecodeString(dataB64)
	if err != nil {
		return "", invalidf("encoded message is not base64")
	}
	out, err := p.ParseJSON(data)
	return string(out), mcpError(err)
}

// MCPCanonicalize returns the canonical JSON of a document (after the parser's input checks).
func MCPCanonicalize(h int64, data string) (out string, err error) {
	defer guard(&err)
	p, err := parsers.get(h)
	if err != nil {
		return "", err
	}
	out, err = p.CanonicalizeString(data)
	return out, mcpError(err)
}

// MCPGetPath returns the canonical JSON of the value at pathJSON (a JSON array of keys and
// indexes) in data, or "" when there is none.
func MCPGetPath(h int64, data, pathJSON string) (out string, err error) {
	defer guard(&err)
	p, err := parsers.get(h)
	if err != nil {
		return "", err
	}
	out, err = p.GetPathJSON(data, pathJSON)
	return out, mcpError(err)
}
