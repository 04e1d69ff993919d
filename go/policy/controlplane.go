package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"github.com/open-policy-agent/opa/v1/ast"
	opabundle "github.com/open-policy-agent/opa/v1/bundle"
	"github.com/open-policy-agent/opa/v1/logging"
	"github.com/open-policy-agent/opa/v1/metrics"
	"github.com/open-policy-agent/opa/v1/plugins"
	"github.com/open-policy-agent/opa/v1/plugins/bundle"
	"github.com/open-policy-agent/opa/v1/plugins/discovery"
	"github.com/open-policy-agent/opa/v1/plugins/logs"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/util"
)

// ErrNotReady: an engine made by FromConfig has not activated every configured bundle
// yet, so it has no policy to decide with; it fails closed.
var ErrNotReady = errors.New("policy engine is not ready: no bundle activated yet")

// ErrManaged: LoadPolicy, SetData and the like on an engine made by FromConfig, whose
// policies and data come from its bundles only. It wraps ErrInvalidInput.
var ErrManaged = fmt.Errorf("%w: policies and data of this engine come from its configured bundles", ErrInvalidInput)

// DefaultDecisionLogBufferBytes bounds the decision logs kept while uploads fail, when the
// configuration sets no bound (OPA's default buffer is unbounded); beyond it the oldest
// entries are dropped and counted (DecisionLogStats).
const DefaultDecisionLogBufferBytes = 32 << 20

// boundDecisionLogBuffer sets decision_logs.reporting.buffer_size_limit_bytes when the
// size buffer (OPA's default) has no limit. The event buffer is bounded by OPA already. OPA
// refuses a byte limit beside max_decisions_per_second, so a configuration with a rate limit
// is left as given: its buffer grows at most by that rate while uploads fail.
func boundDecisionLogBuffer(doc map[string]any) {
	dl, ok := doc["decision_logs"].(map[string]any)
	if !ok {
		return
	}
	rep, ok := dl["reporting"].(map[string]any)
	if !ok {
		rep = map[string]any{}
		dl["reporting"] = rep
	}
	if t, _ := rep["buffer_type"].(string); t != "" && t != "size" {
		return
	}
	if _, limited := rep["max_decisions_per_second"]; limited {
		return
	}
	if _, set := rep["buffer_size_limit_bytes"]; !set {
		rep["buffer_size_limit_bytes"] = DefaultDecisionLogBufferBytes
	}
}

// BundleStatus is what Status reports for one configured bundle.
type BundleStatus struct {
	Name string `json:"name"`
	// Revision is the manifest revision the engine serves ("" before the first activation).
	Revision string `json:"revision"`
	// LastDownload and LastActivation are zero until the first success.
	LastDownload   time.Time `json:"last_successful_download"`
	LastActivation time.Time `json:"last_successful_activation"`
	// LastError is the error of the latest attempt ("" when it succeeded or found the
	// bundle unchanged): download, signature, OPA's activation or this engine's compile.
	LastError   string `json:"last_error"`
	Activations int    `json:"activations"`
}

// controlPlane runs OPA's plugin manager (bundle, decision-log and status plugins) for
// an engine made by FromConfig.
type controlPlane struct {
	manager *plugins.Manager
	logs    *logs.Plugin // nil unless decision_logs is configured
	// metrics: the plugins' counters (DecisionLogStats reads the decision logs' drops).
	metrics metrics.Metrics
	names   []string // configured bundle names, sorted
	// logTimeout bounds the decision-log plugin's mask and drop policies (the engine's timeout).
	logTimeout time.Duration

	paths  sync.Map // query -> loggedPath, for decision logs
	nPaths atomic.Int64

	mu     sync.Mutex
	status map[string]*BundleStatus
	// seen: the last activation of OPA's plugin handled, per bundle; refused: why the
	// engine did not compile it ("" once a later one compiled), reported until then.
	seen     map[string]time.Time
	refused  map[string]string
	ready    chan struct{} // closed once every bundle has been activated
	isReady  bool
	stopOnce sync.Once
}

// FromConfig returns an engine whose policies and data come from OPA's control plane,
// configured by config: OPA's own configuration document (JSON or YAML, what `opa run
// --config-file` takes: services, bundles, decision_logs, status, labels, keys). OPA's
// plugin manager downloads, verifies and activates the bundles; each activation
// compiles the engine's state again and swaps it in atomically (Wasm queries and the
// decision cache included, as LoadBundle does). A bundle that fails to download,
// verify or compile leaves the last good state serving; Status reports it. Until every
// configured bundle has been activated, evaluations fail with ErrNotReady.
//
// Every evaluation is handed to OPA's decision-log plugin when decision_logs is
// configured (masking and drop rules are OPA's). ctx bounds only the start of the
// plugins; call Close to stop them. Nothing reaches the network beyond what config
// names. discovery and custom plugins are refused.
func FromConfig(ctx context.Context, config []byte, opts ...Option) (_ *Engine, err error) {
	defer recoverInternal(&err)
	var doc map[string]any
	if err := util.Unmarshal(config, &doc); err != nil || doc == nil {
		return nil, invalidInput("control-plane config is not a JSON or YAML object: %v", err)
	}
	for _, k := range []string{"discovery", "plugins", "bundle"} {
		if _, ok := doc[k]; ok {
			return nil, invalidInput("control-plane config: %q is not supported", k)
		}
	}
	bundles, _ := doc["bundles"].(map[string]any)
	if len(bundles) == 0 {
		return nil, invalidInput("control-plane config: no bundles configured")
	}
	boundDecisionLogBuffer(doc)
	if config, err = json.Marshal(doc); err != nil {
		return nil, invalidInput("control-plane config: %v", err)
	}
	e := New(opts...)
	popts := ast.ParserOptions{RegoVersion: e.env.cfg.regoVersion, Capabilities: e.env.caps, ProcessAnnotation: true}
	// The instance id is the "id" label of status reports and decision logs: one per
	// engine, as each OPA has its own, so a fleet's entries can be told apart.
	m, err := plugins.New(config, uuid.NewString(), inmem.New(),
		plugins.Logger(logging.NewNoOpLogger()), plugins.WithParserOptions(popts))
	if err != nil {
		return nil, invalidInput("control-plane config: %v", err)
	}
	// discovery.New registers the bundle, decision-log and status plugins the config
	// asks for, exactly as `opa run` does.
	// With a metrics provider, OPA's plugins count what they drop (DecisionLogStats).
	counters := metrics.New()
	if _, err := discovery.New(m, discovery.Metrics(counters)); err != nil {
		return nil, invalidInput("control-plane config: %v", err)
	}
	cp := &controlPlane{manager: m, logs: logs.Lookup(m), metrics: counters, logTimeout: e.env.cfg.timeout, status: map[string]*BundleStatus{},
		seen: map[string]time.Time{}, refused: map[string]string{}, ready: make(chan struct{})}
	bp := bundle.Lookup(m)
	if bp == nil {
		return nil, invalidInput("control-plane config: no bundles configured")
	}
	cp.names = slices.Sorted(maps.Keys(bp.Config().Bundles))
	for _, n := range cp.names {
		cp.status[n] = &BundleStatus{Name: n}
	}
	// Nobody else holds e yet: its empty state becomes the fail-closed one.
	e.state.Load().notReady = true
	e.cp = cp
	// The listener runs under the bundle plugin's lock after each attempt, so
	// activations reach the engine one at a time and in order.
	bp.Register("sark-accel", func(s bundle.Status) { e.onBundleStatus(s) })
	if err := m.Start(ctx); err != nil {
		m.Stop(context.Background())
		return nil, fmt.Errorf("control plane did not start: %w", err)
	}
	return e, nil
}

// onBundleStatus records an attempt of the bundle plugin and, when it activated a
// new bundle, compiles the engine's state from OPA's store.
func (e *Engine) onBundleStatus(s bundle.Status) {
	cp := e.cp
	cp.mu.Lock()
	st, seen := cp.status[s.Name], cp.seen[s.Name]
	cp.mu.Unlock()
	if st == nil {
		return
	}
	var downloadErr string
	if s.Code != "" || s.Message != "" {
		downloadErr = s.Message
		if s.Code != "" {
			downloadErr = s.Code + ": " + s.Message
		}
		for _, x := range s.Errors {
			downloadErr += "; " + x.Error()
		}
	}
	// A new activation by OPA's plugin (it activates only what downloaded, verified
	// and compiled for OPA) is compiled by the engine once.
	fresh := !s.LastSuccessfulActivation.IsZero() && s.LastSuccessfulActivation.After(seen)
	var compileErr error
	if fresh {
		compileErr = e.applyStore()
	}
	cp.mu.Lock()
	defer cp.mu.Unlock()
	if fresh {
		cp.seen[s.Name] = s.LastSuccessfulActivation
		if compileErr != nil {
			cp.refused[s.Name] = "revision " + s.ActiveRevision + " not compiled by the engine: " + compileErr.Error()
		} else {
			cp.refused[s.Name] = ""
			st.Revision = s.ActiveRevision
			st.LastActivation = s.LastSuccessfulActivation
			st.Activations++
		}
	}
	st.LastDownload = s.LastSuccessfulDownload
	st.LastError = downloadErr
	if st.LastError == "" {
		st.LastError = cp.refused[s.Name]
	}
	if !cp.isReady && !slices.ContainsFunc(cp.names, func(n string) bool { return cp.status[n].Activations == 0 }) {
		cp.isReady = true
		close(cp.ready)
	}
}

// applyStore compiles the policies and data OPA's store holds now into a new state.
func (e *Engine) applyStore() error {
	m := e.cp.manager
	ctx := context.Background()
	src := &sources{policies: map[string]*ast.Module{}, bundles: map[string]*loadedBundle{}}
	err := storage.Txn(ctx, m.Store, storage.TransactionParams{}, func(txn storage.Transaction) error {
		// The raw module texts, parsed again as OPA does when it loads its store:
		// the modules of OPA's compiler are already rewritten by its compile stages.
		ids, err := m.Store.ListPolicies(ctx, txn)
		if err != nil {
			return err
		}
		for _, id := range ids {
			mod, err := e.parseStored(ctx, m.Store, txn, id)
			if err != nil {
				return err
			}
			src.policies[id] = mod
		}
		names, err := opabundle.ReadBundleNamesFromStore(ctx, m.Store, txn)
		if err != nil && !storage.IsNotFound(err) {
			return err
		}
		for _, n := range names {
			rev, _ := opabundle.ReadBundleRevisionFromStore(ctx, m.Store, txn, n)
			// Roots are OPA's to check (it refuses overlaps); the engine only reports revisions.
			src.bundles[n] = &loadedBundle{path: n, revision: rev}
		}
		v, err := m.Store.Read(ctx, txn, storage.RootPath)
		if err != nil {
			return err
		}
		data, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("data document is a %T", v)
		}
		// OPA's store changes its maps in place on the next activation; the engine's
		// states must not.
		src.data = copyJSON(data).(map[string]any)
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading the activated bundles: %w", err)
	}
	return e.apply(func(s *sources) error {
		*s = *src
		return nil
	})
}

// parseStored parses the module id of OPA's store with the Rego version OPA recorded
// for it (bundles may mix versions), checking rule sizes as LoadPolicy does.
func (e *Engine) parseStored(ctx context.Context, store storage.Store, txn storage.Transaction, id string) (*ast.Module, error) {
	bs, err := store.GetPolicy(ctx, txn, id)
	if err != nil {
		return nil, err
	}
	popts := ast.ParserOptions{RegoVersion: e.env.cfg.regoVersion, Capabilities: e.env.caps, ProcessAnnotation: true}
	path := append(storage.Path{}, opabundle.ModulesInfoBasePath...)
	path = append(path, strings.Trim(id, "/"), "rego_version")
	if v, err := store.Read(ctx, txn, path); err == nil {
		if n, ok := v.(json.Number); ok {
			if i, err := n.Int64(); err == nil {
				popts.RegoVersion = ast.RegoVersionFromInt(int(i))
			}
		}
	}
	mod, err := ast.ParseModuleWithOpts(id, string(bs), popts)
	if err != nil {
		return nil, compileErrorFrom(err)
	}
	if err := checkRuleSizes(id, mod, e.env.cfg.maxRuleTerms); err != nil {
		return nil, err
	}
	return mod, nil
}

// Status reports each configured bundle, sorted by name; nil for an engine not made by
// FromConfig.
func (e *Engine) Status() []BundleStatus {
	if e.cp == nil {
		return nil
	}
	e.cp.mu.Lock()
	defer e.cp.mu.Unlock()
	out := make([]BundleStatus, 0, len(e.cp.names))
	for _, n := range e.cp.names {
		out = append(out, *e.cp.status[n])
	}
	return out
}

// WaitReady blocks until every configured bundle has been activated once (nil), or ctx
// ends (ErrNotReady). An engine not made by FromConfig is always ready.
func (e *Engine) WaitReady(ctx context.Context) error {
	if e.cp == nil {
		return nil
	}
	select {
	case <-e.cp.ready:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%w: %w", ErrNotReady, ctx.Err())
	}
}

// Close stops the control plane of an engine made by FromConfig: polling ends and
// buffered decision logs get a last upload attempt, bounded by ctx. The engine keeps
// answering with the last activated state. A no-op for other engines.
func (e *Engine) Close(ctx context.Context) {
	if e.cp == nil {
		return
	}
	e.cp.stopOnce.Do(func() { e.cp.manager.Stop(ctx) })
}

// copyJSON copies the objects and arrays of a decoded JSON value.
func copyJSON(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, y := range x {
			out[k] = copyJSON(y)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, y := range x {
			out[i] = copyJSON(y)
		}
		return out
	}
	return v
}
