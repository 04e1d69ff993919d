package mcp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// FuzzParse: any input gives a summary or an *Error (never a panic), the same as with a
// full tape, error responses are valid JSON, and every span is a whole JSON value of the input (it canonicalizes without error,
// and its canonical form is stable).
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.json"))
	for _, file := range files {
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b, false, uint8(64))
		}
	}
	f.Add([]byte(`[{"jsonrpc":"2.0","id":1,"method":"ping"},1]`), true, uint8(2))
	// Revisions: a claim in _meta (escaped), the gate, and initialize's claim, in one batch.
	f.Add([]byte(`[{"jsonrpc":"2.0","id":1,"method":"ping","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-2\u0038"}}},`+
		`{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",`+
		`"io.modelcontextprotocol/clientCapabilities":{},"io.modelcontextprotocol/clientInfo":{"name":"c","version":1}}}},`+
		`{"jsonrpc":"2.0","id":3,"method":"initialize","params":{"protocolVersion":"2025-11-25"}}]`), true, uint8(63))
	// The methods of 2025-11-25's tasks and of 2026-07-28 only, and a claim in _meta made twice.
	f.Add([]byte(`[{"jsonrpc":"2.0","id":"t","method":"tasks/get","params":{"taskId":"a"}},`+
		`{"jsonrpc":"2.0","id":4,"method":"tasks/cancel","params":{"taskId":"a","_meta":{"progressToken":"p"}}},`+
		`{"jsonrpc":"2.0","method":"notifications/tasks/status","params":{"taskId":"a","status":"working","createdAt":"x","lastUpdatedAt":"y","ttl":null}},`+
		`{"jsonrpc":"2.0","id":5,"method":"subscriptions/listen","params":{"notifications":{},"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",`+
		`"io.modelcontextprotocol/clientCapabilities":{}}}},`+
		`{"jsonrpc":"2.0","method":"notifications/subscriptions/acknowledged","params":{"notifications":{}}}]`), true, uint8(63))
	f.Add([]byte(`{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",`+
		`"\u0069o.modelcontextprotocol/protocolVersion":"2025-06-18","io.modelcontextprotocol/clientCapabilities":{}}}}`), false, uint8(63))
	f.Fuzz(func(t *testing.T, data []byte, strict bool, depth uint8) {
		// Bounded time: any input must finish far below this.
		watchdog := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("hang on %q", data)) })
		defer watchdog.Stop()
		p, err := NewParser(WithStrict(strict), WithMaxDepth(1+int(depth)%MaxDepthLimit), WithMaxBatch(8))
		if err != nil {
			t.Fatal(err)
		}
		s, err := p.Parse(data)
		// Parse keeps nodes only near the root; with all of them it must decide the same.
		if full, ferr := p.parse(data, math.MaxInt, nil); !reflect.DeepEqual(full, s) || (ferr == nil) != (err == nil) ||
			(ferr != nil && !bytes.Equal(ferr.JSON(), err.(*Error).JSON())) {
			t.Fatalf("shallow and full tapes differ on %q: %v / %v", data, err, ferr)
		}
		checkParseWithArguments(t, p, data, s, err)
		if err != nil {
			var me *Error
			if !errors.As(err, &me) {
				t.Fatalf("not an *Error: %v", err)
			}
			if !json.Valid(me.Response()) || !json.Valid(me.JSON()) {
				t.Fatalf("invalid response JSON %s", me.Response())
			}
			return
		}
		if _, err := parseJSON(p, data); err != nil {
			t.Fatal(err)
		}
		for _, m := range s.Messages {
			spans := []Span{m.Params, m.Arguments, m.Meta, m.Result}
			if e, ok := m.Error.(*ResponseError); ok {
				spans = append(spans, e.Data)
			}
			for _, sp := range spans {
				raw := s.Raw(sp)
				if raw == nil {
					continue
				}
				if isWS(raw[0]) || isWS(raw[len(raw)-1]) {
					t.Fatalf("span with surrounding whitespace: %q", raw)
				}
				c, err := p.Canonicalize(raw)
				if err != nil {
					t.Fatalf("span is not a JSON value: %q (%v)", raw, err)
				}
				if c2, err := p.Canonicalize(c); err != nil || !bytes.Equal(c, c2) {
					t.Fatalf("canonical form not stable: %q -> %q (%v)", c, c2, err)
				}
			}
		}
	})
}

// FuzzCanonicalize: canonical output is valid JSON, idempotent and the same value.
func FuzzCanonicalize(f *testing.F) {
	f.Add([]byte(`{"b":[1,{"z":"\u00e9","a":null}],"a":-0.0e+1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, _ := NewParser(WithMaxDepth(16))
		c, err := p.Canonicalize(data)
		if err != nil {
			return
		}
		if !json.Valid(c) {
			t.Fatalf("canonical output is not JSON: %q", c)
		}
		c2, err := p.Canonicalize(c)
		if err != nil || !bytes.Equal(c, c2) {
			t.Fatalf("not idempotent: %q -> %q (%v)", c, c2, err)
		}
		var a, b any
		if json.Unmarshal(data, &a) == nil && json.Unmarshal(c, &b) == nil {
			if !jsonEqualAny(a, b) {
				t.Fatalf("value changed: %q -> %q", data, c)
			}
		}
	})
}

func jsonEqualAny(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}
