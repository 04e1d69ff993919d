package wasmeval

import (
	"context"
	"testing"
)

// TestInputEdgeCases compares how odd inputs come through, echoed back and
// used in arithmetic and string builtins.
func TestInputEdgeCases(t *testing.T) {
	// opa_eval's parser refuses invalid UTF-8 and lone surrogate escapes
	// (\ud800), Go's replaces them with U+FFFD: Eval rewrites such input.
	src := "package p\n\nx := {\"echo\": input, \"n1\": input.n + 1, \"len\": count(input.s), \"up\": upper(input.s)}\n"
	mods := map[string]string{"p.rego": src}
	w := newWasm(t, mods, "p/x", nil)
	td := newTopdown(t, mods, nil)
	ctx := context.Background()
	for _, in := range []string{
		`{"n": 1, "s": "a"}`, `{"n": 1e400, "s": ""}`, `{"n": -0, "s": "\u0000"}`, `{"n": 0.1, "s": "\ud83d\ude00"}`,
		`{"n": 123456789012345678901234567890, "s": "é"}`, `{"n": 1.0e2, "s": "\ud800"}`, `{"n": 1.0e2, "s": "x\uDFFFy\ud83d\ude00"}`,
		"{\"n\": 2, \"s\": \"\xff\xfe\xc3\"}", "{\"n\": 2, \"s\": \"\xff\"}",
		`{"n": 1, "n": 2, "s": "dup"}`, `{"n": 1, "s": "a"} `, ` [1]`, `"str"`, `null`,
		`{"n": 1, "s": "a"`, `{"n": 1,}`, `nope`, `{} {}`,
	} {
		got, defined, err := w.Eval(ctx, []byte(in))
		r, terr := td.Evaluate(ctx, "data.p.x", []byte(in))
		switch {
		case (err == nil) != (terr == nil):
			t.Errorf("%s: wasm %s %v err=%v, topdown %s err=%v", in, got, defined, err, r.JSON, terr)
		case err != nil:
			t.Logf("%s: both fail: wasm %v; topdown %v", in, err, terr)
		case defined != r.Defined || (defined && !sameJSON(t, got, r.JSON)):
			t.Errorf("%s:\nwasm    %s %v\ntopdown %s %v", in, got, defined, r.JSON, r.Defined)
		}
	}
}
