package wasmeval

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"strconv"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/metrics"
	"github.com/open-policy-agent/opa/v1/topdown"
	"github.com/open-policy-agent/opa/v1/topdown/builtins"
	"github.com/open-policy-agent/opa/v1/topdown/print"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
)

// Errors raised inside host functions travel back through wazero as panics
// and come out of api.Function.Call wrapped; errors.As recovers them.

// AbortError is an error the policy module raised itself through opa_abort,
// e.g. conflicting outputs of a complete rule or function.
type AbortError struct{ Message string }

func (e *AbortError) Error() string { return "wasmeval: policy aborted: " + e.Message }

// BuiltinError is a halting error of a host builtin (with topdown's semantics,
// non-halting builtin errors make the call undefined instead).
type BuiltinError struct {
	Name string
	Err  error
}

func (e *BuiltinError) Error() string { return "wasmeval: builtin " + e.Name + ": " + e.Err.Error() }
func (e *BuiltinError) Unwrap() error { return e.Err }

type interruptedError struct{ err error }

func (e *interruptedError) Error() string {
	return "wasmeval: evaluation interrupted: " + e.err.Error()
}
func (e *interruptedError) Unwrap() error { return e.err }

// evalKey finds the running evaluation from a host function: wazero hands the
// context given to api.Function.Call to the host functions it calls.
type evalKey struct{}

// evalState is the per-evaluation state the host functions need.
type evalState struct {
	ctx  context.Context
	inst *instance
	bctx *topdown.BuiltinContext
	stop func()
	now  time.Time
}

func (s *evalState) builtinContext() *topdown.BuiltinContext {
	if s.bctx != nil {
		return s.bctx
	}
	now := s.now
	if now.IsZero() {
		now = time.Now()
	}
	s.bctx = &topdown.BuiltinContext{
		Context:      s.ctx,
		Metrics:      metrics.New(),
		Seed:         rand.Reader,
		Time:         ast.NumberTerm(json.Number(strconv.FormatInt(now.UnixNano(), 10))),
		Cancel:       topdown.NewCancel(),
		Cache:        make(builtins.Cache),
		Capabilities: s.inst.ev.caps,
		PrintHook:    s.inst.ev.print,
	}
	// A Go builtin cannot be preempted by wazero's close-on-context-done;
	// builtins that loop cooperate through topdown.Cancel instead. context.AfterFunc
	// starts no goroutine unless ctx ends: a goroutine per evaluation woke a second
	// OS thread twice per call (issue 20).
	if s.ctx.Done() != nil {
		stop := context.AfterFunc(s.ctx, s.bctx.Cancel.Cancel)
		s.stop = func() { stop() }
	}
	return s.bctx
}

func (s *evalState) finish() {
	if s.stop != nil {
		s.stop()
	}
}

func stateOf(ctx context.Context) *evalState {
	s, _ := ctx.Value(evalKey{}).(*evalState)
	if s == nil {
		panic(errors.New("wasmeval: host function called outside an evaluation"))
	}
	return s
}

var i32 = api.ValueTypeI32

// instantiateHost registers the "env" host module that every policy instance
// of the runtime imports its functions from.
func instantiateHost(ctx context.Context, r wazero.Runtime) error {
	b := r.NewHostModuleBuilder("env")
	b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(opaAbort), []api.ValueType{i32}, nil).Export("opa_abort")
	b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(opaPrintln), []api.ValueType{i32}, nil).Export("opa_println")
	for n := range 5 {
		params := make([]api.ValueType, 2+n)
		for i := range params {
			params[i] = i32
		}
		b.NewFunctionBuilder().WithGoModuleFunction(api.GoModuleFunc(opaBuiltin), params, []api.ValueType{i32}).
			Export("opa_builtin" + strconv.Itoa(n))
	}
	_, err := b.Instantiate(ctx)
	return err
}

func cString(mem api.Memory, addr uint32) (string, bool) {
	size := mem.Size()
	if addr >= size {
		return "", false
	}
	data, ok := mem.Read(addr, size-addr)
	if !ok {
		return "", false
	}
	n := bytes.IndexByte(data, 0)
	if n < 0 {
		return "", false
	}
	return string(data[:n]), true
}

func opaAbort(_ context.Context, m api.Module, stack []uint64) {
	msg, ok := cString(m.Memory(), api.DecodeU32(stack[0]))
	if !ok {
		msg = "(unreadable abort message)"
	}
	panic(&AbortError{Message: msg})
}

func opaPrintln(ctx context.Context, m api.Module, stack []uint64) {
	s := stateOf(ctx)
	msg, ok := cString(m.Memory(), api.DecodeU32(stack[0]))
	if ok && s.inst.ev.print != nil {
		_ = s.inst.ev.print.Print(print.Context{Context: s.ctx}, msg)
	}
}

// opaBuiltin serves opa_builtin0..4: stack is (id, reserved ctx, args...).
func opaBuiltin(ctx context.Context, _ api.Module, stack []uint64) {
	s := stateOf(ctx)
	inst := s.inst
	id := api.DecodeI32(stack[0])
	if id == checkBuiltinID { // the loop check of instrument.go
		if err := s.ctx.Err(); err != nil {
			panic(&interruptedError{err})
		}
		stack[0] = 0
		return
	}
	hb, ok := inst.ev.builtins[id]
	if !ok {
		panic(&AbortError{Message: "unknown builtin id " + strconv.Itoa(int(id))})
	}
	args := make([]*ast.Term, 0, len(stack)-2)
	for _, a := range stack[2:] {
		t, err := inst.valueToTerm(ctx, api.DecodeU32(a))
		if err != nil {
			panic(&BuiltinError{Name: hb.name, Err: err})
		}
		args = append(args, t)
	}
	var out *ast.Term
	err := hb.fn(*s.builtinContext(), args, func(t *ast.Term) error {
		out = t
		return nil
	})
	if err != nil {
		var halt topdown.Halt
		if errors.As(err, &halt) {
			panic(&BuiltinError{Name: hb.name, Err: err})
		}
		if inst.ev.strictBuiltinErrors {
			panic(&BuiltinError{Name: hb.name, Err: err})
		}
		out = nil // topdown's non-strict mode: a builtin error is undefined
	}
	if out == nil {
		stack[0] = 0
		return
	}
	addr, err := inst.termToValue(ctx, out)
	if err != nil {
		panic(&BuiltinError{Name: hb.name, Err: err})
	}
	stack[0] = api.EncodeU32(addr)
}
