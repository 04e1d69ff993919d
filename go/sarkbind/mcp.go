package sarkbind

import (
	"encoding/base64"
	"encoding/json"
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

// MCPParse parses one message or a batch and returns the summary framed for a cheap split in
// Python: "B" (batch) or "S" (single), then per message "\x1e" and ten fields joined by
// "\x1f": kind, id, method, tool_name, progress_token, params_raw, arguments_raw, meta_raw,
// result_raw, error. Each field is canonical JSON ("" for none), the error a JSON object.
// Canonical JSON escapes every control character, so the separators never occur inside a field.
func MCPParse(h int64, data string) (framed string, err error) {
	defer guard(&err)
	p, err := parsers.get(h)
	if err != nil {
		return "", err
	}
	s, err := p.Parse([]byte(data))
	if err != nil {
		return "", mcpError(err)
	}
	return frameSummary(s)
}

// MCPParseEncoded is MCPParse for input given as base64 of its bytes: input holding NUL,
// invalid UTF-8 or lone surrogates cannot cross as a str, and must still get its error.
func MCPParseEncoded(h int64, dataB64 string) (framed string, err error) {
	defer guard(&err)
	data, err := base64.StdEncoding.DecodeString(dataB64)
	if err != nil {
		return "", invalidf("encoded message is not base64")
	}
	p, err := parsers.get(h)
	if err != nil {
		return "", err
	}
	s, err := p.Parse(data)
	if err != nil {
		return "", mcpError(err)
	}
	return frameSummary(s)
}

func frameSummary(s *mcp.Summary) (string, error) {
	size := 1
	for i := range s.Messages {
		m := &s.Messages[i]
		size += 16 + len(m.ID) + len(m.ProgressToken) + strLen(m.Method) + strLen(m.ToolName) +
			strLen(m.ParamsRaw) + strLen(m.ArgumentsRaw) + strLen(m.MetaRaw) + strLen(m.ResultRaw)
	}
	b := make([]byte, 0, size)
	if s.Batch {
		b = append(b, 'B')
	} else {
		b = append(b, 'S')
	}
	for i := range s.Messages {
		m := &s.Messages[i]
		b = append(b, '\x1e')
		b = append(b, m.Kind...)
		b = append(append(b, '\x1f'), m.ID...)
		b = appendJSONStringPtr(append(b, '\x1f'), m.Method)
		b = appendJSONStringPtr(append(b, '\x1f'), m.ToolName)
		b = append(append(b, '\x1f'), m.ProgressToken...)
		for _, raw := range []*string{m.ParamsRaw, m.ArgumentsRaw, m.MetaRaw, m.ResultRaw} {
			b = append(b, '\x1f')
			if raw != nil {
				b = append(b, *raw...)
			}
		}
		b = append(b, '\x1f')
		if m.Error != nil { // rare: error responses and invalid batch elements
			e, err := json.Marshal(m.Error)
			if err != nil {
				return "", err
			}
			b = append(b, e...)
		}
	}
	return string(b), nil
}

func strLen(s *string) int {
	if s == nil {
		return 0
	}
	return len(*s)
}

func appendJSONStringPtr(b []byte, s *string) []byte {
	if s == nil {
		return b
	}
	return appendJSONString(b, *s)
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
