package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/loader"
)

// Engine holds a compiled policy set and evaluates queries against it. It is safe
// for concurrent use. Changes (LoadPolicy, SetData, ...) are serialised, compile a
// complete new set, and swap it in atomically; evaluations never take a lock.
type Engine struct {
	env   *environment
	state atomic.Pointer[compiledState]
	cache *decisionCache // nil when disabled

	mu sync.Mutex // serialises changes; guards nothing evaluations read

	cp *controlPlane // FromConfig only: the plugins that feed and log this engine
}

// New returns an engine with no policies and an empty data document.
func New(opts ...Option) *Engine {
	cfg := newConfig(opts)
	env := &environment{cfg: cfg, caps: capabilitiesFor(&cfg)}
	if cfg.printOut != nil {
		env.print = &printHook{w: cfg.printOut}
	}
	e := &Engine{env: env}
	if cfg.cacheSize > 0 {
		e.cache = newDecisionCache(cfg.cacheSize, cfg.cacheTTL)
	}
	empty := &sources{policies: map[string]*ast.Module{}, bundles: map[string]*loadedBundle{}, data: map[string]any{}}
	st, err := compile(env, empty, 0, nil)
	if err != nil {
		panic(fmt.Sprintf("policy: compiling the empty policy set failed: %v", err)) // cannot happen
	}
	e.state.Store(st)
	return e
}

// Revision counts successful changes; it starts at 0 and is part of the decision-cache key.
func (e *Engine) Revision() uint64 { return e.state.Load().revision }

// change applies a caller's edit; an engine fed by bundles (FromConfig) refuses it.
func (e *Engine) change(edit func(*sources) error) error {
	if e.cp != nil {
		return ErrManaged
	}
	return e.apply(edit)
}

// apply applies edit to a copy of the current sources, compiles, and publishes
// the result. On any error the current state stays in place.
func (e *Engine) apply(edit func(*sources) error) (err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	defer recoverInternal(&err)
	cur := e.state.Load()
	next := cur.src.clone()
	if err := edit(next); err != nil {
		return err
	}
	st, err := compile(e.env, next, cur.revision+1, cur)
	if err != nil {
		return err
	}
	e.state.Store(st)
	cur.wasm.retire()
	if e.cache != nil {
		// Keys carry the revision, so old entries are already unreachable;
		// purging frees their memory.
		e.cache.purge()
	}
	return nil
}

// LoadPolicy adds or replaces the Rego module with the given id (used as the file
// name in error locations).
func (e *Engine) LoadPolicy(id, src string) (err error) {
	defer recoverInternal(&err)
	if id == "" {
		return invalidInput("policy id must not be empty")
	}
	m, err := ast.ParseModuleWithOpts(id, src, ast.ParserOptions{
		RegoVersion:       e.env.cfg.regoVersion,
		Capabilities:      e.env.caps,
		ProcessAnnotation: true,
	})
	if err != nil {
		return compileErrorFrom(err)
	}
	if m == nil {
		return &CompileError{Errors: []Location{{File: id, Message: "empty module"}}}
	}
	if err := checkRuleSizes(id, m, e.env.cfg.maxRuleTerms); err != nil {
		return err
	}
	return e.change(func(s *sources) error {
		s.policies[id] = m
		return nil
	})
}

// RemovePolicy removes a module loaded with LoadPolicy; ErrNotFound if unknown.
func (e *Engine) RemovePolicy(id string) error {
	return e.change(func(s *sources) error {
		if _, ok := s.policies[id]; !ok {
			return fmt.Errorf("policy %q: %w", id, ErrNotFound)
		}
		delete(s.policies, id)
		return nil
	})
}

// Policies lists the loaded module ids, sorted: LoadPolicy ids and the modules of
// loaded bundles (named after their file in the bundle).
func (e *Engine) Policies() []string {
	src := e.state.Load().src
	ids := slices.Collect(maps.Keys(src.policies))
	for _, b := range src.bundles {
		for id := range b.modules {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// LoadBundle loads an OPA bundle from a directory or a .tar.gz file: Rego modules,
// data.json / data.yaml files, and the .manifest (revision, roots, rego_version).
// Loading the same path again replaces that bundle's modules. Data works as in an OPA
// server's store, one document changed in the order of the calls: a bundle's data is
// merged into it when the bundle loads (overwritten where the bundle writes, not erased),
// and SetData/RemoveData replace or delete at their path, bundle data included. Bundles
// whose manifest roots overlap are rejected.
func (e *Engine) LoadBundle(path string) (err error) {
	defer recoverInternal(&err)
	abs, err := filepath.Abs(path)
	if err != nil {
		return invalidInput("bundle path %q: %v", path, err)
	}
	if _, err := os.Stat(abs); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("bundle %s: %w", path, ErrNotFound)
		}
		return invalidInput("bundle %s: %v", path, err)
	}
	b, err := loader.NewFileLoader().
		WithRegoVersion(e.env.cfg.regoVersion).
		WithCapabilities(e.env.caps).
		WithProcessAnnotation(true).
		AsBundle(abs)
	if err != nil {
		return compileErrorFrom(err)
	}
	lb := &loadedBundle{
		path:     abs,
		revision: b.Manifest.Revision,
		modules:  make(map[string]*ast.Module, len(b.Modules)),
		data:     b.Data,
	}
	if lb.data == nil {
		lb.data = map[string]any{}
	}
	if b.Manifest.Roots != nil {
		lb.roots = slices.Clone(*b.Manifest.Roots)
	} else {
		lb.roots = []string{""}
	}
	// Module ids: the bundle's absolute path without its leading "/", then the file's path
	// inside the bundle ("srv/bundles/gw.tar.gz/gateway.rego"). Unique across bundles, and
	// the same ids an OPA server can hold (it drops a leading "/" from policy ids).
	prefix := strings.TrimPrefix(filepath.ToSlash(abs), "/")
	for _, mf := range b.Modules {
		rel := strings.TrimPrefix(strings.TrimPrefix(filepath.ToSlash(mf.Path), filepath.ToSlash(abs)), "/")
		if err := checkRuleSizes(prefix+"/"+rel, mf.Parsed, e.env.cfg.maxRuleTerms); err != nil {
			return err
		}
		lb.modules[prefix+"/"+rel] = mf.Parsed
	}
	return e.change(func(s *sources) error {
		s.bundles[abs] = lb
		d := shallowCopy(s.data)
		mergeInto(d, lb.data)
		s.data = d
		return nil
	})
}

// RemoveBundle unloads the policies of the bundle loaded from path (ErrNotFound if none
// was); its data stays in the data document, as in an OPA server's store.
func (e *Engine) RemoveBundle(path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return invalidInput("bundle path %q: %v", path, err)
	}
	return e.change(func(s *sources) error {
		if _, ok := s.bundles[abs]; !ok {
			return fmt.Errorf("bundle %s: %w", path, ErrNotFound)
		}
		delete(s.bundles, abs)
		return nil
	})
}

// BundleRevisions maps each loaded bundle path to its manifest revision.
func (e *Engine) BundleRevisions() map[string]string {
	src := e.state.Load().src
	out := make(map[string]string, len(src.bundles))
	for p, b := range src.bundles {
		out[p] = b.revision
	}
	return out
}

// SetData stores a JSON value at path in the base data document ("sark/roles" or
// "/sark/roles"; "" or "/" replaces the whole document, which must be an object).
// Objects missing on the path are created.
func (e *Engine) SetData(path string, valueJSON []byte) error {
	segs, err := splitDataPath(path)
	if err != nil {
		return err
	}
	value, err := decodeJSON(valueJSON, e.env.cfg.maxInputBytes)
	if err != nil {
		return err
	}
	if value == nil && len(trimSpace(valueJSON)) == 0 {
		return invalidInput("data value is empty")
	}
	return e.change(func(s *sources) error {
		d, err := withValue(s.data, segs, value)
		if err != nil {
			return err
		}
		s.data = d
		return nil
	})
}

// RemoveData deletes the value at path from the base data document (ErrNotFound if
// absent); "" or "/" empties it.
func (e *Engine) RemoveData(path string) error {
	segs, err := splitDataPath(path)
	if err != nil {
		return err
	}
	return e.change(func(s *sources) error {
		d, err := withoutValue(s.data, segs)
		if err != nil {
			return fmt.Errorf("data path %q: %w", path, err)
		}
		s.data = d
		return nil
	})
}
