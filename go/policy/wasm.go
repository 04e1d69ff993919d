package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
	"github.com/sark-accel/sark-accel/go/policy/wasmeval"
)

// CodeMemoryLimit is the EvalError code of a Wasm evaluation that needed more
// memory than wasmMaxMemoryPages.
const CodeMemoryLimit = "eval_memory_limit_error"

// wasmMaxMemoryPages bounds each Wasm instance's memory (64 KiB pages: 256 MiB);
// an evaluation that needs more fails instead of growing without bound.
const wasmMaxMemoryPages = 4096

// wasmMaxRules is the number of rules a Wasm query may depend on; past it
// topdown answers. wazero's compiler is superlinear in the size of a function
// (OPA's planner puts all definitions of a rule in one) and topdown's rule
// index beats Wasm's linear scan: with n one-line rules "allow if input.tool
// == ..." the decision costs about the same at n = 150, 2-4x topdown's at 200,
// and compiling takes 3.3 s at 2000, 26 s at 4000 (BENCHMARKS.md). The gateway
// decision depends on 51 rules.
const wasmMaxRules = 150

// CheckWasmQuery reports whether query can be given to WithWasmQueries: a
// reference into data whose every part is a plain string key, e.g.
// "data.sark.gateway.decision".
func CheckWasmQuery(query string) error {
	_, _, err := wasmEntrypoint(query)
	return err
}

// wasmEntrypoint parses query and turns "data.a.b" into the Wasm compiler's
// entrypoint "a/b".
func wasmEntrypoint(query string) (ast.Ref, string, error) {
	bad := fmt.Errorf("wasm query %q is not a reference to a rule such as data.sark.gateway.decision", query)
	ref, err := ast.ParseRef(strings.TrimSpace(query))
	if err != nil || len(ref) < 2 || !ref.HasPrefix(ast.DefaultRootRef) {
		return nil, "", bad
	}
	parts := make([]string, 0, len(ref)-1)
	for _, t := range ref[1:] {
		s, ok := t.Value.(ast.String)
		if !ok || s == "" || strings.ContainsAny(string(s), "./") {
			return nil, "", bad
		}
		parts = append(parts, string(s))
	}
	return ref, strings.Join(parts, "/"), nil
}

// buildWasm compiles an evaluator for every Wasm query whose rule the modules
// define. The evaluators are closed when the state is garbage: only then can no
// evaluation still be running on them.
func (s *compiledState) buildWasm(modules map[string]*ast.Module, data map[string]any) error {
	if len(s.env.cfg.wasmQueries) == 0 || len(modules) == 0 {
		return nil
	}
	if s.env.cfg.network {
		return &CompileError{Errors: []Location{{Message: "wasm queries cannot be combined with network access"}}}
	}
	dataJSON, err := json.Marshal(data)
	if err != nil {
		return &CompileError{Errors: []Location{{Message: "data for the Wasm evaluator: " + err.Error()}}}
	}
	opts := []wasmeval.Option{
		wasmeval.WithCapabilities(s.env.caps),
		wasmeval.WithRegoVersion(s.env.cfg.regoVersion),
		wasmeval.WithStrictBuiltinErrors(s.env.cfg.strictBuiltinErrors),
		wasmeval.WithMaxMemoryPages(wasmMaxMemoryPages),
	}
	if s.env.print != nil {
		opts = append(opts, wasmeval.WithPrintHook(s.env.print))
	}
	set := &wasmSet{evs: map[string]*wasmeval.Evaluator{}}
	for _, q := range s.env.cfg.wasmQueries {
		ref, ep, err := wasmEntrypoint(q)
		if err != nil {
			set.closeAll()
			return &CompileError{Errors: []Location{{Message: err.Error()}}}
		}
		if _, dup := set.evs[q]; dup {
			continue
		}
		if len(s.compiler.GetRulesExact(ref)) == 0 {
			s.fallBack(q, "no loaded module defines the rule")
			continue
		}
		reachable, rules := s.reachableModules(modules, ref)
		if rules > wasmMaxRules {
			s.fallBack(q, fmt.Sprintf("depends on %d rules, more than %d", rules, wasmMaxRules))
			continue
		}
		ev, err := wasmeval.NewFromModules(context.Background(), reachable, ep, dataJSON, opts...)
		if err != nil {
			set.closeAll()
			return &CompileError{Errors: []Location{{Message: fmt.Sprintf("%s cannot be compiled to Wasm: %v", q, err)}}}
		}
		set.evs[q] = ev
	}
	if len(set.evs) > 0 {
		s.wasm = set
		// Backstop for the last state of an engine nobody retires.
		runtime.AddCleanup(s, func(w *wasmSet) { w.retire() }, set)
	}
	return nil
}

func (s *compiledState) fallBack(query, reason string) {
	if s.wasmFallback == nil {
		s.wasmFallback = map[string]string{}
	}
	s.wasmFallback[query] = reason
}

// WasmStatus tells, for each query given to WithWasmQueries, how the current
// policies evaluate it: "wasm", or "topdown: " and why not Wasm.
func (e *Engine) WasmStatus() map[string]string {
	st := e.state.Load()
	out := make(map[string]string, len(e.env.cfg.wasmQueries))
	for _, q := range e.env.cfg.wasmQueries {
		switch reason, ok := st.wasmFallback[q]; {
		case st.wasm != nil && st.wasm.evs[q] != nil:
			out[q] = "wasm"
		case ok:
			out[q] = "topdown: " + reason
		default:
			out[q] = "topdown: no policy loaded"
		}
	}
	return out
}

// wasmSet owns a state's Wasm evaluators. Their runtimes hold memory the Go
// collector does not see (compiled code, linear memories), so a replaced state
// closes them as soon as its last evaluation returns, not when it is garbage.
type wasmSet struct {
	evs map[string]*wasmeval.Evaluator // read-only once built

	mu      sync.Mutex
	users   int
	retired bool
}

// acquire returns q's evaluator and holds the set open until release; nil when
// q is not served by Wasm or the state has been replaced meanwhile (topdown,
// which still holds that state's policies and data, answers instead).
func (w *wasmSet) acquire(q string) *wasmeval.Evaluator {
	if w == nil {
		return nil
	}
	ev := w.evs[q]
	if ev == nil {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.retired {
		return nil
	}
	w.users++
	return ev
}

func (w *wasmSet) release() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.users--; w.retired && w.users == 0 {
		w.closeAll()
	}
}

// retire closes the evaluators now, or when the last evaluation using them returns.
func (w *wasmSet) retire() {
	if w == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.retired {
		w.retired = true
		if w.users == 0 {
			w.closeAll()
		}
	}
}

func (w *wasmSet) closeAll() {
	for _, ev := range w.evs {
		_ = ev.Close()
	}
}

// reachableModules returns the modules (as loaded, before compilation) that hold
// the rules ref depends on, directly or not, and the number of those rules: the
// Wasm compiler only needs those modules, and it type-checks more strictly than
// topdown does (a bundle's test module need not pass it).
func (s *compiledState) reachableModules(modules map[string]*ast.Module, ref ast.Ref) (map[string]*ast.Module, int) {
	ruleModule := map[*ast.Rule]string{}
	for id, m := range s.compiler.Modules {
		for _, r := range m.Rules {
			ruleModule[r] = id
		}
	}
	out := map[string]*ast.Module{}
	seen := map[*ast.Rule]bool{}
	var visit func(ast.Ref)
	visit = func(ref ast.Ref) {
		for _, r := range s.compiler.GetRules(ref) {
			if seen[r] {
				continue
			}
			seen[r] = true
			if id, ok := ruleModule[r]; ok && modules[id] != nil {
				out[id] = modules[id]
			}
			ast.WalkRefs(r, func(x ast.Ref) bool {
				if x.HasPrefix(ast.DefaultRootRef) {
					visit(x.GroundPrefix())
				}
				return false
			})
		}
	}
	visit(ref)
	return out, len(seen)
}

// evalWasm is eval for a query served by a Wasm evaluator.
func (e *Engine) evalWasm(ctx context.Context, st *compiledState, w *wasmeval.Evaluator, in *parsedInput) (Result, error) {
	var input []byte
	if in.present {
		input = in.raw
		if input == nil {
			var err error
			if input, err = astjson.Marshal(in.value); err != nil {
				return Result{}, invalidInput("input: %v", err)
			}
		}
	}
	out, defined, err := w.Eval(ctx, input)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return Result{}, contextError(ctxErr)
		}
		if errors.Is(err, wasmeval.ErrMemoryLimit) {
			return Result{}, &EvalError{Code: CodeMemoryLimit, Message: err.Error()}
		}
		return Result{}, &EvalError{Message: err.Error()}
	}
	if !defined {
		return Result{Revision: st.revision}, nil
	}
	return Result{Defined: true, JSON: out, Revision: st.revision}, nil
}
