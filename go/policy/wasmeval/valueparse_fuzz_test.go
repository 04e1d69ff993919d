package wasmeval

import (
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
)

// FuzzParseValue: whatever parseValue accepts, the Rego parser reads as the same
// term; and whatever fastResultJSON converts, it converts as astjson.Marshal does.
func FuzzParseValue(f *testing.F) {
	for _, s := range []string{
		`null`, `true`, `-2.5E-3`, `12345678901234567890123`, `1e400`, `1E70000`, `-1e-40000`, `01`, `-`, `1.`, `"a\"b"`, `"\ud83d\ude00"`,
		`"\ud800"`, `[1,"a",null]`, `{"a": {"b": [1, {"c": null}]}}`, `set()`, `{1,2,"x"}`, `{[1], {"a": set()}}`,
		`{1: "a", [2]: {3}}`, `{"b":1,"a":2}`, `{"a":1,"a":2}`, `{1,1}`, `[1,]`, `{1:}`, `x`, `[x]`, "\"\x01\"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := parseValue(s)
		if err == nil {
			want, perr := ast.ParseTerm(s)
			if perr != nil {
				t.Fatalf("%q: parseValue accepts %v, ast.ParseTerm refuses: %v", s, got, perr)
			}
			if repeatedKey(want) {
				return // opa_value_dump never writes one; parseValue keeps the last value, as JSON decoders do
			}
			if !got.Equal(want) || got.String() != want.String() {
				t.Fatalf("%q: parseValue %v, ast.ParseTerm %v", s, got, want)
			}
		}
		if fast, ok := fastResultJSON(nil, s); ok {
			if err != nil {
				t.Fatalf("%q: fastResultJSON converts what parseValue refuses: %v", s, err)
			}
			want, merr := astjson.Marshal(got.Value)
			if merr != nil || string(fast) != string(want) {
				t.Fatalf("%q: fastResultJSON %s, astjson.Marshal %s (%v)", s, fast, want, merr)
			}
		}
	})
}

// repeatedKey reports an object literal with a key twice: the Rego parser keeps both.
func repeatedKey(t *ast.Term) bool {
	found := false
	ast.WalkTerms(t, func(x *ast.Term) bool {
		if obj, ok := x.Value.(ast.Object); ok {
			seen := map[string]bool{}
			for _, k := range obj.Keys() {
				found = found || seen[k.String()]
				seen[k.String()] = true
			}
		}
		return found
	})
	return found
}
