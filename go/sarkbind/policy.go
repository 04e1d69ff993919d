package sarkbind

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"sync"
	"time"

	"github.com/sark-accel/sark-accel/go/policy"
)

type boundPolicy struct {
	e     *policy.Engine
	print *printBuffer // nil unless print capture was asked for
}

var policies = newRegistry[*boundPolicy]("policy engine")

// policyConfig is the JSON PolicyNew takes; zero values mean the engine's defaults.
type policyConfig struct {
	TimeoutNs           int64    `json:"timeout_ns"`
	RegoVersion         string   `json:"rego_version"` // "v1" (default) or "v0"
	AllowNetwork        bool     `json:"allow_network"`
	NetworkHosts        []string `json:"network_hosts"`
	DecisionCacheSize   int      `json:"decision_cache_size"`
	DecisionCacheTTLNs  int64    `json:"decision_cache_ttl_ns"`
	StrictBuiltinErrors bool     `json:"strict_builtin_errors"`
	CapturePrint        bool     `json:"capture_print"`
	WasmQueries         []string `json:"wasm_queries"` // see policy.WithWasmQueries
	MaxInputDepth       int      `json:"max_input_depth"`
	MaxRuleTerms        int      `json:"max_rule_terms"`
}

// policyKind maps a go/policy error to its row of the kind table (kinds.go).
func policyKind(err error) string {
	var ce *policy.CompileError
	var ee *policy.EvalError
	switch {
	case errors.Is(err, policy.ErrNetworkDisabled):
		return kindPolicyNetworkDisabled
	case errors.As(err, &ce):
		return kindPolicyCompile
	case errors.Is(err, policy.ErrTimeout), errors.Is(err, policy.ErrCanceled):
		return kindPolicyTimeout
	case errors.As(err, &ee):
		return kindPolicyEval
	case errors.Is(err, policy.ErrNotReady):
		return kindPolicyNotReady
	case errors.Is(err, policy.ErrNotFound):
		return kindNotFound
	case errors.Is(err, policy.ErrInvalidInput):
		return kindInvalidArgument
	}
	return kindInternal
}

// policyError tags a go/policy error with its kind. Compile errors carry JSON
// {"message", "errors": [{"file","row","col","message"}]}.
func policyError(err error) error {
	if err == nil {
		return nil
	}
	kind := policyKind(err)
	if kind != kindPolicyCompile && kind != kindPolicyNetworkDisabled {
		return withKind(kind, err)
	}
	var ce *policy.CompileError
	body := struct {
		Message string            `json:"message"`
		Errors  []policy.Location `json:"errors"`
	}{Message: err.Error()}
	if errors.As(err, &ce) {
		body.Errors = ce.Errors
	}
	b, _ := json.Marshal(body)
	return &kindError{kind: kind, err: errors.New(string(b))}
}

// PolicyNew creates an embedded OPA engine from a policyConfig JSON.
func PolicyNew(configJSON string) (h int64, err error) {
	defer guard(&err)
	opts, bp, err := policyOptions(configJSON)
	if err != nil {
		return 0, err
	}
	bp.e = policy.New(opts...)
	return policies.add(bp), nil
}

// policyOptions decodes a policyConfig JSON into the engine's options.
func policyOptions(configJSON string) ([]policy.Option, *boundPolicy, error) {
	var cfg policyConfig
	dec := json.NewDecoder(bytes.NewReader([]byte(configJSON)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return nil, nil, invalidf("policy engine config: %v", err)
	}
	opts := []policy.Option{policy.WithBatchWorkers(cores)} // not GOMAXPROCS, raised above the cores (procs.go)
	if cfg.TimeoutNs != 0 {
		opts = append(opts, policy.WithTimeout(time.Duration(cfg.TimeoutNs)))
	}
	switch cfg.RegoVersion {
	case "", "v1":
	case "v0":
		opts = append(opts, policy.WithRegoV0())
	default:
		return nil, nil, invalidf("rego_version must be \"v0\" or \"v1\", got %q", cfg.RegoVersion)
	}
	if cfg.AllowNetwork {
		opts = append(opts, policy.WithNetworkAccess(cfg.NetworkHosts...))
	}
	if cfg.DecisionCacheSize > 0 {
		opts = append(opts, policy.WithDecisionCache(cfg.DecisionCacheSize, time.Duration(cfg.DecisionCacheTTLNs)))
	}
	if cfg.MaxRuleTerms != 0 {
		opts = append(opts, policy.WithMaxRuleTerms(cfg.MaxRuleTerms))
	}
	if cfg.MaxInputDepth != 0 {
		opts = append(opts, policy.WithMaxInputDepth(cfg.MaxInputDepth))
	}
	if cfg.StrictBuiltinErrors {
		opts = append(opts, policy.WithStrictBuiltinErrors(true))
	}
	if len(cfg.WasmQueries) > 0 {
		if cfg.AllowNetwork {
			return nil, nil, invalidf("wasm_queries cannot be combined with allow_network")
		}
		for _, q := range cfg.WasmQueries {
			if err := policy.CheckWasmQuery(q); err != nil {
				return nil, nil, invalidf("%v", err)
			}
		}
		opts = append(opts, policy.WithWasmQueries(cfg.WasmQueries...))
	}
	bp := &boundPolicy{}
	if cfg.CapturePrint {
		bp.print = &printBuffer{limit: 1 << 20}
		opts = append(opts, policy.WithPrintOutput(bp.print))
	}
	return opts, bp, nil
}

// PolicyClose forgets an engine; one made by PolicyFromConfig stops polling and gets a last
// decision-log upload, bounded by policyCloseTimeout.
func PolicyClose(h int64) (ok bool, err error) {
	defer guard(&err)
	bp, getErr := policies.get(h)
	if ok = policies.remove(h); ok && getErr == nil {
		ctx, cancel := context.WithTimeout(context.Background(), policyCloseTimeout)
		defer cancel()
		bp.e.Close(ctx)
	}
	return ok, nil
}

// PolicyLoad adds or replaces the module id (compiles the new set; the old one keeps serving on error).
func PolicyLoad(h int64, id, source string) (ok bool, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return false, err
	}
	return true, policyError(bp.e.LoadPolicy(id, source))
}

// PolicyRemove removes the module id.
func PolicyRemove(h int64, id string) (ok bool, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return false, err
	}
	return true, policyError(bp.e.RemovePolicy(id))
}

// PolicyLoadBundle loads (or reloads) the bundle at path: a directory or a .tar.gz.
func PolicyLoadBundle(h int64, path string) (ok bool, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return false, err
	}
	return true, policyError(bp.e.LoadBundle(path))
}

// PolicySetData writes valueJSON at path of the base document ("" replaces all of it).
func PolicySetData(h int64, path, valueJSON string) (ok bool, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return false, err
	}
	return true, policyError(bp.e.SetData(path, []byte(valueJSON)))
}

// PolicyList returns the loaded module ids as a sorted JSON array.
func PolicyList(h int64) (out string, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(bp.e.Policies())
	return string(b), err
}

// PolicyEvaluate evaluates query against inputJSON ("" for no input) and returns the result
// as JSON, or "" when the query is undefined (a JSON text is never empty).
func PolicyEvaluate(h int64, query, inputJSON string) (out string, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return "", err
	}
	r, err := bp.e.Evaluate(context.Background(), query, []byte(inputJSON))
	if err != nil || !r.Defined {
		return "", policyError(err)
	}
	return string(r.JSON), nil
}

// PolicyEvaluateMany evaluates query for every element of the JSON array inputsJSON in
// parallel goroutines; one crossing. Each element of the returned array is {"result": v},
// {} (undefined) or {"error": "sark:<kind>:<text>"}, an error as it would cross alone.
func PolicyEvaluateMany(h int64, query, inputsJSON string) (out string, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return "", err
	}
	var raws []json.RawMessage
	if err := json.Unmarshal([]byte(inputsJSON), &raws); err != nil || raws == nil {
		return "", invalidf("batch input must be a JSON array (%v)", err)
	}
	inputs := make([][]byte, len(raws))
	for i, r := range raws {
		inputs[i] = r
	}
	results, err := bp.e.EvaluateBatch(context.Background(), query, inputs)
	if err != nil {
		return "", policyError(err)
	}
	b := []byte{'['}
	for i, r := range results {
		if i > 0 {
			b = append(b, ',')
		}
		switch {
		case r.Err != nil:
			msg, _ := json.Marshal(policyError(r.Err).Error()) // a string: cannot fail
			b = append(append(append(b, `{"error":`...), msg...), '}')
		case r.Result.Defined:
			b = append(b, `{"result":`...)
			b = append(b, r.Result.JSON...)
			b = append(b, '}')
		default:
			b = append(b, `{}`...)
		}
	}
	return string(append(b, ']')), nil
}

// PolicyWasmStatus returns a JSON object: each query given as wasm_queries -> "wasm", or
// "topdown: <why>" (no module defines the rule yet, or it depends on too many rules).
func PolicyWasmStatus(h int64) (out string, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(bp.e.WasmStatus())
	return string(b), err
}

// PolicyTakePrint returns and clears the print() output captured so far.
func PolicyTakePrint(h int64) (out string, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return "", err
	}
	if bp.print == nil {
		return "", invalidf("print capture is off for this engine (capture_print=True enables it)")
	}
	return bp.print.take(), nil
}

// printBuffer keeps at most limit bytes of print() output; older output is dropped first.
type printBuffer struct {
	mu    sync.Mutex
	buf   []byte
	limit int
}

func (p *printBuffer) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.buf = append(p.buf, b...)
	if over := len(p.buf) - p.limit; over > 0 {
		p.buf = append(p.buf[:0], p.buf[over:]...)
	}
	return len(b), nil
}

func (p *printBuffer) take() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := string(bytes.ToValidUTF8(p.buf, []byte("\uFFFD")))
	p.buf = p.buf[:0]
	return out
}
