package policy

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
)

// sources is everything the user loaded. It is immutable once published: a change
// builds a new sources value that shares the unchanged parts.
type sources struct {
	policies map[string]*ast.Module   // LoadPolicy id -> parsed module
	bundles  map[string]*loadedBundle // bundle path -> contents
	data     map[string]any           // the data document: bundle data merged in at load, SetData/RemoveData
}

type loadedBundle struct {
	path     string
	revision string
	roots    []string
	modules  map[string]*ast.Module // module id -> parsed module
	data     map[string]any
}

func (s *sources) clone() *sources {
	return &sources{
		policies: maps.Clone(s.policies),
		bundles:  maps.Clone(s.bundles),
		data:     s.data,
	}
}

// compiledState is one immutable, compiled policy set with its data. Evaluations
// load it once through an atomic pointer and finish on it even if it is replaced.
type compiledState struct {
	revision uint64
	// notReady: the state of an engine whose bundles have not been activated yet;
	// every evaluation on it fails with ErrNotReady.
	notReady bool
	src      *sources
	compiler *ast.Compiler
	store    storage.Store
	env      *environment

	queries  sync.Map // query string -> *preparedQuery
	nQueries atomic.Int64

	wasm *wasmSet // WithWasmQueries; nil when no query is served by Wasm
	// wasmFallback: the Wasm queries topdown answers, with the reason.
	wasmFallback map[string]string
}

// environment is the engine-wide, read-only compile and eval configuration.
type environment struct {
	cfg   config
	caps  *ast.Capabilities
	print *printHook // nil: print() is compiled out
}

type preparedQuery struct {
	once sync.Once
	pq   rego.PreparedEvalQuery
	err  error
}

// compile builds a new state from src. A failure leaves the engine serving the
// current state (prev, nil for the first): compile does not change it, except
// that its Wasm evaluators may get the new data first (see swapWasmData).
func compile(env *environment, src *sources, revision uint64, prev *compiledState) (*compiledState, error) {
	modules := make(map[string]*ast.Module, len(src.policies))
	maps.Copy(modules, src.policies)

	bundlePaths := slices.Sorted(maps.Keys(src.bundles))
	data := map[string]any{}
	for i, p := range bundlePaths {
		b := src.bundles[p]
		for _, q := range bundlePaths[:i] {
			if root, other, ok := rootsOverlap(b.roots, src.bundles[q].roots); ok {
				return nil, &CompileError{Errors: []Location{{File: p, Message: fmt.Sprintf(
					"bundle root %q overlaps root %q of bundle %s", root, other, q)}}}
			}
		}
		for id, m := range b.modules {
			if _, dup := modules[id]; dup {
				return nil, &CompileError{Errors: []Location{{File: id, Message: "module id is used twice"}}}
			}
			modules[id] = m
		}
	}
	mergeInto(data, src.data) // bundle data was merged into it when each bundle loaded

	c := ast.NewCompiler().
		WithCapabilities(env.caps).
		WithEnablePrintStatements(env.print != nil).
		WithDefaultRegoVersion(env.cfg.regoVersion).
		WithUseTypeCheckAnnotations(true).
		WithPathConflictsCheck(func(path []string) (bool, error) { return hasValueAt(data, path), nil })
	c.Compile(modules)
	if c.Failed() {
		return nil, compileErrorFrom(c.Errors)
	}

	// No round trip on write: data is already plain decoded JSON. Values are
	// converted to AST once, here, instead of on every read during evaluation.
	store := inmem.NewFromObjectWithOpts(data,
		inmem.OptRoundTripOnWrite(false),
		inmem.OptReturnASTValuesOnRead(true))

	st := &compiledState{revision: revision, src: src, compiler: c, store: store, env: env}
	if err := st.buildWasm(modules, data, prev); err != nil {
		return nil, err
	}
	return st, nil
}

// rootsOverlap reports a pair of bundle roots where one contains the other.
func rootsOverlap(a, b []string) (string, string, bool) {
	for _, x := range a {
		for _, y := range b {
			if pathPrefix(x, y) || pathPrefix(y, x) {
				return x, y, true
			}
		}
	}
	return "", "", false
}

func pathPrefix(prefix, path string) bool {
	prefix, path = strings.Trim(prefix, "/"), strings.Trim(path, "/")
	return prefix == "" || path == prefix || strings.HasPrefix(path, prefix+"/")
}

// prepared returns the prepared query for q, preparing it at most once per state.
// Prepared queries are safe for concurrent Eval calls.
func (s *compiledState) prepared(q string) (rego.PreparedEvalQuery, error) {
	if v, ok := s.queries.Load(q); ok {
		p := v.(*preparedQuery)
		p.once.Do(func() { p.pq, p.err = s.prepare(q) })
		return p.pq, p.err
	}
	if s.nQueries.Load() >= int64(s.env.cfg.maxQueries) {
		return s.prepare(q) // bounded memory: do not keep arbitrary many queries
	}
	v, loaded := s.queries.LoadOrStore(q, &preparedQuery{})
	if !loaded {
		s.nQueries.Add(1)
	}
	p := v.(*preparedQuery)
	p.once.Do(func() { p.pq, p.err = s.prepare(q) })
	return p.pq, p.err
}

func (s *compiledState) prepare(q string) (rego.PreparedEvalQuery, error) {
	opts := []func(*rego.Rego){
		rego.Query(q),
		rego.Compiler(s.compiler),
		rego.Store(s.store),
		rego.Capabilities(s.env.caps),
		rego.StrictBuiltinErrors(s.env.cfg.strictBuiltinErrors),
		rego.EnablePrintStatements(s.env.print != nil),
	}
	if s.env.print != nil {
		opts = append(opts, rego.PrintHook(s.env.print))
	}
	// Preparation only compiles the query against the already compiled modules;
	// it is not bounded by the caller's context.
	pq, err := rego.New(opts...).PrepareForEval(context.Background())
	if err != nil {
		return pq, namedQuery(compileErrorFrom(err))
	}
	return pq, nil
}

// queryFile names the query in compile errors: OPA gives an inline query no file
// name, which left messages such as ":1:16: rego_parse_error".
const queryFile = "query"

func namedQuery(err error) error {
	var ce *CompileError
	if errors.As(err, &ce) {
		for i := range ce.Errors {
			if ce.Errors[i].File == "" && ce.Errors[i].Row > 0 {
				ce.Errors[i].File = queryFile
			}
		}
	}
	return err
}

// compileErrorFrom converts OPA's parse and compile errors into a *CompileError.
func compileErrorFrom(err error) error {
	var list []*ast.Error
	var astErrs ast.Errors
	var astErr *ast.Error
	var regoErrs rego.Errors
	switch {
	case errors.As(err, &astErrs):
		list = astErrs
	case errors.As(err, &astErr):
		list = []*ast.Error{astErr}
	case errors.As(err, &regoErrs):
		ce := &CompileError{}
		for _, e := range regoErrs {
			sub := compileErrorFrom(e)
			var subCE *CompileError
			if errors.As(sub, &subCE) {
				ce.Errors = append(ce.Errors, subCE.Errors...)
				ce.network = ce.network || subCE.network
			} else {
				ce.Errors = append(ce.Errors, Location{Message: e.Error()})
			}
		}
		return ce
	default:
		return &CompileError{Errors: []Location{{Message: err.Error()}}}
	}
	ce := &CompileError{Errors: make([]Location, 0, len(list))}
	for _, e := range list {
		msg, network := networkCompileMessage(e.Message)
		ce.network = ce.network || network
		l := Location{Message: e.Code + ": " + msg}
		if e.Location != nil {
			l.File, l.Row, l.Col = e.Location.File, e.Location.Row, e.Location.Col
		}
		ce.Errors = append(ce.Errors, l)
	}
	return ce
}
