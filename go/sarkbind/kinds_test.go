package sarkbind

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
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
