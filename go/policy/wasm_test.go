package policy

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

func shippedEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	e := newEngine(t, opts...)
	if err := e.LoadBundle(shippedBundle); err != nil {
		t.Fatal(err)
	}
	return e
}

// The shipped gateway policy gives byte-identical decisions with and without Wasm.
func TestWasmGatewayMatchesTopdown(t *testing.T) {
	td := shippedEngine(t)
	w := shippedEngine(t, WithWasmQueries(gatewayQuery))
	if w.state.Load().wasm.evs[gatewayQuery] == nil {
		t.Fatal("the gateway query is not served by Wasm")
	}
	ctx := context.Background()
	for i, in := range shippedRequests(t) {
		a, err := td.Evaluate(ctx, gatewayQuery, in)
		if err != nil {
			t.Fatal(err)
		}
		b, err := w.Evaluate(ctx, gatewayQuery, in)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		if !a.Defined || !b.Defined || !bytes.Equal(a.JSON, b.JSON) {
			t.Fatalf("request %d:\ntopdown %s\nwasm    %s", i, a.JSON, b.JSON)
		}
	}
	// Another query of the same policies still goes through topdown.
	r := mustEval(t, w, "data.sark.gateway.config.version", "")
	wantJSON(t, r, `"2026-11-26"`)
}

func TestWasmFollowsChanges(t *testing.T) {
	e := newEngine(t, WithWasmQueries("data.p.out"), WithDecisionCache(100, time.Hour))
	// Data before any module, a module without the rule: topdown answers (undefined).
	mustSetData(t, e, "p/conf", `{"factor": 2}`)
	mustLoad(t, e, "lib", "package lib\ndouble(x) := x * data.p.conf.factor\n")
	if r := mustEval(t, e, "data.p.out", `{"n": 1}`); r.Defined {
		t.Fatalf("undefined rule: %s", r.JSON)
	}
	if e.state.Load().wasm != nil {
		t.Fatal("no module defines data.p.out yet, but a Wasm evaluator was built")
	}
	mustLoad(t, e, "p", "package p\nimport data.lib\nout := lib.double(input.n)\n")
	if e.state.Load().wasm.evs["data.p.out"] == nil {
		t.Fatal("data.p.out is not served by Wasm")
	}
	wantJSON(t, mustEval(t, e, "data.p.out", `{"n": 21}`), "42")
	mustSetData(t, e, "p/conf", `{"factor": 3}`)
	wantJSON(t, mustEval(t, e, "data.p.out", `{"n": 21}`), "63") // not the cached 42
	if r := mustEval(t, e, "data.p.out", ""); r.Defined {
		t.Fatalf("no input: %s", r.JSON)
	}
	if err := e.RemovePolicy("p"); err != nil {
		t.Fatal(err)
	}
	if e.state.Load().wasm != nil {
		t.Fatal("Wasm evaluator kept after its rule was removed")
	}
}

func TestWasmErrors(t *testing.T) {
	for _, q := range []string{"input.x", "data", "data.p[_]", `data.p["a.b"]`, `data.p[1]`, "data.p.out == 1", "nonsense("} {
		if err := CheckWasmQuery(q); err == nil {
			t.Errorf("CheckWasmQuery(%q) accepted", q)
		}
	}
	if err := CheckWasmQuery(` data.p["out"] `); err != nil {
		t.Errorf("CheckWasmQuery: %v", err)
	}
	e := newEngine(t, WithWasmQueries("input.x"))
	var ce *CompileError
	if err := e.LoadPolicy("p", "package p\nout := 1\n"); !errors.As(err, &ce) || !strings.Contains(err.Error(), "input.x") {
		t.Fatalf("invalid wasm query: %v", err)
	}
	e = newEngine(t, WithWasmQueries("data.p.out"), WithNetworkAccess())
	if err := e.LoadPolicy("p", "package p\nout := 1\n"); !errors.As(err, &ce) {
		t.Fatalf("wasm with network access: %v", err)
	}

	// Evaluation errors keep their kinds.
	e = newEngine(t, WithWasmQueries("data.p.out"))
	mustLoad(t, e, "p", "package p\nout := input.a\nout := input.b\n")
	if _, err := e.Evaluate(context.Background(), "data.p.out", []byte(`{"a": 1, "b": 2}`)); errClasses(err) != "eval" {
		t.Fatalf("conflict: %v (%s)", err, errClasses(err))
	}
	wantJSON(t, mustEval(t, e, "data.p.out", `{"a": 1, "b": 1}`), "1")
	if _, err := e.Evaluate(context.Background(), "data.p.out", []byte(`{"a": `)); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("invalid input: %v", err)
	}
}

func TestWasmTimeout(t *testing.T) {
	e := New(WithTimeout(50*time.Millisecond), WithWasmQueries("data.slow.n"))
	mustLoad(t, e, "slow", slowPolicy)
	if e.state.Load().wasm.evs["data.slow.n"] == nil {
		t.Fatal("not served by Wasm")
	}
	start := time.Now()
	_, err := e.Evaluate(context.Background(), "data.slow.n", nil)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("timeout took %v", d)
	}
}

func TestWasmConcurrentWithReload(t *testing.T) {
	e := newEngine(t, WithWasmQueries("data.p.v"))
	mustLoad(t, e, "p", "package p\nv := input.n + data.base\n")
	mustSetData(t, e, "base", "0")
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				r, err := e.Evaluate(context.Background(), "data.p.v", []byte(`{"n": 1}`))
				if err != nil || !r.Defined {
					t.Errorf("evaluate: %v %v", r, err)
					return
				}
			}
		}()
	}
	for i := 1; i <= 5; i++ {
		mustSetData(t, e, "base", strings.Repeat("1", i))
	}
	close(stop)
	wg.Wait()
	wantJSON(t, mustEval(t, e, "data.p.v", `{"n": 1}`), "11112")
}

// A replaced state's evaluators close as soon as no evaluation uses them.
func TestWasmRetiredStateCloses(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t, WithWasmQueries("data.p.v"))
	mustLoad(t, e, "p", "package p\nv := input.n + 1\n")
	idle := e.state.Load()
	mustLoad(t, e, "q", "package q\nx := 1\n") // a policy change compiles new evaluators
	if _, _, err := idle.wasm.evs["data.p.v"].Eval(ctx, []byte(`{"n": 1}`)); err == nil {
		t.Fatal("the replaced state's evaluator still runs: not closed")
	}
	busy := e.state.Load()
	w := busy.wasm.acquire("data.p.v") // an evaluation in flight on this state
	mustLoad(t, e, "q", "package q\nx := 2\n")
	if busy.wasm.acquire("data.p.v") != nil {
		t.Fatal("a retired state hands out its evaluator")
	}
	out, ok, err := w.Eval(ctx, []byte(`{"n": 1}`))
	if err != nil || !ok || string(out) != "2" {
		t.Fatalf("in-flight evaluation after the swap: %s %v %v", out, ok, err)
	}
	busy.wasm.release()
	if _, _, err := w.Eval(ctx, []byte(`{"n": 1}`)); err == nil {
		t.Fatal("not closed after the last evaluation returned")
	}
	wantJSON(t, mustEval(t, e, "data.p.v", `{"n": 41}`), "42")
}

// A data change gives the Wasm evaluators the new data without compiling them
// again; decisions follow it. A policy change still compiles. The evaluators
// close once no state shares them and no evaluation runs on them.
func TestWasmSetDataKeepsEvaluators(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t, WithWasmQueries("data.p.v"))
	mustLoad(t, e, "p", "package p\nv := data.base + input.n\n")
	mustSetData(t, e, "base", "10")
	first := e.state.Load()
	ev := first.wasm.evs["data.p.v"]
	wantJSON(t, mustEval(t, e, "data.p.v", `{"n": 1}`), "11")

	inFlight := first.wasm.acquire("data.p.v") // an evaluation on the replaced state
	mustSetData(t, e, "base", "20")
	if got := e.state.Load().wasm.evs["data.p.v"]; got != ev {
		t.Fatal("a data change compiled a new evaluator")
	}
	if e.WasmStatus()["data.p.v"] != "wasm" {
		t.Fatalf("status %v", e.WasmStatus())
	}
	wantJSON(t, mustEval(t, e, "data.p.v", `{"n": 1}`), "21")
	mustSetData(t, e, "", `{"base": 30}`)
	wantJSON(t, mustEval(t, e, "data.p.v", `{"n": 1}`), "31")
	first.wasm.release()
	if out, _, err := inFlight.Eval(ctx, []byte(`{"n": 1}`)); err != nil || string(out) != "31" {
		t.Fatalf("shared evaluator closed with a state still using it: %s %v", out, err)
	}

	mustLoad(t, e, "p", "package p\nv := data.base - input.n\n")
	if got := e.state.Load().wasm.evs["data.p.v"]; got == ev {
		t.Fatal("a policy change kept the old evaluator")
	}
	wantJSON(t, mustEval(t, e, "data.p.v", `{"n": 1}`), "29")
	if _, _, err := ev.Eval(ctx, []byte(`{"n": 1}`)); err == nil {
		t.Fatal("the evaluators of replaced states are not closed")
	}
}

// The shipped gateway policy stays well inside wasmMaxRules.
func TestWasmGatewayRuleCount(t *testing.T) {
	e := shippedEngine(t, WithWasmQueries(gatewayQuery))
	st := e.state.Load()
	ref, _, err := wasmEntrypoint(gatewayQuery)
	if err != nil {
		t.Fatal(err)
	}
	_, rules := st.reachableModules(st.compiler.Modules, ref)
	t.Logf("the gateway decision depends on %d rules", rules)
	if rules > wasmMaxRules/2 {
		t.Fatalf("the gateway decision depends on %d rules, near wasmMaxRules %d", rules, wasmMaxRules)
	}
}

// A data swap that fails for one evaluator gives the others their old data back:
// the engine keeps serving the previous state, Wasm answers included.
func TestWasmFailedDataSwapRestores(t *testing.T) {
	e := newEngine(t, WithWasmQueries("data.p.a", "data.p.b"))
	mustLoad(t, e, "p", "package p\na := data.base + input.n\nb := data.base - input.n\n")
	mustSetData(t, e, "base", "10")
	st := e.state.Load()
	_ = st.wasm.evs["data.p.b"].Close() // stands for an evaluator whose new data fails to load
	var ce *CompileError
	if err := e.SetData("base", []byte("20")); !errors.As(err, &ce) {
		t.Fatalf("SetData with a failing evaluator: %v, want a CompileError", err)
	}
	if e.state.Load() != st {
		t.Fatal("a failed change replaced the state")
	}
	wantJSON(t, mustEval(t, e, "data.p.a", `{"n": 1}`), "11") // data.p.a's evaluator holds 10 again
}
