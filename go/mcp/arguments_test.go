package mcp

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// checkParseWithArguments: ParseWithArguments decides as Parse (s, err) did, and its arguments
// are byte for byte Canonicalize of their raw text (for a batch or without arguments: dst).
func checkParseWithArguments(t *testing.T, p *Parser, data []byte, s *Summary, err error) {
	t.Helper()
	dst := []byte("prefix")
	ws, args, werr := p.ParseWithArguments(data, dst)
	if !reflect.DeepEqual(ws, s) || (werr == nil) != (err == nil) ||
		(werr != nil && !bytes.Equal(werr.(*Error).JSON(), err.(*Error).JSON())) {
		t.Fatalf("ParseWithArguments and Parse differ on %q: %v / %v", data, werr, err)
	}
	want := dst
	if err == nil && !s.Batch && s.Messages[0].Arguments.End != 0 {
		canon, cerr := p.Canonicalize(s.Raw(s.Messages[0].Arguments))
		if cerr != nil {
			t.Fatalf("arguments of %q do not canonicalize: %v", data, cerr)
		}
		want = append([]byte("prefix"), canon...)
	}
	if !bytes.Equal(args, want) {
		t.Fatalf("arguments of %q: got %q, want %q", data, args, want)
	}
}

func TestParseWithArguments(t *testing.T) {
	p, err := NewParser()
	if err != nil {
		t.Fatal(err)
	}
	call := func(args string) []byte {
		return []byte(`{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"t","arguments":` + args + `}}`)
	}
	deep := strings.Repeat(`{"z":[`, 20) + `"\u0041"` + strings.Repeat(`]}`, 20)
	for _, data := range [][]byte{
		call(`{"b": 1.50, "a": "x\/y\u00e9\n", "c": [true, null, {"e": 1, "d": 2}]}`), // unsorted, escapes: indexed
		call(`{"q": {"r": {"s": {"t": 1}}}, "a": 0}`),                                 // below the message's tape: second scan
		call(deep),
		call(`[]`),
		call(`"text"`),
		[]byte(`{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"t"}}`), // no arguments
		[]byte(`[{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":{}}}]`),
		[]byte(`{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"t","arguments":{"a":1,"a":2}}}`),
		[]byte(`{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"t","arguments":{"a":1}`),
		[]byte(`{"jsonrpc":"2.0","id":7,"method":"ping","params":{"arguments":{"b":{"c":{"d":[1]}},"a":2}}}`),
	} {
		s, err := p.Parse(data)
		checkParseWithArguments(t, p, data, s, err)
	}
	// Both ways of getting the canonical form were taken.
	_, args, _ := p.ParseWithArguments(call(`{"q": {"r": {"s": {"t": 1}}}, "a": 0}`), nil)
	if string(args) != `{"a":0,"q":{"r":{"s":{"t":1}}}}` {
		t.Fatalf("deep arguments: %s", args)
	}
	_, args, _ = p.ParseWithArguments(call(`{"b": 1.50, "a": "x\/y\u00e9\n"}`), nil)
	if string(args) != "{\"a\":\"x/y\u00e9\\n\",\"b\":1.50}" {
		t.Fatalf("shallow arguments: %s", args)
	}
}

// BenchmarkParseWithArguments: the gateway's parse of a 2 KB tools/call, against Parse then
// Canonicalize of the arguments (what it did before).
func BenchmarkParseWithArguments(b *testing.B) {
	p, err := NewParser()
	if err != nil {
		b.Fatal(err)
	}
	data := []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"fs.write_file","arguments":` +
		`{"path":"/workspace/notes.md","content":"` + strings.Repeat("Meeting notes: the rollout plan. ", 60) + `"}}}`)
	b.Run("one-scan", func(b *testing.B) {
		buf := make([]byte, 0, len(data))
		b.ReportAllocs()
		for range b.N {
			if _, _, err := p.ParseWithArguments(data, buf[:0]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parse-then-canonicalize", func(b *testing.B) {
		b.ReportAllocs()
		for range b.N {
			s, err := p.Parse(data)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := p.Canonicalize(s.Raw(s.Messages[0].Arguments)); err != nil {
				b.Fatal(err)
			}
		}
	})
}
