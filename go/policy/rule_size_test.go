package policy

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func sumRule(n int) string {
	return "package p\nx := " + strings.Repeat("input.a + ", n-1) + "input.a\n"
}

func TestMaxRuleTerms(t *testing.T) {
	e := newEngine(t, WithMaxRuleTerms(50))
	mustLoad(t, e, "ok", sumRule(5)) // 5 refs and 4 calls: well under 50
	err := e.LoadPolicy("big", "package q\n\ny := 1\n\nx := "+strings.Repeat("input.a + ", 20)+"input.a\n")
	var ce *CompileError
	if !errors.As(err, &ce) || len(ce.Errors) != 1 {
		t.Fatalf("want one CompileError, got %v", err)
	}
	if l := ce.Errors[0]; l.File != "big" || l.Row != 5 || !strings.Contains(l.Message, "rule x has") ||
		!strings.Contains(l.Message, "more than the limit of 50") {
		t.Fatalf("got %+v", l)
	}
	if got := e.Policies(); len(got) != 1 || got[0] != "ok" {
		t.Fatalf("a refused policy must not be loaded: %v", got)
	}
}

// Constant scalars do not count: a large literal allowlist loads with the default limit.
func TestLargeLiteralSetIsNotBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("package p\nallowed := {")
	for i := range 50_000 {
		fmt.Fprintf(&b, `"tool-%d",`, i)
	}
	b.WriteString("\"last\"}\nallow if input.tool in allowed\n")
	e := newEngine(t)
	mustLoad(t, e, "p", b.String())
	if r := mustEval(t, e, "data.p.allow", `{"tool":"tool-49999"}`); !r.Defined {
		t.Fatal("allowlist lookup failed")
	}
}

func TestMaxRuleTermsInBundles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "p.rego"), []byte(sumRule(30)), 0o644); err != nil {
		t.Fatal(err)
	}
	err := newEngine(t, WithMaxRuleTerms(50)).LoadBundle(dir)
	var ce *CompileError
	if !errors.As(err, &ce) || !strings.Contains(ce.Errors[0].Message, "more than the limit of 50") {
		t.Fatalf("want the rule-size CompileError, got %v", err)
	}
	if err := newEngine(t).LoadBundle(dir); err != nil {
		t.Fatalf("the default limit: %v", err)
	}
}

// The hostile case of issue 19: a 16,000-operator expression took 13 s to compile (49,000
// terms: 67 s). It is refused by the default limit, before compiling.
func TestHugeExpressionRefusedBeforeCompiling(t *testing.T) {
	err := newEngine(t).LoadPolicy("huge", sumRule(16_000))
	var ce *CompileError
	if !errors.As(err, &ce) || !strings.Contains(ce.Errors[0].Message, fmt.Sprintf("limit of %d", DefaultMaxRuleTerms)) {
		t.Fatalf("want the rule-size CompileError, got %v", err)
	}
}
