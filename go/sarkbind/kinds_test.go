package sarkbind

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sark-accel/sark-accel/go/policy"
)

var update = flag.Bool("update", false, "rewrite sark_accel/_kinds.py from errorKinds")

const kindsFile = "../../sark_accel/_kinds.py"

// renderKinds writes errorKinds as the Python module sark_accel/_kinds.py.
func renderKinds() string {
	var b strings.Builder
	b.WriteString(`"""Generated from go/sarkbind/kinds.go by ` + "`go test ./go/sarkbind -run TestKindTable -update`" + `: do not edit.

KINDS maps each error kind to (module, class, builtin): the sark-accel exception raised for
"sark:<kind>:<text>", and the builtin it also subclasses.
"""

from __future__ import annotations

KINDS: dict[str, tuple[str, str, str]] = {
`)
	for _, k := range errorKinds {
		fmt.Fprintf(&b, "    # %s\n    %q: (%q, %q, %q),\n", k.doc, k.kind, k.module, k.class, k.builtin)
	}
	b.WriteString("}\n")
	return b.String()
}

func TestKindTable(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range errorKinds {
		if seen[k.kind] || k.kind == "" || strings.Contains(k.kind, ":") {
			t.Errorf("kind %q is empty, repeated or holds ':'", k.kind)
		}
		seen[k.kind] = true
		if k.module == "" || k.class == "" || k.builtin == "" || k.doc == "" {
			t.Errorf("row %q is incomplete", k.kind)
		}
	}
	want := renderKinds()
	if *update {
		if err := os.WriteFile(kindsFile, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(kindsFile)
	if err != nil || string(got) != want {
		t.Fatalf("%s is stale (err %v): run go test ./go/sarkbind -run TestKindTable -update", kindsFile, err)
	}
}

func TestPolicyKinds(t *testing.T) {
	for err, want := range map[error]string{
		policy.ErrTimeout:                      kindPolicyTimeout,
		fmt.Errorf("x: %w", policy.ErrTimeout): kindPolicyTimeout,
		policy.ErrCanceled:                     kindPolicyTimeout,
		policy.ErrNotFound:                     kindNotFound,
		policy.ErrInvalidInput:                 kindInvalidArgument,
		&policy.CompileError{}:                 kindPolicyCompile,
		&policy.EvalError{Message: "m"}:        kindPolicyEval,
		errors.New("other"):                    kindInternal,
	} {
		if got := policyKind(err); got != want {
			t.Errorf("policyKind(%v) = %q, want %q", err, got, want)
		}
	}
}

// Per-input errors of PolicyEvaluateMany cross as the same "sark:<kind>:<text>" as a lone error.
func TestPolicyEvaluateManyFraming(t *testing.T) {
	h, err := PolicyNew(`{}`)
	if err != nil {
		t.Fatal(err)
	}
	defer PolicyClose(h)
	src := "package p\nx := 1 if input.a\nx := 2 if input.b\n"
	if _, err := PolicyLoad(h, "p.rego", src); err != nil {
		t.Fatal(err)
	}
	out, err := PolicyEvaluateMany(h, "data.p.x", `[{"a": true}, {}, {"a": true, "b": true}]`)
	if err != nil {
		t.Fatal(err)
	}
	var items []map[string]any
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) != 3 {
		t.Fatalf("%s: %v", out, err)
	}
	if items[0]["result"] != 1.0 || len(items[1]) != 0 {
		t.Fatalf("defined/undefined: %s", out)
	}
	if msg, _ := items[2]["error"].(string); !strings.HasPrefix(msg, "sark:"+kindPolicyEval+":") {
		t.Fatalf("conflict: %s", out)
	}
	for _, bad := range []string{``, `{}`, `null`, `[`, `[1,`, `"x"`, `[1] 2`} {
		if _, err := PolicyEvaluateMany(h, "data.p.x", bad); err == nil || !strings.HasPrefix(err.Error(), "sark:"+kindInvalidArgument+":") {
			t.Errorf("%s: %v", bad, err)
		}
	}
	if _, err := PolicyEvaluateMany(h, "data.p.x +", `[]`); err == nil || !strings.HasPrefix(err.Error(), "sark:"+kindPolicyCompile+":") {
		t.Errorf("bad query: %v", err)
	}
}
