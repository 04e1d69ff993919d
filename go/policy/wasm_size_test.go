package policy

import (
	"fmt"
	"strings"
	"testing"
)

// oneLineRules is a policy of n one-line definitions of data.p.allow.
func oneLineRules(n int) string {
	var b strings.Builder
	b.WriteString("package p\n")
	for i := range n {
		fmt.Fprintf(&b, "allow if input.tool == \"t%d\"\n", i)
	}
	return b.String()
}

// Past wasmMaxRules a Wasm query is answered by topdown (compiling it would
// take seconds, and topdown's rule index answers faster), and says so.
func TestWasmFallsBackPastMaxRules(t *testing.T) {
	e := newEngine(t, WithWasmQueries("data.p.allow", "data.q.none"))
	mustLoad(t, e, "p", oneLineRules(wasmMaxRules))
	want := map[string]string{"data.p.allow": "wasm", "data.q.none": "topdown: no loaded module defines the rule"}
	if got := e.WasmStatus(); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("status %v, want %v", got, want)
	}
	wantJSON(t, mustEval(t, e, "data.p.allow", fmt.Sprintf(`{"tool": "t%d"}`, wasmMaxRules-1)), "true")

	mustLoad(t, e, "p", oneLineRules(wasmMaxRules+1))
	if e.state.Load().wasm != nil {
		t.Fatal("a Wasm evaluator was built past wasmMaxRules")
	}
	status := e.WasmStatus()["data.p.allow"]
	if wantStatus := fmt.Sprintf("topdown: depends on %d rules, more than %d", wasmMaxRules+1, wasmMaxRules); status != wantStatus {
		t.Fatalf("status %q, want %q", status, wantStatus)
	}
	wantJSON(t, mustEval(t, e, "data.p.allow", fmt.Sprintf(`{"tool": "t%d"}`, wasmMaxRules)), "true")
	if r := mustEval(t, e, "data.p.allow", `{"tool": "x"}`); r.Defined {
		t.Fatalf("allow for an unknown tool: %s", r.JSON)
	}
}

func TestWasmStatusBeforeAnyPolicy(t *testing.T) {
	e := newEngine(t, WithWasmQueries("data.p.allow"))
	if got := e.WasmStatus()["data.p.allow"]; got != "topdown: no policy loaded" {
		t.Fatalf("status %q", got)
	}
}
