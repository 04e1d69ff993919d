package wasmeval

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

func TestParseValueMatchesRegoParser(t *testing.T) {
	for _, s := range []string{
		`null`, `true`, `false`, `0`, `-1`, `1.5`, `1e3`, `-2.5E-3`, `12345678901234567890123`, `1e400`,
		`""`, `"a"`, `"a\"b"`, `"\u00e9\n\t\\"`, `"😀"`, `"\ud83d\ude00"`, `"é"`,
		`[]`, `[1,"a",null]`, `[ 1 , [2, [3]] ]`, `{}`, `{"a":1}`, `{"a": {"b": [1, {"c": null}]}}`,
		`set()`, `{1}`, `{1,2,"x"}`, `{[1], {"a": set()}}`, `{1: "a", [2]: {3}}`, `{"k": {1, 2}}`,
		`[1795339582264560348, "UTC"]`,
	} {
		want, err := ast.ParseTerm(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		got, err := parseValue(s)
		if err != nil {
			t.Errorf("%s: %v", s, err)
			continue
		}
		if !got.Equal(want) || got.String() != want.String() {
			t.Errorf("%s: got %v, want %v", s, got, want)
		}
	}
	for _, s := range []string{``, `[`, `{1:}`, `{"a" 1}`, `"abc`, `tru`, `[1,]x`, `{1,}`, `1 2`} {
		if _, err := parseValue(s); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
}

func TestAppendValueRoundTrip(t *testing.T) {
	for _, s := range []string{
		`null`, `[1, "a\u0000b", "\u2028", "😀", "<&>"]`, `{1: set(), "k": {"x", [true]}}`, `{"a": {"b": -1.5e-7}}`,
	} {
		want := ast.MustParseTerm(s)
		b, err := appendValue(nil, want.Value)
		if err != nil {
			t.Fatal(err)
		}
		got, err := parseValue(string(b))
		if err != nil {
			t.Fatalf("%s -> %s: %v", s, b, err)
		}
		if !got.Equal(want) {
			t.Errorf("%s -> %s -> %v", s, b, got)
		}
	}
}

func TestStringsThroughHostBuiltins(t *testing.T) {
	// sprintf is a host builtin: its result travels Go -> Wasm.
	src := "package p\n\nx := sprintf(\"%s|%v\", [input.s, {input.s}])\n"
	w := newWasm(t, map[string]string{"p.rego": src}, "p/x", nil)
	td := newTopdown(t, map[string]string{"p.rego": src}, nil)
	for _, in := range []string{`{"s":"a\u0000b"}`, `{"s":"😀\n\"q\""}`, `{"s":"\u2028<&>"}`} {
		got, _, err := w.Eval(context.Background(), []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		r, err := td.Evaluate(context.Background(), "data.p.x", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if !sameJSON(t, got, r.JSON) {
			t.Errorf("%s: wasm %s, topdown %s", in, got, r.JSON)
		}
	}
}
