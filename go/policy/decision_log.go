package policy

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/metrics"
	"github.com/open-policy-agent/opa/v1/server"
	"github.com/open-policy-agent/opa/v1/util"
)

// decisionPath is what OPA's server logs for a query: "sark/gateway/decision" for the
// reference data.sark.gateway.decision (ok), or nothing for any other query.
func decisionPath(query string) (string, bool) {
	ref, err := ast.ParseRef(query)
	if err != nil || len(ref) == 0 || !ref[0].Equal(ast.DefaultRootDocument) {
		return "", false
	}
	parts := make([]string, 0, len(ref)-1)
	for _, t := range ref[1:] {
		s, ok := t.Value.(ast.String)
		if !ok {
			return "", false
		}
		parts = append(parts, string(s))
	}
	return strings.Join(parts, "/"), true
}

// maxLoggedPaths bounds the remembered query -> path answers (queries are few in practice).
const maxLoggedPaths = 1024

type loggedPath struct {
	path string
	ok   bool
}

// pathOf is decisionPath, remembered per query: parsing a reference costs more than
// the rest of a log entry.
func (cp *controlPlane) pathOf(query string) (string, bool) {
	if v, ok := cp.paths.Load(query); ok {
		p := v.(loggedPath)
		return p.path, p.ok
	}
	path, ok := decisionPath(query)
	if cp.nPaths.Load() < maxLoggedPaths {
		if _, loaded := cp.paths.LoadOrStore(query, loggedPath{path, ok}); !loaded {
			cp.nPaths.Add(1)
		}
	}
	return path, ok
}

// logDecision hands one evaluation to OPA's decision-log plugin, in OPA's event format;
// the plugin applies the mask and drop rules, buffers and uploads. input is the decoded
// input (nil: none or undecodable), inputAST the same as an AST value when the caller
// has it.
func (cp *controlPlane) logDecision(ctx context.Context, st *compiledState, query string, input *any, inputAST ast.Value,
	r Result, evalErr error, start time.Time, m metrics.Metrics) {
	info := &server.Info{
		DecisionID: uuid.NewString(),
		Timestamp:  start.UTC(),
		Input:      input,
		InputAST:   inputAST,
		Metrics:    m,
		Error:      evalErr,
		Bundles:    make(map[string]server.BundleInfo, len(st.src.bundles)),
	}
	if path, ok := cp.pathOf(query); ok {
		info.Path = path
	} else {
		info.Query = query
	}
	for name, b := range st.src.bundles {
		info.Bundles[name] = server.BundleInfo{Revision: b.revision}
	}
	if r.Defined {
		var v any
		if err := util.UnmarshalJSON(r.JSON, &v); err == nil {
			info.Results = &v
		}
	}
	// The mask and drop policies run inside Log: the engine's timeout bounds them too (an
	// entry whose masking fails or times out is dropped by the plugin, never sent unmasked).
	if cp.logTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, cp.logTimeout)
		defer cancel()
	}
	// The plugin reports its own failures through its status; an evaluation is never
	// failed because its log entry could not be written.
	_ = cp.logs.Log(ctx, info)
}

// startMetrics starts the evaluation timer OPA's server reports in its log entries.
func startMetrics() metrics.Metrics {
	m := metrics.New()
	m.Timer(metrics.RegoQueryEval).Start()
	return m
}

func stopMetrics(m metrics.Metrics) metrics.Metrics {
	m.Timer(metrics.RegoQueryEval).Stop()
	return m
}

// loggedInput decodes an input text for the log: nil for no input, and for an input the
// evaluation refused (not JSON, too large, too deep), which is not decoded a second time.
func (e *Engine) loggedInput(inputJSON []byte, evalErr error) *any {
	if len(trimSpace(inputJSON)) == 0 || len(inputJSON) > e.env.cfg.maxInputBytes || errors.Is(evalErr, ErrInvalidInput) {
		return nil
	}
	var v any
	if err := util.UnmarshalJSON(inputJSON, &v); err != nil {
		return nil
	}
	return &v
}
