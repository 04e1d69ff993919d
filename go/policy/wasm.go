package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"runtime"
	"slices"
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
// define, or, when prev's evaluators were compiled from the same modules (only
// data changed), gives them the new data without compiling again. The
// evaluators are closed when no state uses them and no evaluation runs on them.
func (s *compiledState) buildWasm(modules map[string]*ast.Module, data map[string]any, prev *compiledState) error {
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
	if prev != nil && prev.wasm.compiledFrom(modules) {
		return s.swapWasmData(prev, dataJSON)
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
	set := &wasmSet{evs: map[string]*wasmeval.Evaluator{}, modules: modules, data: dataJSON, own: &wasmOwner{sets: 1}}
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
		s.useWasm(set)
	}
	return nil
}

func (s *compiledState) useWasm(set *wasmSet) {
	s.wasm = set
	// Backstop for the last state of an engine nobody retires.
	runtime.AddCleanup(s, func(w *wasmSet) { w.retire() }, set)
}

// swapWasmData gives prev's evaluators the new data document (no compiling: the
// 0.2 s of the gateway policy) and shares them with s. prev's Wasm queries see
// the new data from then on, as they would once s is published. On failure the
// evaluators get prev's data back; should that fail too, prev's set retires and
// topdown answers its queries with prev's data.
func (s *compiledState) swapWasmData(prev *compiledState, dataJSON []byte) error {
	old := prev.wasm
	ctx := context.Background()
	var done []*wasmeval.Evaluator
	for _, q := range slices.Sorted(maps.Keys(old.evs)) {
		ev := old.evs[q]
		if err := ev.SetData(ctx, dataJSON); err != nil {
			for _, d := range done {
				if d.SetData(ctx, old.data) != nil {
					old.retire()
					break
				}
			}
			return &CompileError{Errors: []Location{{Message: fmt.Sprintf("data for the Wasm evaluator of %s: %v", q, err)}}}
		}
		done = append(done, ev)
	}
	set, ok := old.share(dataJSON)
	if !ok { // retired meanwhile: cannot happen while changes are serialised
		return &CompileError{Errors: []Location{{Message: "wasm evaluators closed during a data change"}}}
	}
	s.wasmFallback = prev.wasmFallback
	s.useWasm(set)
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

// wasmSet is a state's view of its Wasm evaluators. Their runtimes hold memory
// the Go collector does not see (compiled code, linear memories), so they are
// closed as soon as every state sharing them is replaced and the last
// evaluation on them returns, not when they are garbage.
type wasmSet struct {
	evs     map[string]*wasmeval.Evaluator // read-only once built
	modules map[string]*ast.Module         // what evs were compiled from
	data    []byte                         // the data document evs hold for this state
	own     *wasmOwner
	retired bool // guarded by own.mu
}

// wasmOwner counts the users of one set of evaluators: the states sharing them
// (a data change hands them to the next state) and the evaluations running.
type wasmOwner struct {
	mu    sync.Mutex
	sets  int
	users int
}

// serves reports whether q has an evaluator in the set, so that its input can stay text.
func (w *wasmSet) serves(q string) bool { return w != nil && w.evs[q] != nil }

// compiledFrom reports whether the set's evaluators were compiled from exactly
// these modules (parsed modules are immutable: the same pointers, the same code)
// and are still open (a failed data swap retires them).
func (w *wasmSet) compiledFrom(modules map[string]*ast.Module) bool {
	if w == nil || len(w.modules) != len(modules) {
		return false
	}
	for id, m := range modules {
		if w.modules[id] != m {
			return false
		}
	}
	w.own.mu.Lock()
	defer w.own.mu.Unlock()
	return !w.retired
}

// share returns a set for the next state with the same evaluators, holding data;
// false if w is retired.
func (w *wasmSet) share(data []byte) (*wasmSet, bool) {
	w.own.mu.Lock()
	defer w.own.mu.Unlock()
	if w.retired {
		return nil, false
	}
	w.own.sets++
	return &wasmSet{evs: w.evs, modules: w.modules, data: data, own: w.own}, true
}

// acquire returns q's evaluator and holds it open until release; nil when
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
	w.own.mu.Lock()
	defer w.own.mu.Unlock()
	if w.retired {
		return nil
	}
	w.own.users++
	return ev
}

func (w *wasmSet) release() {
	w.own.mu.Lock()
	defer w.own.mu.Unlock()
	w.own.users--
	w.closeIfUnused()
}

// retire closes the evaluators now, or when the last state sharing them is
// retired and the last evaluation using them returns.
func (w *wasmSet) retire() {
	if w == nil {
		return
	}
	w.own.mu.Lock()
	defer w.own.mu.Unlock()
	if !w.retired {
		w.retired = true
		w.own.sets--
		w.closeIfUnused()
	}
}

func (w *wasmSet) closeIfUnused() {
	if w.own.sets == 0 && w.own.users == 0 {
		w.closeAll()
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
	out, defined, err := w.EvalValidJSON(ctx, input) // parseInput and astjson wrote or checked it
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
