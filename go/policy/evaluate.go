package policy

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/metrics"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
)

// Result of one evaluation. Defined is false when the query is undefined (no
// rule matched, no default); JSON is then nil. A defined false or null has
// Defined true and JSON "false" / "null".
type Result struct {
	Defined bool
	JSON    []byte
	// Revision is the policy revision the result was computed on.
	Revision uint64
}

func (r Result) clone() Result {
	if r.JSON != nil {
		r.JSON = append([]byte(nil), r.JSON...)
	}
	return r
}

// rawTerm keeps OPA from converting each result into map[string]any; the term is
// serialised once, straight to JSON, in astjson.Marshal.
func rawTerm(t *ast.Term, _ *rego.EvalContext) (any, error) { return t, nil }

var noopMetrics = metrics.NoOp()

// Evaluate runs query (e.g. "data.sark.gateway.decision") with inputJSON as
// `input`; nil or empty inputJSON means no input. The result is the value of the
// query's expression (for a query of several expressions, the last one); a query
// that yields several result rows (e.g. `data.roles[_]`) is an *EvalError.
//
// Errors: *CompileError (query does not compile), ErrInvalidInput, ErrTimeout,
// ErrCanceled, *EvalError.
func (e *Engine) Evaluate(ctx context.Context, query string, inputJSON []byte) (Result, error) {
	st := e.state.Load()
	if e.cp == nil || e.cp.logs == nil {
		return e.evaluate(ctx, st, query, inputJSON)
	}
	start, m := time.Now(), startMetrics()
	r, err := e.evaluate(ctx, st, query, inputJSON)
	e.cp.logDecision(ctx, st, query, e.loggedInput(inputJSON, err), nil, r, err, start, stopMetrics(m))
	return r, err
}

func (e *Engine) evaluate(ctx context.Context, st *compiledState, query string, inputJSON []byte) (_ Result, err error) {
	defer recoverInternal(&err)
	if st.notReady {
		return Result{}, ErrNotReady
	}
	// With a decision cache, the exact input text is tried first: a repeated request
	// then costs one lookup, without parsing the input or building its canonical key.
	var rawKey string
	if e.cache != nil && len(inputJSON) <= e.env.cfg.maxInputBytes {
		rawKey = rawCacheKey(st.revision, query, inputJSON)
		if r, ok := e.cache.get(rawKey); ok {
			return r, nil
		}
	}
	in, err := parseInput(inputJSON, e.env.cfg.maxInputBytes, e.env.cfg.maxInputDepth, e.cache != nil, st.wasm.serves(query))
	if err != nil {
		return Result{}, err
	}
	r, err := e.evaluateParsed(ctx, st, query, &in)
	if err == nil && rawKey != "" {
		e.cache.add(rawKey, r)
	}
	return r, err
}

// EvaluateValue is Evaluate for an input that is already an OPA AST value
// (nil: no input), for Go callers that build input without JSON.
func (e *Engine) EvaluateValue(ctx context.Context, query string, input ast.Value) (Result, error) {
	st := e.state.Load()
	if e.cp == nil || e.cp.logs == nil {
		return e.evaluateValue(ctx, st, query, input)
	}
	start, m := time.Now(), startMetrics()
	r, err := e.evaluateValue(ctx, st, query, input)
	var in *any
	if input != nil {
		if v, err := ast.JSON(input); err == nil {
			in = &v
		}
	}
	e.cp.logDecision(ctx, st, query, in, input, r, err, start, stopMetrics(m))
	return r, err
}

func (e *Engine) evaluateValue(ctx context.Context, st *compiledState, query string, input ast.Value) (Result, error) {
	if st.notReady {
		return Result{}, ErrNotReady
	}
	in := parsedInput{present: input != nil, value: input}
	if e.cache != nil && input != nil {
		in.key = string(appendCanonical(nil, input))
	}
	return e.evaluateParsed(ctx, st, query, &in)
}

func (e *Engine) evaluateParsed(ctx context.Context, st *compiledState, query string, in *parsedInput) (res Result, err error) {
	// A panic inside OPA must not take down the host process (the Python
	// binding cannot recover it, and EvaluateMany runs on its own goroutines).
	defer recoverInternal(&err)
	var key string
	if e.cache != nil {
		key = cacheKey(st.revision, query, in)
		if r, ok := e.cache.get(key); ok {
			return r, nil
		}
	}
	// Preparing a query (once per policy revision) does not count against the
	// evaluation timeout.
	w := st.wasm.acquire(query)
	if w != nil {
		defer st.wasm.release()
	}
	var pq rego.PreparedEvalQuery
	if w == nil {
		if pq, err = st.prepared(query); err != nil {
			return Result{}, err
		}
	}
	if err := ctx.Err(); err != nil {
		return Result{}, contextError(err)
	}
	if e.env.cfg.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, e.env.cfg.timeout)
		defer cancel()
	}
	var r Result
	if w != nil {
		r, err = e.evalWasm(ctx, st, w, in)
	} else {
		r, err = e.eval(ctx, st, pq, in)
	}
	if err != nil {
		return Result{}, err
	}
	if e.cache != nil {
		e.cache.add(key, r)
	}
	return r, nil
}

// eval runs a prepared query; ctx carries the evaluation timeout already.
func (e *Engine) eval(ctx context.Context, st *compiledState, pq rego.PreparedEvalQuery, in *parsedInput) (Result, error) {
	// OPA would start a goroutine per evaluation to watch ctx; context.AfterFunc
	// triggers the same cancellation without one.
	cancelEval := topdown.NewCancel()
	stop := context.AfterFunc(ctx, cancelEval.Cancel)
	defer stop()

	opts := []rego.EvalOption{
		rego.EvalMetrics(noopMetrics),
		rego.EvalExternalCancel(cancelEval),
		rego.EvalGenerateJSON(rawTerm),
	}
	if in.present {
		v, err := in.astValue()
		if err != nil {
			return Result{}, err
		}
		opts = append(opts, rego.EvalParsedInput(v))
	}
	rs, err := pq.Eval(ctx, opts...)
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return Result{}, contextError(ctxErr)
		}
		return Result{}, evalErrorFrom(err)
	}
	switch len(rs) {
	case 0:
		return Result{Revision: st.revision}, nil
	case 1:
	default:
		return Result{}, &EvalError{Message: fmt.Sprintf(
			"query produced %d results; use a query with a single result, e.g. a rule reference", len(rs))}
	}
	exprs := rs[0].Expressions
	if len(exprs) == 0 {
		return Result{}, &EvalError{Message: "query produced no expression value"}
	}
	t, ok := exprs[len(exprs)-1].Value.(*ast.Term)
	if !ok {
		return Result{}, &EvalError{Message: fmt.Sprintf("unexpected result type %T", exprs[len(exprs)-1].Value)}
	}
	out, err := astjson.Marshal(t.Value)
	if err != nil {
		return Result{}, &EvalError{Message: err.Error()}
	}
	return Result{Defined: true, JSON: out, Revision: st.revision}, nil
}

func contextError(err error) error {
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%w: %w", ErrTimeout, err)
	}
	return fmt.Errorf("%w: %w", ErrCanceled, err)
}

// evalErrorFrom converts OPA evaluation errors (topdown.Error and lists of them)
// into *EvalError.
func evalErrorFrom(err error) error {
	var te *topdown.Error
	if errors.As(err, &te) {
		ee := &EvalError{Code: te.Code, Message: te.Message}
		if te.Location != nil {
			ee.Location = &Location{File: te.Location.File, Row: te.Location.Row, Col: te.Location.Col}
		}
		return ee
	}
	var astErrs ast.Errors
	if errors.As(err, &astErrs) {
		return compileErrorFrom(err)
	}
	return &EvalError{Message: err.Error()}
}
