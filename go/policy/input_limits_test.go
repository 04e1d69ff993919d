package policy

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestInputLimits: nesting and integer length are bounded at exactly the limits the
// Python backend enforces, and a refused input is ErrInvalidInput; input for a
// Wasm query (checked, not parsed) meets the same limits with the same errors.
func TestInputLimits(t *testing.T) {
	const policy = "package p\nv := input\n"
	topdown := newEngine(t, WithMaxInputDepth(MaxInputDepth))
	mustLoad(t, topdown, "p.rego", policy)
	wasm := newEngine(t, WithMaxInputDepth(MaxInputDepth), WithWasmQueries("data.p.v"))
	mustLoad(t, wasm, "p.rego", policy)
	if wasm.WasmStatus()["data.p.v"] != "wasm" {
		t.Fatalf("not served by Wasm: %v", wasm.WasmStatus())
	}
	nested := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	digits := func(n int) string { return "-" + strings.Repeat("7", n) }
	for _, tc := range []struct {
		input string
		ok    bool
	}{
		{nested(MaxInputDepth), true},
		{nested(MaxInputDepth + 1), false},
		{`{"a":` + nested(MaxInputDepth-1) + `}`, true},
		{`{"a":` + nested(MaxInputDepth) + `}`, false},
		{`{"a":{"b":` + nested(MaxInputDepth-1) + `}}`, false},
		{digits(MaxInputIntDigits), true},
		{digits(MaxInputIntDigits + 1), false},
		{`{"k":[` + digits(MaxInputIntDigits+1) + `]}`, false},
		{digits(MaxInputIntDigits+1) + ".5", true}, // not an integer: Python reads it as a float
		{"1" + strings.Repeat("0", MaxInputIntDigits) + "e0", true},
	} {
		_, err := topdown.Evaluate(context.Background(), "data.p.v", []byte(tc.input))
		if tc.ok != (err == nil) || (err != nil && (!errors.Is(err, ErrInvalidInput) || !strings.Contains(err.Error(), "over a limit"))) {
			t.Errorf("input %.40q... (%d bytes): err = %v, want ok=%v", tc.input, len(tc.input), err, tc.ok)
		}
		_, werr := wasm.Evaluate(context.Background(), "data.p.v", []byte(tc.input))
		if fmt.Sprint(werr) != fmt.Sprint(err) || errors.Is(werr, ErrInvalidInput) != errors.Is(err, ErrInvalidInput) {
			t.Errorf("input %.40q...: Wasm query err = %v, topdown err = %v", tc.input, werr, err)
		}
	}
	for _, bad := range []string{`{"a":1,}`, `[1 2]`, `"\x"`, `{"a":1} x`, `1e999999999`, "\"\x01\"", `{1:2}`, `[-]`, `tru`} {
		_, err := topdown.Evaluate(context.Background(), "data.p.v", []byte(bad))
		_, werr := wasm.Evaluate(context.Background(), "data.p.v", []byte(bad))
		if err == nil || !errors.Is(werr, ErrInvalidInput) || werr.Error() != err.Error() {
			t.Errorf("invalid input %q: Wasm query err = %v, topdown err = %v", bad, werr, err)
		}
	}
}

// TestQueryCompileErrorNamesQuery: an inline query's parse error names "query" as its file.
func TestQueryCompileErrorNamesQuery(t *testing.T) {
	e := newEngine(t)
	_, err := e.Evaluate(context.Background(), "data.p[", nil)
	var ce *CompileError
	if !errors.As(err, &ce) || len(ce.Errors) == 0 || ce.Errors[0].File != queryFile || ce.Errors[0].Row != 1 {
		t.Fatalf("err = %#v, want a CompileError located in %q", err, queryFile)
	}
	if !strings.Contains(err.Error(), "query:1:") {
		t.Fatalf("message %q does not name the query", err)
	}
}
