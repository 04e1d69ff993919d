package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
)

// FuzzEvaluateInput feeds arbitrary bytes as input JSON to the gateway policy and to
// an echo policy. Evaluate must never panic or hang; it either rejects the bytes
// with ErrInvalidInput or returns valid JSON, and echoing a valid document gives
// back an equal document.
func FuzzEvaluateInput(f *testing.F) {
	for _, in := range gatewayInputs()[:8] {
		f.Add([]byte(in))
	}
	for _, s := range []string{``, `null`, `1.0`, `123456789012345678901234567890`, `{"a":[1,{"b":"\u00e9"}]}`,
		`[[[[[[]]]]]]`, `{"tool":{"name":5}}`, `"\ud800"`, `{"a":1}x`, "\xff", `{"user":{"roles":"admin"}}`} {
		f.Add([]byte(s))
	}
	e := gatewayEngine(f, WithTimeout(time.Second), WithMaxInputBytes(1<<16))
	mustLoad(f, e, "echo.rego", "package echo\nv := input\n")
	f.Fuzz(func(t *testing.T, in []byte) {
		for _, q := range []string{gatewayQuery, "data.echo.v"} {
			r, err := e.Evaluate(context.Background(), q, in)
			if err != nil {
				var ee *EvalError
				if !errors.Is(err, ErrInvalidInput) && !errors.As(err, &ee) {
					t.Fatalf("%s: unexpected error %v", q, err)
				}
				// OPA itself refuses numbers whose exponent is out of its range
				// (1E70000: "number too big"; 1e7000000000, past big.Float's
				// exponent: "invalid float"), as its server does; any other valid
				// JSON must pass.
				msg := err.Error()
				if errors.Is(err, ErrInvalidInput) && json.Valid(in) && len(in) <= 1<<16 &&
					!strings.Contains(msg, "number too big") && !strings.Contains(msg, "invalid number: invalid float") {
					t.Fatalf("valid JSON rejected: %v", err)
				}
				continue
			}
			if r.Defined && !json.Valid(r.JSON) {
				t.Fatalf("%s: invalid JSON result %q", q, r.JSON)
			}
			if q == "data.echo.v" && r.Defined && !jsonEqual(t, r.JSON, in) {
				t.Fatalf("echo changed the document: %s -> %s", in, r.JSON)
			}
		}
	})
}

// FuzzJSONToAST checks the direct JSON -> AST parser against encoding/json +
// ast.InterfaceToValue (the path of ast.ValueFromReader): same accept/reject
// decision, same value, same canonical cache key.
func FuzzJSONToAST(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.50,-0,1e3,"x\u00e9\ud83d\ude00"],"b":{"c":null,"d":true,"e":false}}`,
		`"\ud800"`, `"\ud800\u0041"`, `"\udc00\ud800"`, `{"a":1,"a":2}`, "\"\xff\xfe\"", `"\/\b\f\n\r\t"`,
		`01`, `-`, `1.`, `.5`, `1e`, `1e+`, `-01`, `[1,]`, `{"a":1,}`, `[`, `"abc`, "\"\x01\"", `1e999999999999`,
		` [ {} , [ ] ] `, `{"\"":{"\u001f":null}}`, `truex`, `nul`, `"\u12G4"`, `{"x":1}{}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		got, gotErr := jsonToAST(b, encodingJSONLimits)
		// checkJSON (the Wasm queries' input) must refuse exactly the same, with the same words.
		for _, lim := range []jsonLimits{encodingJSONLimits, {depth: 3, intDigits: 4}} {
			_, astErr := jsonToAST(b, lim)
			if checkErr := checkJSON(b, lim); fmt.Sprint(checkErr) != fmt.Sprint(astErr) {
				t.Fatalf("%q, limits %+v: checkJSON error %v, jsonToAST error %v", b, lim, checkErr, astErr)
			}
		}
		var want ast.Value
		raw, wantErr := decodeJSON(b, 0)
		if wantErr == nil {
			if len(trimSpace(b)) == 0 {
				wantErr = errors.New("empty")
			} else {
				want, wantErr = ast.InterfaceToValue(raw)
			}
		}
		if (gotErr == nil) != (wantErr == nil) {
			t.Fatalf("%q: jsonToAST error %v, encoding/json error %v", b, gotErr, wantErr)
		}
		if gotErr != nil {
			return
		}
		if got.Compare(want) != 0 || got.String() != want.String() {
			t.Fatalf("%q: jsonToAST %v, encoding/json %v", b, got, want)
		}
		if string(appendCanonical(nil, got)) != string(appendCanonical(nil, want)) {
			t.Fatalf("%q: canonical keys differ", b)
		}
	})
}

func TestJSONToASTDuplicateKeys(t *testing.T) {
	var b strings.Builder
	b.WriteString("{")
	for i := range 40 {
		fmt.Fprintf(&b, `"k%d":%d,`, i%20, i)
	}
	b.WriteString(`"k0":"last"}`)
	got, err := jsonToAST([]byte(b.String()), encodingJSONLimits)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ast.ValueFromReader(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if got.Compare(want) != 0 {
		t.Fatalf("got %v, want %v", got, want)
	}
}

// FuzzResultJSON checks the direct AST -> JSON writer against ast.JSON +
// encoding/json on every value the JSON parser accepts, and on sets.
func FuzzResultJSON(f *testing.F) {
	for _, s := range []string{`{"b":[1,1.0,"<&>\u2028\u0001\"\\"],"a":{"":null}}`, "\"\xff\"", `123456789012345678901234567890`,
		`["z","a","é","😀"]`, `{"é":1,"e":2,"E":3,"":4}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := jsonToAST(b, encodingJSONLimits)
		if err != nil {
			return
		}
		check := func(v ast.Value) {
			got, err := astjson.Marshal(v)
			if err != nil {
				t.Fatal(err)
			}
			x, err := ast.JSON(v)
			if err != nil {
				t.Fatal(err)
			}
			want, err := json.Marshal(x)
			if err != nil {
				t.Fatal(err)
			}
			if !json.Valid(got) || !jsonEqual(t, got, want) {
				t.Fatalf("%q: writer %s, ast.JSON %s", b, got, want)
			}
		}
		check(v)
		if arr, ok := v.(*ast.Array); ok {
			terms := make([]*ast.Term, arr.Len())
			for i := range terms {
				terms[i] = arr.Elem(i)
			}
			check(ast.NewSet(terms...))
		}
	})
}

func TestResultJSONNonStringKeys(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "k", "package k\nobj := {1: \"a\", [2]: \"b\", \"c\": {3}}\n")
	r := mustEval(t, e, "data.k.obj", "")
	x, _ := ast.JSON(ast.MustParseTerm(`{1: "a", [2]: "b", "c": {3}}`).Value)
	want, _ := json.Marshal(x)
	if !jsonEqual(t, r.JSON, want) {
		t.Fatalf("got %s, want %s", r.JSON, want)
	}
}
