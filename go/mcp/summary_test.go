package mcp

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"unsafe"
)

// The Python reference's summary ({"batch": bool, "messages": [...]}) and options, as the
// tests that replay its output (expected.jsonl, the differential file) compare them.

// parseJSON parses data and writes the summary as the Python reference's summary JSON.
func parseJSON(p *Parser, data []byte) ([]byte, error) {
	s, err := p.Parse(data)
	if err != nil {
		return nil, err
	}
	return appendSummary(make([]byte, 0, summarySize(s)), s), nil
}

// parserFromJSON builds a Parser from the reference's options
// ({"strict","max_bytes","max_depth","max_batch","max_batch_bytes"}, absent keys default).
func parserFromJSON(t testing.TB, options []byte) *Parser {
	t.Helper()
	var o map[string]json.RawMessage
	if len(options) > 0 {
		if err := json.Unmarshal(options, &o); err != nil {
			t.Fatalf("options %s: %v", options, err)
		}
	}
	var opts []Option
	for key, raw := range o {
		if key == "strict" {
			var b bool
			if err := json.Unmarshal(raw, &b); err != nil {
				t.Fatalf("strict %s: %v", raw, err)
			}
			opts = append(opts, WithStrict(b))
			continue
		}
		var n int
		if err := json.Unmarshal(raw, &n); err != nil {
			t.Fatalf("%s %s: %v", key, raw, err)
		}
		with := map[string]func(int) Option{
			"max_bytes": WithMaxBytes, "max_depth": WithMaxDepth, "max_batch": WithMaxBatch, "max_batch_bytes": WithMaxBatchBytes,
		}[key]
		if with == nil {
			t.Fatal(fmt.Sprintf("unknown option %q", key))
		}
		opts = append(opts, with(n))
	}
	p, err := NewParser(opts...)
	if err != nil {
		t.Fatalf("options %s: %v", options, err)
	}
	return p
}

// appendSummary writes the summary JSON.
func appendSummary(b []byte, s *Summary) []byte {
	if s.Batch {
		b = append(b, `{"batch":true,"messages":[`...)
	} else {
		b = append(b, `{"batch":false,"messages":[`...)
	}
	for i := range s.Messages {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendMessage(b, s, &s.Messages[i])
	}
	return append(b, "]}"...)
}

func appendRawOrNull(b []byte, raw []byte) []byte {
	if raw == nil {
		return append(b, "null"...)
	}
	return append(b, raw...)
}

// appendSpanOrNull appends the text of span sp as a JSON string, or null.
func appendSpanOrNull(b []byte, s *Summary, sp Span) []byte {
	if sp.End == 0 {
		return append(b, "null"...)
	}
	raw := s.Raw(sp)
	return appendCanonString(b, unsafe.String(unsafe.SliceData(raw), len(raw)))
}

func appendStrOrNull(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendCanonString(b, *s)
}

func appendMessage(b []byte, s *Summary, m *Message) []byte {
	b = append(b, `{"kind":"`...)
	b = append(b, m.Kind...)
	b = append(b, `","id":`...)
	b = appendRawOrNull(b, m.ID)
	b = append(b, `,"method":`...)
	b = appendStrOrNull(b, m.Method)
	b = append(b, `,"tool_name":`...)
	b = appendStrOrNull(b, m.ToolName)
	b = append(b, `,"progress_token":`...)
	b = appendRawOrNull(b, m.ProgressToken)
	b = append(b, `,"protocol_version":`...)
	if m.ProtocolVersion == "" {
		b = append(b, "null"...)
	} else {
		b = appendCanonString(b, m.ProtocolVersion)
	}
	b = append(b, `,"params_raw":`...)
	b = appendSpanOrNull(b, s, m.Params)
	b = append(b, `,"arguments_raw":`...)
	b = appendSpanOrNull(b, s, m.Arguments)
	b = append(b, `,"meta_raw":`...)
	b = appendSpanOrNull(b, s, m.Meta)
	b = append(b, `,"result_raw":`...)
	b = appendSpanOrNull(b, s, m.Result)
	b = append(b, `,"error":`...)
	switch e := m.Error.(type) {
	case *ResponseError:
		b = append(b, `{"code":`...)
		b = strconv.AppendInt(b, e.Code, 10)
		b = append(b, `,"message":`...)
		b = appendCanonString(b, e.Message)
		b = append(b, `,"data_raw":`...)
		b = appendSpanOrNull(b, s, e.Data)
		b = append(b, '}')
	case *InvalidError:
		b = append(b, `{"code":`...)
		b = strconv.AppendInt(b, int64(e.Code), 10)
		b = append(b, `,"message":`...)
		b = appendCanonString(b, e.Message)
		b = append(b, `,"data":`...)
		b = append(b, e.Data...)
		b = append(b, '}')
	default:
		b = append(b, "null"...)
	}
	return append(b, '}')
}

// summarySize estimates the JSON size of s (to size the output buffer once).
func summarySize(s *Summary) int {
	n := 32
	for i := range s.Messages {
		m := &s.Messages[i]
		n += 256
		for _, sp := range [...]Span{m.Params, m.Arguments, m.Meta, m.Result} {
			n += (sp.End - sp.Start) * 9 / 8
		}
	}
	return n
}
