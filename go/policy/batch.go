package policy

import (
	"bytes"
	"context"
	"encoding/json"
	"runtime"
	"sync"
	"sync/atomic"
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
				out[i].Result, out[i].Err = e.evaluateOne(ctx, st, query, inputs[i])
			}
		})
	}
	wg.Wait()
	return out, nil
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

// EvaluateMany is the JSON-level batch call. inputsJSONArray is a JSON array of
// inputs (each element is the `input` document; null is a null input). It returns a
// JSON array with one element per input, in order:
//
//	{"result": <value>}                                  defined
//	{}                                                   undefined
//	{"error": {"kind": "policy_timeout", "message": "..."}} per-input error (see ErrorJSON)
//
// The error return covers the whole call: ErrInvalidInput if the argument is not a
// JSON array, *CompileError if the query does not compile.
func (e *Engine) EvaluateMany(ctx context.Context, query string, inputsJSONArray []byte) ([]byte, error) {
	trimmed := trimSpace(inputsJSONArray)
	if len(trimmed) == 0 || trimmed[0] != '[' {
		return nil, invalidInput("batch input must be a JSON array")
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(trimmed, &raws); err != nil {
		return nil, invalidInput("batch input is not a valid JSON array: %v", err)
	}
	inputs := make([][]byte, len(raws))
	for i, r := range raws {
		inputs[i] = r
	}
	results, err := e.EvaluateBatch(ctx, query, inputs)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.WriteByte('[')
	for i, r := range results {
		if i > 0 {
			buf.WriteByte(',')
		}
		switch {
		case r.Err != nil:
			buf.WriteString(`{"error":`)
			buf.Write(ErrorJSON(r.Err))
			buf.WriteByte('}')
		case r.Result.Defined:
			buf.WriteString(`{"result":`)
			buf.Write(r.Result.JSON)
			buf.WriteByte('}')
		default:
			buf.WriteString(`{}`)
		}
	}
	buf.WriteByte(']')
	return buf.Bytes(), nil
}
