package sarkbind

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"github.com/sark-accel/sark-accel/go/mcp"
	"github.com/sark-accel/sark-accel/go/sarkbind/gilhook"
)

// Parsers are immutable; Python keeps one per distinct option set.
var parsers = newRegistry[*mcp.Parser]("mcp parser")

// mcpError carries an *mcp.Error to Python as "sark:mcp:<canonical JSON of code, message,
// data, id>", which sark_accel.mcp.errors.MCPError parses.
func mcpError(err error) error {
	var me *mcp.Error
	if errors.As(err, &me) {
		return &kindError{kind: kindMCP, err: errors.New(string(me.JSON()))}
	}
	if errors.Is(err, mcp.ErrInvalidOption) {
		return withKind(kindInvalidArgument, err)
	}
	return err
}

// MCPParserNew builds a parser from options JSON, e.g. {"strict":true,"max_bytes":4194304,
// "max_depth":64,"max_batch":1000,"max_batch_bytes":4194304}; absent keys keep their defaults.
func MCPParserNew(optionsJSON string) (h int64, err error) {
	defer guard(&err)
	opts, err := mcpOptions(optionsJSON)
	if err != nil {
		return 0, mcpError(err)
	}
	p, err := mcp.NewParser(opts...)
	if err != nil {
		return 0, mcpError(err)
	}
	return parsers.add(p), nil
}

// mcpLimits maps the integer options to go/mcp's functional options.
var mcpLimits = map[string]func(int) mcp.Option{
	"max_bytes":       mcp.WithMaxBytes,
	"max_depth":       mcp.WithMaxDepth,
	"max_batch":       mcp.WithMaxBatch,
	"max_batch_bytes": mcp.WithMaxBatchBytes,
}

// mcpOptions decodes the options JSON of MCPParserNew; unknown keys and wrong types are
// mcp.ErrInvalidOption (the ranges are go/mcp's to check).
func mcpOptions(optionsJSON string) ([]mcp.Option, error) {
	bad := func(msg string) error { return fmt.Errorf("%w: %s", mcp.ErrInvalidOption, msg) }
	var raw map[string]json.RawMessage
	if optionsJSON == "" {
		return nil, nil
	}
	if err := json.Unmarshal([]byte(optionsJSON), &raw); err != nil || raw == nil {
		return nil, bad("options must be a JSON object")
	}
	opts := make([]mcp.Option, 0, len(raw))
	for key, v := range raw {
		if key == "strict" {
			var strict bool
			if json.Unmarshal(v, &strict) != nil || string(v) == "null" {
				return nil, bad("strict must be a boolean")
			}
			opts = append(opts, mcp.WithStrict(strict))
			continue
		}
		with, ok := mcpLimits[key]
		if !ok {
			return nil, bad("unknown option " + strconv.Quote(key))
		}
		var n int
		if json.Unmarshal(v, &n) != nil || string(v) == "null" {
			return nil, bad(key + " must be an integer")
		}
		opts = append(opts, with(n))
	}
	return opts, nil
}

// MCPParserClose forgets a parser.
func MCPParserClose(h int64) (ok bool, err error) {
	defer guard(&err)
	return parsers.remove(h), nil
}

// MCPParse parses one message or a batch and returns the summary framed for a cheap split in
// Python: "B" (batch) or "S" (single), "L" if the input holds an integer literal longer than
// 18 characters (Python then builds dicts with json, not orjson) else "-", then per message
// "\x1e" and fifteen fields joined by "\x1f": kind, id, method, tool_name, progress_token (canonical JSON, "" for none), then the
// start and end of params, arguments, meta and result as decimal character (code point)
// offsets into data ("" for none: Python slices its own str, nothing is copied here), then
// error (a JSON object, "" for none), then protocol_version (a JSON string, "" for none). No
// field can hold a raw control character, so the separators never occur inside one. The GIL
// is given up only for data over heldParseBytes.
//
//sark:holdgil
func MCPParse(h int64, data string) (framed string, err error) {
	defer guard(&err)
	defer gilhook.ReleaseIf(len(data) > heldParseBytes)()
	p, err := parsers.get(h)
	if err != nil {
		return "", err
	}
	// Parse never retains data past the call, and the summary is framed before returning.
	in := unsafe.Slice(unsafe.StringData(data), len(data))
	s, err := p.Parse(in)
	if err != nil {
		return "", mcpError(err)
	}
	return frameSummary(s, in)
}

// MCPParseEncoded is MCPParse for input given as base64 of its bytes: input holding NUL,
// invalid UTF-8 or lone surrogates cannot cross as a str, and must still get its error.
//
//sark:holdgil
func MCPParseEncoded(h int64, dataB64 string) (framed string, err error) {
	defer guard(&err)
	defer gilhook.ReleaseIf(len(dataB64)/4*3 > heldParseBytes)()
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
	return frameSummary(s, data)
}

func frameSummary(s *mcp.Summary, data []byte) (string, error) {
	var one [8]int // a single message needs no allocation
	offs := one[:0]
	if len(s.Messages) > 1 {
		offs = make([]int, 0, 8*len(s.Messages))
	}
	for i := range s.Messages {
		m := &s.Messages[i]
		for _, sp := range [...]mcp.Span{m.Params, m.Arguments, m.Meta, m.Result} {
			offs = append(offs, sp.Start, sp.End)
		}
	}
	if !s.ASCII {
		toCharOffsets(data, offs)
	}
	b := make([]byte, 0, 64+96*len(s.Messages))
	if s.Batch {
		b = append(b, 'B')
	} else {
		b = append(b, 'S')
	}
	if s.LongInts {
		b = append(b, 'L')
	} else {
		b = append(b, '-')
	}
	for i := range s.Messages {
		m := &s.Messages[i]
		b = append(b, '\x1e')
		b = append(b, m.Kind...)
		b = append(append(b, '\x1f'), m.ID...)
		b = appendJSONStringPtr(append(b, '\x1f'), m.Method)
		b = appendJSONStringPtr(append(b, '\x1f'), m.ToolName)
		b = append(append(b, '\x1f'), m.ProgressToken...)
		for k, sp := range [...]mcp.Span{m.Params, m.Arguments, m.Meta, m.Result} {
			if sp.End == 0 {
				b = append(b, '\x1f', '\x1f')
				continue
			}
			b = strconv.AppendInt(append(b, '\x1f'), int64(offs[8*i+2*k]), 10)
			b = strconv.AppendInt(append(b, '\x1f'), int64(offs[8*i+2*k+1]), 10)
		}
		b = append(b, '\x1f')
		switch e := m.Error.(type) { // rare: error responses and invalid batch elements
		case *mcp.ResponseError:
			b = append(b, `{"code":`...)
			b = strconv.AppendInt(b, e.Code, 10)
			b = appendJSONString(append(b, `,"message":`...), e.Message)
			b = append(b, `,"data_raw":`...)
			if raw := s.Raw(e.Data); raw != nil {
				b = appendJSONString(b, string(raw))
			} else {
				b = append(b, "null"...)
			}
			b = append(b, '}')
		case nil:
		default:
			j, err := json.Marshal(e)
			if err != nil {
				return "", err
			}
			b = append(b, j...)
		}
		b = append(b, '\x1f')
		if m.ProtocolVersion != "" {
			b = appendJSONString(b, m.ProtocolVersion)
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), nil // b is not used after this
}

// toCharOffsets replaces byte offsets into data (valid UTF-8, offsets on character
// boundaries) by character offsets, counting each stretch of data once.
func toCharOffsets(data []byte, offs []int) {
	sorted := slices.Clone(offs)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	chars := make([]int, len(sorted))
	pos, n := 0, 0
	for i, o := range sorted {
		n += utf8.RuneCount(data[pos:o])
		pos, chars[i] = o, n
	}
	for i, o := range offs {
		j, _ := slices.BinarySearch(sorted, o)
		offs[i] = chars[j]
	}
}

func appendJSONStringPtr(b []byte, s *string) []byte {
	if s == nil {
		return b
	}
	return appendJSONString(b, *s)
}

// MCPCanonicalize returns the canonical JSON of a document, after the parser's whole-input
// checks (the same ones as MCPParse's, errors included).
func MCPCanonicalize(h int64, data string) (out string, err error) {
	defer guard(&err)
	return mcpCanonicalize(h, unsafe.Slice(unsafe.StringData(data), len(data))) // not retained
}

// MCPCanonicalizeEncoded is MCPCanonicalize for input given as base64 of its bytes (see
// MCPParseEncoded).
func MCPCanonicalizeEncoded(h int64, dataB64 string) (out string, err error) {
	defer guard(&err)
	data, err := base64.StdEncoding.DecodeString(dataB64)
	if err != nil {
		return "", invalidf("encoded document is not base64")
	}
	return mcpCanonicalize(h, data)
}

func mcpCanonicalize(h int64, data []byte) (string, error) {
	p, err := parsers.get(h)
	if err != nil {
		return "", err
	}
	b, err := p.Canonicalize(data)
	if err != nil {
		return "", mcpError(err)
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), nil // b is not used after this
}
