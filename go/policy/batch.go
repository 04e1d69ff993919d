package policy

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// BatchResult is one element of EvaluateBatch: Err is set, or Result is.
type BatchResult struct {
	Result Result
	Err    error
}

// EvaluateBatch evaluates query once per input (nil or empty: no input) in
// parallel goroutines, at most GOMAXPROCS (or WithBatchWorkers) at a time, all on
// the same policy revision. Results are in input order; each has its own timeout
// and its own error. The error return is for problems of the whole batch: a query
// that does not compile.
func (e *Engine) EvaluateBatch(ctx context.Context, query string, inputs [][]byte) ([]BatchResult, error) {
	st := e.state.Load()
	if st.notReady {
		return nil, ErrNotReady
	}
	if _, err := st.prepared(query); err != nil {
		return nil, err
	}
	out := make([]BatchResult, len(inputs))
	workers := e.env.cfg.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(inputs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(inputs) {
					return
				}
				out[i].Result, out[i].Err = e.evaluateLogged(ctx, st, query, inputs[i])
			}
		})
	}
	wg.Wait()
	return out, nil
}

// evaluateLogged is evaluateOne, logged when the engine has decision logs.
func (e *Engine) evaluateLogged(ctx context.Context, st *compiledState, query string, input []byte) (Result, error) {
	if e.cp == nil || e.cp.logs == nil {
		return e.evaluateOne(ctx, st, query, input)
	}
	start, m := time.Now(), startMetrics()
	r, err := e.evaluateOne(ctx, st, query, input)
	e.cp.logDecision(ctx, st, query, e.loggedInput(input, err), nil, r, err, start, stopMetrics(m))
	return r, err
}

// evaluateOne is one batch element; a panic stays inside its element (a panic
// on a worker goroutine would otherwise end the process).
func (e *Engine) evaluateOne(ctx context.Context, st *compiledState, query string, input []byte) (_ Result, err error) {
	defer recoverInternal(&err)
	in, err := parseInput(input, e.env.cfg.maxInputBytes, e.env.cfg.maxInputDepth, e.cache != nil, st.wasm.serves(query))
	if err != nil {
		return Result{}, err
	}
	return e.evaluateParsed(ctx, st, query, &in)
}
