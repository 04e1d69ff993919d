package policy

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestLoadPolicyAndEvaluate(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "authz.rego", `package authz
default allow := false
allow if input.user == "alice"
`)
	wantJSON(t, mustEval(t, e, "data.authz.allow", `{"user":"alice"}`), "true")
	wantJSON(t, mustEval(t, e, "data.authz.allow", `{"user":"bob"}`), "false")
	if got := e.Policies(); !slices.Equal(got, []string{"authz.rego"}) {
		t.Fatalf("Policies() = %v", got)
	}
	if e.Revision() != 1 {
		t.Fatalf("Revision() = %d, want 1", e.Revision())
	}
}

func TestRegoV0Option(t *testing.T) {
	v0 := `package old
allow { input.x == 1 }
`
	if err := New().LoadPolicy("old.rego", v0); err == nil {
		t.Fatal("v0 syntax accepted by the default v1 parser")
	}
	e := newEngine(t, WithRegoV0())
	mustLoad(t, e, "old.rego", v0)
	wantJSON(t, mustEval(t, e, "data.old.allow", `{"x":1}`), "true")
}

func TestReplaceAndRemovePolicy(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "p", "package p\nv := 1\n")
	mustLoad(t, e, "q", "package q\nv := 2\n")
	mustLoad(t, e, "p", "package p\nv := 3\n")
	wantJSON(t, mustEval(t, e, "data.p.v", ""), "3")
	if err := e.RemovePolicy("p"); err != nil {
		t.Fatal(err)
	}
	if r := mustEval(t, e, "data.p.v", ""); r.Defined {
		t.Fatalf("removed policy still defined: %s", r.JSON)
	}
	if got := e.Policies(); !slices.Equal(got, []string{"q"}) {
		t.Fatalf("Policies() = %v", got)
	}
	err := e.RemovePolicy("nope")
	if errClasses(err) != "not_found" {
		t.Fatalf("RemovePolicy(unknown) = %v", err)
	}
}

func TestUndefinedFalseNull(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "v", `package v
f := false
n := null
maybe if input.x == 1
obj := {"a": null, "b": false}
`)
	cases := []struct {
		query, input string
		defined      bool
		json         string
	}{
		{"data.v.f", "", true, "false"},
		{"data.v.n", "", true, "null"},
		{"data.v.maybe", `{"x":2}`, false, ""},
		{"data.v.maybe", "", false, ""},
		{"data.v.maybe", `{"x":1}`, true, "true"},
		{"data.v.missing", "", false, ""},
		{"data.v.obj", "", true, `{"a":null,"b":false}`},
		{"input", "null", true, "null"},
		{"input", "", false, ""},
		{"input", "  ", false, ""},
	}
	for _, c := range cases {
		r := mustEval(t, e, c.query, c.input)
		if r.Defined != c.defined {
			t.Fatalf("%s with %q: Defined=%v, want %v", c.query, c.input, r.Defined, c.defined)
		}
		if c.defined && string(r.JSON) != c.json {
			t.Fatalf("%s with %q: %s, want %s", c.query, c.input, r.JSON, c.json)
		}
		if !c.defined && r.JSON != nil {
			t.Fatalf("undefined result has JSON %q", r.JSON)
		}
	}
}

func TestNumbersKeepTheirText(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "n", `package n
echo := input.x
next := input.x + 1
product := input.x * 3
`)
	cases := []struct{ query, input, want string }{
		{"data.n.echo", `{"x": 1}`, "1"},
		{"data.n.echo", `{"x": 1.0}`, "1.0"},
		{"data.n.echo", `{"x": 1.5e3}`, "1.5e3"},
		{"data.n.echo", `{"x": 123456789012345678901234567890}`, "123456789012345678901234567890"},
		{"data.n.echo", `{"x": -0.000000000000000000001}`, "-0.000000000000000000001"},
		{"data.n.next", `{"x": 9007199254740993}`, "9007199254740994"},
		{"data.n.next", `{"x": 12345678901234567890}`, "12345678901234567891"},
		{"data.n.product", `{"x": 100000000000000000000}`, "300000000000000000000"},
		{"data.n.next", `{"x": 1}`, "2"},
	}
	for _, c := range cases {
		r := mustEval(t, e, c.query, c.input)
		if string(r.JSON) != c.want {
			t.Errorf("%s with %s = %s, want %s", c.query, c.input, r.JSON, c.want)
		}
	}
}

func TestUnicode(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "u", `package u
up := upper(input.name)
n := count(input.name)
keys := object.keys(input.m)
greeting := sprintf("héllo %s", [input.name])
`)
	in := `{"name": "żółw 世界 🙂 \u00e9\ud83d\ude00", "m": {"ключ": 1, "🔑": 2}}`
	wantJSON(t, mustEval(t, e, "data.u.up", in), `"ŻÓŁW 世界 🙂 É😀"`)
	wantJSON(t, mustEval(t, e, "data.u.n", in), `12`)
	wantJSON(t, mustEval(t, e, "data.u.keys", in), `["ключ","🔑"]`)
	wantJSON(t, mustEval(t, e, "data.u.greeting", in), `"héllo żółw 世界 🙂 é😀"`)
}

func TestSetData(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "d", `package d
roles := data.sark.roles
all := data.sark
`)
	mustSetData(t, e, "sark/roles", `{"admin": ["*"]}`)
	wantJSON(t, mustEval(t, e, "data.d.roles", ""), `{"admin":["*"]}`)
	mustSetData(t, e, "/sark/limits", `{"max": 3}`)
	wantJSON(t, mustEval(t, e, "data.d.all", ""), `{"roles":{"admin":["*"]},"limits":{"max":3}}`)
	mustSetData(t, e, "/", `{"sark": {"roles": {}}}`)
	wantJSON(t, mustEval(t, e, "data.d.all", ""), `{"roles":{}}`)
	if err := e.RemoveData("sark/roles"); err != nil {
		t.Fatal(err)
	}
	wantJSON(t, mustEval(t, e, "data.d.all", ""), `{}`)
	for _, bad := range []struct{ path, value string }{
		{"", `[1]`},
		{"a", `{`},
		{"a", ``},
		{"a//b", `1`},
		{"sark/x", `1 2`},
	} {
		if err := e.SetData(bad.path, []byte(bad.value)); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("SetData(%q, %q) = %v, want ErrInvalidInput", bad.path, bad.value, err)
		}
	}
	mustSetData(t, e, "a", `1`)
	if err := e.SetData("a/b", []byte(`2`)); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("SetData below a scalar = %v", err)
	}
	if err := e.RemoveData("nope/x"); !errors.Is(err, ErrNotFound) {
		t.Errorf("RemoveData(unknown) = %v", err)
	}
}

func TestCompileErrorKeepsOldSet(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "p", "package p\nv := 1\n")
	rev := e.Revision()
	err := e.LoadPolicy("p", "package p\nv := \n")
	var ce *CompileError
	if !errors.As(err, &ce) || errClasses(err) != "compile" {
		t.Fatalf("parse error = %#v", err)
	}
	if len(ce.Errors) == 0 || ce.Errors[0].File != "p" || ce.Errors[0].Row == 0 {
		t.Fatalf("locations = %+v", ce.Errors)
	}
	// Type error found by the compiler, not the parser.
	err = e.LoadPolicy("p", "package p\nv := x if { x := 1 + \"a\" }\n")
	if !errors.As(err, &ce) || ce.Errors[0].Row != 2 {
		t.Fatalf("type error = %v", err)
	}
	// Conflict between modules: same rule defined twice as complete + function.
	err = e.LoadPolicy("q", "package p\nv(x) := x\n")
	if !errors.As(err, &ce) {
		t.Fatalf("conflict = %v", err)
	}
	if e.Revision() != rev {
		t.Fatalf("revision moved on failed compile: %d -> %d", rev, e.Revision())
	}
	wantJSON(t, mustEval(t, e, "data.p.v", ""), "1")
	if got := e.Policies(); !slices.Equal(got, []string{"p"}) {
		t.Fatalf("Policies() = %v", got)
	}
	// A rule must not shadow base data.
	mustSetData(t, e, "p/w", `1`)
	if err := e.LoadPolicy("p2", "package p\nw := 2\n"); !errors.As(err, &ce) {
		t.Fatalf("rule over data = %v", err)
	}
}

func TestQueryCompileError(t *testing.T) {
	e := newEngine(t)
	for _, q := range []string{"data.x[", "", "1 +", "unknown_fn(1)"} {
		_, err := e.Evaluate(context.Background(), q, nil)
		var ce *CompileError
		if !errors.As(err, &ce) {
			t.Errorf("query %q: %v", q, err)
		}
	}
}

func TestEvalErrors(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "c", `package c
v := 1 if input.a
v := 2 if input.b
bad_regex if regex.match("(", input.s)
rows contains x if some x in [1, 2]
`)
	_, err := e.Evaluate(context.Background(), "data.c.v", []byte(`{"a":true,"b":true}`))
	var ee *EvalError
	if !errors.As(err, &ee) || ee.Code != "eval_conflict_error" || ee.Location == nil || ee.Location.Row == 0 {
		t.Fatalf("conflict: %#v", err)
	}
	if errClasses(err) != "eval" {
		t.Fatalf("want an eval error, got %v (%s)", err, errClasses(err))
	}
	// Builtin errors are undefined by default (OPA semantics) ...
	if r := mustEval(t, e, "data.c.bad_regex", `{"s":"x"}`); r.Defined {
		t.Fatalf("non-strict builtin error defined: %s", r.JSON)
	}
	// ... and errors with WithStrictBuiltinErrors.
	strict := newEngine(t, WithStrictBuiltinErrors(true))
	mustLoad(t, strict, "c", `package c
bad_regex if regex.match("(", input.s)
`)
	_, err = strict.Evaluate(context.Background(), "data.c.bad_regex", []byte(`{"s":"x"}`))
	if !errors.As(err, &ee) || ee.Code != "eval_builtin_error" {
		t.Fatalf("strict builtin error: %#v", err)
	}
	// Several result rows.
	_, err = e.Evaluate(context.Background(), "data.c.rows[x]", nil)
	if !errors.As(err, &ee) {
		t.Fatalf("multi-row query: %v", err)
	}
}

func TestInvalidInput(t *testing.T) {
	e := New(WithMaxInputBytes(64))
	mustLoad(t, e, "p", "package p\nv := input\n")
	for _, in := range []string{`{`, `{"a":1} x`, `nul`, `{"x": 1E70000}`, `{"a":1}{}`, `"` + strings.Repeat("x", 80) + `"`, "\xff"} {
		_, err := e.Evaluate(context.Background(), "data.p.v", []byte(in))
		if errClasses(err) != "invalid_input" {
			t.Errorf("input %q: %v", in, err)
		}
	}
	// Any JSON value is a valid input, as in OPA.
	for _, in := range []string{`[1,2]`, `"s"`, `3`, `true`, ` {"a": [ ] } `} {
		if _, err := e.Evaluate(context.Background(), "data.p.v", []byte(in)); err != nil {
			t.Errorf("input %q: %v", in, err)
		}
	}
}

func TestPrintOutput(t *testing.T) {
	var buf strings.Builder
	e := newEngine(t, WithPrintOutput(&buf))
	mustLoad(t, e, "p", `package p
allow if {
	print("user", input.user)
	input.user == "alice"
}
`)
	wantJSON(t, mustEval(t, e, "data.p.allow", `{"user":"alice"}`), "true")
	if got := buf.String(); got != "user alice\n" {
		t.Fatalf("print output %q", got)
	}
	// Without a writer, print() is accepted and compiled out.
	e2 := newEngine(t)
	mustLoad(t, e2, "p", "package p\nallow if { print(\"x\"); true }\n")
	wantJSON(t, mustEval(t, e2, "data.p.allow", ""), "true")
}

func TestWhitespaceOnlyInputIsNoInput(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "p", "package p\nv := input\n")
	if r := mustEval(t, e, "data.p.v", " \t\r\n"); r.Defined {
		t.Fatal("JSON whitespace should mean no input")
	}
	if _, err := e.Evaluate(context.Background(), "data.p.v", []byte("\u00a0")); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("non-JSON space: %v", err)
	}
}
