// Package wasmeval evaluates a Rego entrypoint compiled to OPA's Wasm target,
// in process, with wazero. go/policy serves the queries given to
// WithWasmQueries (wasm_queries in Python) with it, next to its topdown
// engine: same policies, same builtins (the ones the Wasm runtime does not implement are called back in Go, using
// topdown's own implementations), results byte for byte as the topdown engine
// writes them.
//
// How it works:
//
//   - Compile: OPA's compile package (target "wasm", one entrypoint), no data
//     baked in. Calls to regex/glob builtins are renamed to host copies
//     (DefaultHostBuiltins) because the Wasm runtime recompiles every pattern
//     in every evaluation while topdown caches them.
//   - The module's imported env.memory is turned into a defined, exported
//     memory by rewriting the binary (rewrite.go), so that one shared wazero
//     host module "env" serves the host functions of every instance and
//     instances of one compiled module are anonymous.
//   - Every loop of the module (the rules' and the runtime library's) counts down a global
//     and call the host every 8192 iterations, where the context is checked
//     (instrument.go): a cancelled or expired context stops a running
//     evaluation at a fraction of the cost of wazero's WithCloseOnContextDone.
//   - A pool of instances (GOMAXPROCS by default); each has the data parsed
//     once, and every evaluation (opa_eval) restarts from the heap pointer
//     after the data, so memory does not grow. An instance that failed or was
//     interrupted is closed, not reused. SetData replaces the data without
//     recompiling.
//
// Known differences from topdown (see survey_test.go): arithmetic precision
// (the Wasm runtime's decimals: 1/3 has 18 digits, topdown's 20), number text
// of large results (1.0e+21 vs 1000000000000000000000), floor/ceil of negative
// fractions (topdown's floor(-0.5) is 0), json.marshal keeps the object's key
// order and does not escape <>&. Errors: conflicts and halting builtin errors
// are errors; other builtin errors make the call undefined, as with topdown,
// unless WithStrictBuiltinErrors; an evaluation that needs more memory than
// WithMaxMemoryPages fails with ErrMemoryLimit. Not supported: network builtins (refused at
// compile time unless the capabilities allow them), partial data updates
// (SetData replaces all data), tracing/explain, metrics, the inter-query
// cache, rego.v0 modules untested.
package wasmeval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
	"github.com/open-policy-agent/opa/v1/topdown/print"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/sys"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
)

// Option configures New.
type Option func(*config)

type config struct {
	caps                *ast.Capabilities
	regoVersion         ast.RegoVersion
	poolSize            int
	maxMemoryPages      uint32
	strictBuiltinErrors bool
	print               print.Hook
	now                 func() time.Time
	interrupt           interruptMode
	interpreter         bool // experiments only
	hostBuiltins        []string
	hostBuiltinsSet     bool
}

type interruptMode int

const (
	interruptCountdown interruptMode = iota // instrumented loops (instrument.go)
	interruptWazero                         // wazero's WithCloseOnContextDone: ~3x slower
	interruptNone                           // a running evaluation cannot be stopped
)

func newConfig(opts []Option) config {
	cfg := config{}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.caps == nil {
		cfg.caps = defaultCapabilities()
	}
	if !cfg.hostBuiltinsSet {
		cfg.hostBuiltins = DefaultHostBuiltins
	}
	if cfg.poolSize <= 0 {
		cfg.poolSize = runtime.GOMAXPROCS(0)
	}
	return cfg
}

// WithCapabilities limits the builtins the policy may use (default: all of
// this OPA version's builtins except http.send and net.lookup_ip_addr).
func WithCapabilities(c *ast.Capabilities) Option { return func(o *config) { o.caps = c } }

// DefaultHostBuiltins are builtins that OPA's Wasm runtime implements but
// that wasmeval calls in Go by default: the Wasm runtime compiles regular
// expressions and globs again in every evaluation (its builtin cache lives on
// the heap that each evaluation resets), topdown keeps them in a global cache.
var DefaultHostBuiltins = []string{"regex.match", "regex.is_valid", "regex.find_n", "regex.split",
	"regex.find_all_string_submatch_n", "regex.replace", "regex.globs_match", "regex.template_match", "glob.match"}

// WithHostBuiltins sets the builtins to call in Go although the Wasm runtime
// implements them (default DefaultHostBuiltins; none: an empty list).
func WithHostBuiltins(names ...string) Option {
	return func(o *config) { o.hostBuiltins, o.hostBuiltinsSet = names, true }
}

// WithRegoVersion sets the Rego version of the modules (default Rego v1).
func WithRegoVersion(v ast.RegoVersion) Option { return func(o *config) { o.regoVersion = v } }

// WithPoolSize bounds the number of module instances, i.e. of concurrent
// evaluations; more callers wait (default GOMAXPROCS).
func WithPoolSize(n int) Option { return func(o *config) { o.poolSize = n } }

// WithMaxMemoryPages bounds each instance's linear memory in 64 KiB pages
// (default: wazero's limit, 4 GiB).
func WithMaxMemoryPages(n uint32) Option { return func(o *config) { o.maxMemoryPages = n } }

func memoryLimitPages(n uint32) uint32 {
	if n == 0 {
		return 65536 // wazero's limit
	}
	return n
}

// WithStrictBuiltinErrors makes every builtin error an evaluation error, as
// rego.StrictBuiltinErrors does for topdown (default: only halting errors;
// other errors make the builtin call undefined).
func WithStrictBuiltinErrors(yes bool) Option {
	return func(o *config) { o.strictBuiltinErrors = yes }
}

// WithPrintHook enables print() in the policy (compiled in; without a hook
// print calls are removed at compile time, as with topdown) and sends its
// output to h.
func WithPrintHook(h print.Hook) Option { return func(o *config) { o.print = h } }

// withClock overrides the evaluation time (time.now_ns), for tests.
func withClock(now func() time.Time) Option { return func(o *config) { o.now = now } }

// Evaluator evaluates one compiled entrypoint. It is safe for concurrent use.
type Evaluator struct {
	caps                *ast.Capabilities
	strictBuiltinErrors bool
	print               print.Hook
	now                 func() time.Time

	wasm     []byte // the module as compiled by OPA
	runtime  wazero.Runtime
	compiled wazero.CompiledModule
	epID     int32
	builtins map[int32]hostBuiltin
	poolSize int
	// runtimeMemoryLimit is the linear memory an instance may reach, in bytes.
	runtimeMemoryLimit uint64

	cur     atomic.Pointer[pool] // instances with the current data
	dataMu  sync.Mutex           // serialises SetData
	running sync.RWMutex         // held shared by each Eval, exclusively by Close
	closed  chan struct{}
	once    sync.Once
}

// pool holds the instances that have one data document loaded. SetData
// replaces the pool; instances of a retired pool are closed when they come
// back.
type pool struct {
	data    []byte
	idle    chan *instance
	tokens  chan struct{} // one per instance that may exist
	retired chan struct{}
}

func newPool(data []byte, size int) *pool {
	return &pool{data: data, idle: make(chan *instance, size), tokens: make(chan struct{}, size), retired: make(chan struct{})}
}

func (p *pool) drain() {
	for {
		select {
		case inst := <-p.idle:
			inst.close()
			<-p.tokens
		default:
			return
		}
	}
}

type hostBuiltin struct {
	name string
	fn   topdown.BuiltinFunc
}

// New compiles modules to Wasm with the given entrypoint (e.g.
// "sark/gateway/decision" or "data.sark.gateway.decision") and prepares to
// evaluate it against dataJSON (a JSON object, the whole data document; nil
// or empty means {}). It fails if the policy needs a builtin that the host
// cannot provide.
func New(ctx context.Context, modules map[string]string, entrypoint string, dataJSON []byte, opts ...Option) (*Evaluator, error) {
	mod, err := Compile(ctx, modules, entrypoint, opts...)
	if err != nil {
		return nil, err
	}
	return NewFromWasm(ctx, mod, entrypoint, dataJSON, opts...)
}

// NewFromModules is New for modules parsed already (module id -> module), as a
// compiler holds them; they are not modified.
func NewFromModules(ctx context.Context, modules map[string]*ast.Module, entrypoint string, dataJSON []byte, opts ...Option) (*Evaluator, error) {
	cfg := newConfig(opts)
	mod, err := compileModules(ctx, modules, entrypoint, cfg.caps, cfg.regoVersion, cfg.hostBuiltins, cfg.print != nil)
	if err != nil {
		return nil, err
	}
	return NewFromWasm(ctx, mod, entrypoint, dataJSON, opts...)
}

// NewFromWasm is New for a module compiled already (opa build -t wasm).
func NewFromWasm(ctx context.Context, wasm []byte, entrypoint string, dataJSON []byte, opts ...Option) (*Evaluator, error) {
	cfg := newConfig(opts)
	if len(bytes.TrimSpace(dataJSON)) == 0 {
		dataJSON = []byte("{}")
	}
	if !json.Valid(dataJSON) {
		return nil, errors.New("wasmeval: data is not valid JSON")
	}
	dataJSON = normaliseText(dataJSON)
	own, err := ownMemory(wasm, cfg.interrupt == interruptCountdown)
	if err != nil {
		return nil, err
	}

	rc := wazero.NewRuntimeConfigCompiler()
	if cfg.interpreter {
		rc = wazero.NewRuntimeConfigInterpreter()
	}
	rc = rc.WithCloseOnContextDone(cfg.interrupt == interruptWazero)
	if cfg.maxMemoryPages > 0 {
		rc = rc.WithMemoryLimitPages(cfg.maxMemoryPages)
	}
	// The runtime outlives ctx: compile and instantiate with a context
	// that is never cancelled.
	bg := context.Background()
	r := wazero.NewRuntimeWithConfig(bg, rc)
	e := &Evaluator{
		caps:                cfg.caps,
		strictBuiltinErrors: cfg.strictBuiltinErrors,
		print:               cfg.print,
		now:                 cfg.now,
		wasm:                wasm,
		runtime:             r,
		poolSize:            cfg.poolSize,
		runtimeMemoryLimit:  uint64(memoryLimitPages(cfg.maxMemoryPages)) << 16,
		closed:              make(chan struct{}),
	}
	p := newPool(append([]byte(nil), dataJSON...), cfg.poolSize)
	fail := func(err error) (*Evaluator, error) {
		_ = r.Close(bg)
		return nil, err
	}
	if err := instantiateHost(bg, r); err != nil {
		return fail(fmt.Errorf("wasmeval: host module: %w", err))
	}
	if e.compiled, err = r.CompileModule(bg, own); err != nil {
		return fail(fmt.Errorf("wasmeval: compile Wasm: %w", err))
	}

	// The first instance reads the module's builtin and entrypoint tables
	// and checks the data; it then goes into the pool.
	first, err := e.instantiate(ctx, p)
	if err != nil {
		return fail(err)
	}
	if err := e.readTables(ctx, first, normaliseEntrypoint(entrypoint)); err != nil {
		first.close()
		return fail(err)
	}
	p.tokens <- struct{}{}
	p.idle <- first
	e.cur.Store(p)
	return e, nil
}

// SetData replaces the data document (the whole of it, a JSON object) for
// the evaluations that start after it returns; the module is not compiled
// again. Evaluations running meanwhile finish with the old data.
func (e *Evaluator) SetData(ctx context.Context, dataJSON []byte) error {
	if len(bytes.TrimSpace(dataJSON)) == 0 {
		dataJSON = []byte("{}")
	}
	if !json.Valid(dataJSON) {
		return errors.New("wasmeval: data is not valid JSON")
	}
	dataJSON = normaliseText(dataJSON)
	e.dataMu.Lock()
	defer e.dataMu.Unlock()
	select {
	case <-e.closed:
		return ErrClosed
	default:
	}
	p := newPool(append([]byte(nil), dataJSON...), e.poolSize)
	first, err := e.instantiate(ctx, p) // parses the data: fails here, not in Eval
	if err != nil {
		return err
	}
	p.tokens <- struct{}{}
	p.idle <- first
	old := e.cur.Swap(p)
	close(old.retired)
	old.drain()
	return nil
}

func (e *Evaluator) readTables(ctx context.Context, inst *instance, entrypoint string) error {
	var bs map[string]int32
	if err := inst.dumpJSON(ctx, "builtins", &bs); err != nil {
		return err
	}
	e.builtins = make(map[int32]hostBuiltin, len(bs))
	for name, id := range bs {
		name = strings.TrimPrefix(name, hostPrefix)
		fn := topdown.GetBuiltin(name)
		if fn == nil || !e.allowed(name) {
			return fmt.Errorf("wasmeval: the policy needs builtin %s, which the host cannot provide", name)
		}
		e.builtins[id] = hostBuiltin{name: name, fn: fn}
	}
	var eps map[string]int32
	if err := inst.dumpJSON(ctx, "entrypoints", &eps); err != nil {
		return err
	}
	id, ok := eps[entrypoint]
	if !ok {
		return fmt.Errorf("wasmeval: module has no entrypoint %q (has %v)", entrypoint, eps)
	}
	e.epID = id
	return nil
}

func (e *Evaluator) allowed(name string) bool {
	for _, b := range e.caps.Builtins {
		if b.Name == name {
			return true
		}
	}
	return false
}

// HostBuiltins lists the builtins the module calls back into Go for.
func (e *Evaluator) HostBuiltins() []string {
	out := make([]string, 0, len(e.builtins))
	for _, b := range e.builtins {
		out = append(out, b.name)
	}
	return out
}

// Wasm returns the module as OPA compiled it.
func (e *Evaluator) Wasm() []byte { return e.wasm }

// ErrClosed is returned by Eval after Close.
var ErrClosed = errors.New("wasmeval: evaluator closed")

// get takes an idle instance, or makes a new one while fewer than the pool
// size exist, or waits.
func (e *Evaluator) get(ctx context.Context, p *pool) (*instance, error) {
	select {
	case inst := <-p.idle:
		return inst, nil
	default:
	}
	select {
	case inst := <-p.idle:
		return inst, nil
	case p.tokens <- struct{}{}:
		inst, err := e.instantiate(ctx, p)
		if err != nil {
			<-p.tokens
			return nil, err
		}
		return inst, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-p.retired: // SetData ran while we waited
		return e.get(ctx, e.cur.Load())
	case <-e.closed:
		return nil, ErrClosed
	}
}

func (e *Evaluator) put(p *pool, inst *instance, ok bool) { // p is inst.pool
	if ok {
		select {
		case <-p.retired:
		case <-e.closed:
		default:
			p.idle <- inst
			// SetData may have retired p just before the send.
			select {
			case <-p.retired:
				p.drain()
			default:
			}
			return
		}
	}
	inst.close()
	<-p.tokens
}

// Close releases the runtime once the evaluations running concurrently have
// returned (their linear memories are unmapped, not left to the collector);
// later calls of Eval return ErrClosed.
func (e *Evaluator) Close() error {
	e.once.Do(func() { close(e.closed) })
	e.running.Lock()
	defer e.running.Unlock()
	return e.runtime.Close(context.Background())
}

// ErrMemoryLimit is returned (wrapped) when an evaluation needs more linear
// memory than WithMaxMemoryPages allows: the Wasm runtime's allocator found
// that memory.grow was refused, before anything was allocated.
var ErrMemoryLimit = errors.New("wasmeval: evaluation exceeds the memory limit")

// mallocFailed is how OPA's Wasm runtime aborts when memory cannot grow.
const mallocFailed = "opa_malloc: failed"

// ErrInvalidInput is returned (wrapped) for input that is not one JSON value.
var ErrInvalidInput = errors.New("wasmeval: input is not valid JSON")

// Eval evaluates the entrypoint for inputJSON (nil or empty: no input). It
// returns the value of the entrypoint as JSON and whether
// it is defined. A cancelled or expired ctx stops the evaluation, also inside
// Wasm loops; the instance is then thrown away.
func (e *Evaluator) Eval(ctx context.Context, inputJSON []byte) ([]byte, bool, error) {
	// opa_eval would take unparsable input as no input at all.
	if len(inputJSON) > 0 && !json.Valid(inputJSON) && len(bytes.TrimSpace(inputJSON)) > 0 {
		return nil, false, ErrInvalidInput
	}
	return e.EvalValidJSON(ctx, inputJSON)
}

// EvalValidJSON is Eval for a caller that has validated inputJSON already (one
// JSON value, or nil or blank: no input): it skips the second pass over the
// text. Invalid text is not detected; opa_eval then takes it as no input.
func (e *Evaluator) EvalValidJSON(ctx context.Context, inputJSON []byte) ([]byte, bool, error) {
	if err := ctx.Err(); err != nil {
		return nil, false, err
	}
	inputJSON = normaliseText(inputJSON)
	e.running.RLock()
	defer e.running.RUnlock()
	select {
	case <-e.closed:
		return nil, false, ErrClosed
	default:
	}
	inst, err := e.get(ctx, e.cur.Load())
	if err != nil {
		return nil, false, err
	}
	res, defined, err := inst.eval(ctx, inputJSON)
	e.put(inst.pool, inst, err == nil && inst.mem.Size() <= inst.keepSize)
	if err != nil {
		return nil, false, e.mapError(ctx, err)
	}
	return res, defined, nil
}

// normaliseText rewrites the rare input that opa_eval's parser refuses
// although Go's accepts it (invalid UTF-8, escaped lone surrogates) the way
// Go reads it: with U+FFFD replacement characters.
func normaliseText(in []byte) []byte {
	if utf8.Valid(in) && !bytes.Contains(in, []byte(`\ud`)) && !bytes.Contains(in, []byte(`\uD`)) {
		return in
	}
	d := json.NewDecoder(bytes.NewReader(in))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return in
	}
	out, err := json.Marshal(v)
	if err != nil {
		return in
	}
	return out
}

func (e *Evaluator) mapError(ctx context.Context, err error) error {
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		switch exit.ExitCode() {
		case sys.ExitCodeDeadlineExceeded:
			return fmt.Errorf("wasmeval: evaluation interrupted: %w", context.DeadlineExceeded)
		case sys.ExitCodeContextCanceled:
			return fmt.Errorf("wasmeval: evaluation interrupted: %w", context.Canceled)
		}
	}
	var ie *interruptedError
	if errors.As(err, &ie) {
		return fmt.Errorf("wasmeval: evaluation interrupted: %w", ie.err)
	}
	var te *topdown.Error
	if errors.As(err, &te) && te.Code == topdown.CancelErr && ctx.Err() != nil {
		return fmt.Errorf("wasmeval: evaluation interrupted: %w", ctx.Err())
	}
	var ae *AbortError
	if errors.As(err, &ae) {
		if ae.Message == mallocFailed {
			return fmt.Errorf("%w (%d MiB)", ErrMemoryLimit, e.runtimeMemoryLimit>>20)
		}
		return ae
	}
	var be *BuiltinError
	if errors.As(err, &be) {
		return be
	}
	return err
}

// keepGrowth bounds what an idle instance holds beyond its data: memory never
// shrinks, so an instance that one evaluation grew by more is closed (its
// memory unmapped) rather than pooled with up to the memory limit resident.
const keepGrowth = 32 << 20

// instance is one instantiated policy module with its data loaded.
type instance struct {
	ev   *Evaluator
	pool *pool // the data generation it belongs to
	mod  api.Module
	mem  api.Memory

	fEval, fMalloc, fJSONDump, fValueDump, fValueParse, fFree api.Function

	dataAddr    uint32
	evalHeapPtr uint32   // heap pointer after the data: reset to it before each eval
	keepSize    uint32   // memory size past which the instance is closed after an evaluation
	evalStack   []uint64 // opa_eval's parameters and result
	stack       []uint64 // every other call, also the ones nested in opa_eval
	buf         []byte   // builtin results being written
}

func (e *Evaluator) instantiate(ctx context.Context, p *pool) (*instance, error) {
	// Anonymous instances: several of them share the one compiled module.
	mod, err := e.runtime.InstantiateModule(experimental.WithMemoryAllocator(context.Background(), memoryAllocator), e.compiled,
		wazero.NewModuleConfig().WithName("").WithStartFunctions())
	if err != nil {
		return nil, fmt.Errorf("wasmeval: instantiate: %w", err)
	}
	inst := &instance{ev: e, pool: p, mod: mod, mem: mod.Memory(), evalStack: make([]uint64, 7), stack: make([]uint64, 8)}
	if inst.mem == nil {
		inst.close()
		return nil, errors.New("wasmeval: module has no memory")
	}
	fns := map[string]*api.Function{
		"opa_eval": &inst.fEval, "opa_malloc": &inst.fMalloc, "opa_json_dump": &inst.fJSONDump,
		"opa_value_dump": &inst.fValueDump, "opa_value_parse": &inst.fValueParse, "opa_free": &inst.fFree,
	}
	for name, p := range fns {
		if *p = mod.ExportedFunction(name); *p == nil {
			inst.close()
			return nil, fmt.Errorf("wasmeval: module does not export %s (ABI 1.2+ needed)", name)
		}
	}
	if err := inst.loadData(ctx, p.data); err != nil {
		inst.close()
		return nil, err
	}
	return inst, nil
}

func (inst *instance) close() { _ = inst.mod.Close(context.Background()) }

func (inst *instance) call(ctx context.Context, f api.Function, args ...uint64) (uint32, error) {
	st := inst.stack[:max(len(args), 1)]
	copy(st, args)
	if err := f.CallWithStack(ctx, st); err != nil {
		return 0, err
	}
	return uint32(st[0]), nil
}

func (inst *instance) callFn(ctx context.Context, name string, args ...uint64) (uint32, error) {
	f := inst.mod.ExportedFunction(name)
	if f == nil {
		return 0, fmt.Errorf("wasmeval: module does not export %s", name)
	}
	return inst.call(ctx, f, args...)
}

// loadData follows the calling convention of OPA's Wasm docs: malloc(0) and
// the initial heap pointer, parse the data, stash the free blocks, and use
// the heap pointer after that for every evaluation.
func (inst *instance) loadData(ctx context.Context, data []byte) error {
	ctx = context.WithValue(ctx, evalKey{}, &evalState{ctx: ctx, inst: inst})
	if _, err := inst.call(ctx, inst.fMalloc, 0); err != nil {
		return fmt.Errorf("wasmeval: opa_malloc: %w", err)
	}
	p, err := inst.call(ctx, inst.fMalloc, uint64(len(data)))
	if err != nil {
		return fmt.Errorf("wasmeval: opa_malloc: %w", err)
	}
	if !inst.mem.Write(p, data) {
		return errors.New("wasmeval: write data")
	}
	addr, err := inst.callFn(ctx, "opa_json_parse", uint64(p), uint64(len(data)))
	if err != nil {
		return fmt.Errorf("wasmeval: parse data: %w", err)
	}
	if addr == 0 {
		return errors.New("wasmeval: data is not valid JSON for the policy module")
	}
	if _, err := inst.call(ctx, inst.fFree, uint64(p)); err != nil {
		return err
	}
	if _, err := inst.callFn(ctx, "opa_heap_blocks_stash"); err != nil {
		return err
	}
	hp, err := inst.callFn(ctx, "opa_heap_ptr_get")
	if err != nil {
		return err
	}
	inst.dataAddr, inst.evalHeapPtr = addr, hp
	inst.keepSize = inst.mem.Size() + keepGrowth
	return nil
}

// dumpJSON calls an exported function returning a value address (builtins,
// entrypoints) and decodes it.
func (inst *instance) dumpJSON(ctx context.Context, fn string, into any) error {
	ctx = context.WithValue(ctx, evalKey{}, &evalState{ctx: ctx, inst: inst})
	addr, err := inst.callFn(ctx, fn)
	if err != nil {
		return err
	}
	s, err := inst.call(ctx, inst.fJSONDump, uint64(addr))
	if err != nil {
		return err
	}
	str, ok := cString(inst.mem, s)
	if !ok {
		return fmt.Errorf("wasmeval: read %s result", fn)
	}
	if err := json.Unmarshal([]byte(str), into); err != nil {
		return fmt.Errorf("wasmeval: decode %s: %w", fn, err)
	}
	// These calls run before the first evaluation, which resets the heap.
	return nil
}

func (inst *instance) eval(ctx context.Context, input []byte) ([]byte, bool, error) {
	st := &evalState{ctx: ctx, inst: inst}
	if inst.ev.now != nil {
		st.now = inst.ev.now()
	}
	defer st.finish()
	cctx := context.WithValue(ctx, evalKey{}, st)

	inputAddr, inputLen := inst.evalHeapPtr, uint32(0)
	if len(bytes.TrimSpace(input)) > 0 {
		inputLen = uint32(len(input))
		end := uint64(inputAddr) + uint64(inputLen)
		if size := uint64(inst.mem.Size()); end > size {
			pages := (end - size + 65535) / 65536
			if _, ok := inst.mem.Grow(uint32(pages)); !ok {
				return nil, false, fmt.Errorf("wasmeval: input of %d bytes does not fit in memory", inputLen)
			}
		}
		if !inst.mem.Write(inputAddr, input) {
			return nil, false, errors.New("wasmeval: write input")
		}
	} else {
		inputAddr = 0
	}
	heap := inst.evalHeapPtr + inputLen
	// opa_eval(reserved, entrypoint, data, input, input_len, heap_ptr, format)
	es := inst.evalStack
	es[0], es[1], es[2], es[3], es[4], es[5], es[6] = 0, uint64(uint32(inst.ev.epID)), uint64(inst.dataAddr),
		uint64(inputAddr), uint64(inputLen), uint64(heap), 1 // format: Rego value (sets stay sets)
	if err := inst.fEval.CallWithStack(cctx, es); err != nil {
		return nil, false, err
	}
	addr := uint32(es[0])
	size := inst.mem.Size()
	if addr == 0 || addr >= size {
		return nil, false, errors.New("wasmeval: bad result address")
	}
	view, _ := inst.mem.Read(addr, size-addr)
	n := bytes.IndexByte(view, 0)
	if n < 0 {
		return nil, false, errors.New("wasmeval: unterminated result")
	}
	if rawResultHook != nil {
		rawResultHook(view[:n])
	}
	return resultValue(view[:n])
}

// rawResultHook sees opa_eval's raw result (tests).
var rawResultHook func([]byte)

// resultValue turns opa_eval's result set, in Rego value syntax, into the
// entrypoint's value as JSON the way the topdown engine writes it (object keys
// and set elements sorted; opa_json_dump would keep the Wasm runtime's order).
func resultValue(rs []byte) ([]byte, bool, error) {
	if out, ok := fastResult(rs); ok {
		return out, true, nil
	}
	t, err := parseValue(string(rs))
	if err != nil {
		return nil, false, fmt.Errorf("wasmeval: decode result set: %w", err)
	}
	var elems []*ast.Term
	switch v := t.Value.(type) {
	case ast.Set:
		elems = v.Slice()
	case *ast.Array:
		for i := range v.Len() {
			elems = append(elems, v.Elem(i))
		}
	case ast.Object:
		if v.Len() == 0 { // {} is how an empty set may look
			return nil, false, nil
		}
		elems = []*ast.Term{t}
	default:
		return nil, false, fmt.Errorf("wasmeval: result set is a %T", v)
	}
	switch len(elems) {
	case 0:
		return nil, false, nil
	case 1:
		obj, ok := elems[0].Value.(ast.Object)
		if !ok {
			return nil, false, errors.New("wasmeval: result set entry is not an object")
		}
		r := obj.Get(ast.InternedTerm("result"))
		if r == nil {
			return nil, false, errors.New("wasmeval: result set entry without result")
		}
		out, err := astjson.Marshal(r.Value)
		return out, err == nil, err
	default:
		return nil, false, fmt.Errorf("wasmeval: %d results for one entrypoint", len(elems))
	}
}

// valueToTerm reads the Wasm value at addr as an ast.Term (Rego value syntax,
// so sets survive).
func (inst *instance) valueToTerm(ctx context.Context, addr uint32) (*ast.Term, error) {
	s, err := inst.call(ctx, inst.fValueDump, uint64(addr))
	if err != nil {
		return nil, err
	}
	str, ok := cString(inst.mem, s)
	if !ok {
		return nil, errors.New("wasmeval: unreadable builtin argument")
	}
	if t, err := parseValue(str); err == nil {
		return t, nil
	}
	return parseTerm(str)
}

// parserOpts carries capabilities: without them the parser builds this
// version's capabilities on every call, which costs more than the parse.
var parserOpts = ast.ParserOptions{
	RegoVersion:  ast.RegoV1,
	Capabilities: ast.CapabilitiesForThisVersion(),
}

func parseTerm(s string) (*ast.Term, error) {
	body, err := ast.ParseBodyWithOpts(s, parserOpts)
	if err != nil {
		return nil, fmt.Errorf("wasmeval: parse builtin argument: %w", err)
	}
	if len(body) == 1 {
		if t, ok := body[0].Terms.(*ast.Term); ok {
			return t, nil
		}
	}
	return nil, fmt.Errorf("wasmeval: builtin argument is not one term: %.100s", s)
}

// termToValue writes t into the instance's memory and parses it as a value.
func (inst *instance) termToValue(ctx context.Context, t *ast.Term) (uint32, error) {
	raw, err := appendValue(inst.buf[:0], t.Value)
	if err != nil {
		return 0, err
	}
	inst.buf = raw
	p, err := inst.call(ctx, inst.fMalloc, uint64(len(raw)))
	if err != nil {
		return 0, err
	}
	if !inst.mem.Write(p, raw) {
		return 0, errors.New("wasmeval: write builtin result")
	}
	addr, err := inst.call(ctx, inst.fValueParse, uint64(p), uint64(len(raw)))
	if err != nil {
		return 0, err
	}
	if addr == 0 {
		return 0, fmt.Errorf("wasmeval: module cannot parse builtin result %.100s", raw)
	}
	return addr, nil
}
