package wasmeval

import (
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
