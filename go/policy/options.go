package policy

import (
	"io"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Defaults applied by New.
const (
	DefaultTimeout       = 100 * time.Millisecond
	DefaultMaxInputBytes = 8 << 20
	DefaultMaxInputDepth = 128
	DefaultMaxRuleTerms  = 10_000
	DefaultMaxQueries    = 1024
	// MaxInputDepth is the deepest nesting of arrays and objects an input may have.
	MaxInputDepth = 512
	// MaxInputIntDigits is the most digits an integer in an input may have (a fraction
	// or an exponent makes a number that is not bounded).
	MaxInputIntDigits = 4300
)

type config struct {
	regoVersion         ast.RegoVersion
	timeout             time.Duration
	network             bool
	allowedHosts        []string
	printOut            io.Writer
	strictBuiltinErrors bool
	cacheSize           int
	cacheTTL            time.Duration
	maxInputBytes       int
	maxInputDepth       int
	maxRuleTerms        int
	maxQueries          int
	workers             int
	wasmQueries         []string
}

// Option configures an Engine.
type Option func(*config)

// WithRegoV0 parses policies loaded with LoadPolicy with the pre-1.0 Rego syntax
// (no mandatory `if`/`contains`). Bundles follow their manifest's rego_version.
func WithRegoV0() Option { return func(c *config) { c.regoVersion = ast.RegoV0 } }

// WithTimeout bounds every evaluation (default 100 ms). The caller's context
// deadline applies as well; the earlier one wins. d <= 0 disables the engine timeout.
func WithTimeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// WithNetworkAccess enables the builtins that reach the network (http.send,
// net.lookup_ip_addr). With hosts, http.send and net.lookup_ip_addr may only
// reach those hosts; without, any host. Off by default: policies that call them
// fail to compile with a *CompileError wrapping ErrNetworkDisabled.
func WithNetworkAccess(hosts ...string) Option {
	return func(c *config) {
		c.network = true
		c.allowedHosts = append([]string(nil), hosts...)
	}
}

// WithPrintOutput keeps print() calls in policies and writes each printed line to w.
// Writes are serialised, so w need not be goroutine-safe. Without it print() is
// removed at compile time and costs nothing.
func WithPrintOutput(w io.Writer) Option { return func(c *config) { c.printOut = w } }

// WithStrictBuiltinErrors turns builtin errors (e.g. a type error in a builtin, a bad
// regex) into *EvalError instead of OPA's default of making the expression undefined.
func WithStrictBuiltinErrors(yes bool) Option {
	return func(c *config) { c.strictBuiltinErrors = yes }
}

// WithDecisionCache caches up to size results keyed by (policy revision, query,
// canonical input JSON) for at most ttl (ttl <= 0: until the next policy or data
// change). Use it only for deterministic policies: a policy that reads the clock
// (time.now_ns) gets the decision of the first evaluation within the TTL.
func WithDecisionCache(size int, ttl time.Duration) Option {
	return func(c *config) {
		c.cacheSize = size
		c.cacheTTL = ttl
	}
}

// WithMaxInputBytes rejects larger inputs with ErrInvalidInput (default 8 MiB).
func WithMaxInputBytes(n int) Option { return func(c *config) { c.maxInputBytes = n } }

// WithMaxRuleTerms refuses policies with a rule of more than n terms, not counting
// constant scalars, with a CompileError before compiling (default 10,000: the largest
// such rule compiles in about 0.25 s; n < 1 keeps the default). OPA's compile time is
// quadratic in a rule's size.
func WithMaxRuleTerms(n int) Option {
	return func(c *config) {
		if n >= 1 {
			c.maxRuleTerms = n
		}
	}
}

// WithMaxInputDepth rejects inputs whose arrays/objects nest deeper than n (the root is at
// depth 1) with ErrInvalidInput (default 128; n < 1 keeps the default; at most MaxInputDepth,
// the deepest the Python backend can take).
func WithMaxInputDepth(n int) Option {
	return func(c *config) {
		if n >= 1 {
			c.maxInputDepth = min(n, MaxInputDepth)
		}
	}
}

// WithMaxQueries bounds how many distinct prepared queries are kept per policy
// revision (default 1024); queries beyond it are prepared per call.
func WithMaxQueries(n int) Option { return func(c *config) { c.maxQueries = n } }

// WithBatchWorkers sets the number of goroutines EvaluateMany uses (default GOMAXPROCS).
func WithBatchWorkers(n int) Option { return func(c *config) { c.workers = n } }

// WithWasmQueries evaluates these queries, each a reference to a rule such as
// "data.sark.gateway.decision", with the policies compiled to OPA's Wasm target
// and run by wazero (package wasmeval) instead of OPA's topdown interpreter:
// a quarter to a third of the CPU time per decision on the shipped gateway policy.
// Every change to policies or data compiles them again (~0.2 s per query), and a
// policy the Wasm target cannot compile fails the change with a *CompileError.
// While no loaded module defines a query's rule, topdown answers it (undefined).
// Other queries always use topdown. Known differences from topdown (arithmetic
// precision, number text, floor/ceil of negative fractions, json.marshal key
// order): wasmeval/survey_test.go. Not combinable with WithNetworkAccess.
func WithWasmQueries(queries ...string) Option {
	return func(c *config) { c.wasmQueries = append([]string(nil), queries...) }
}

func newConfig(opts []Option) config {
	c := config{
		regoVersion:   ast.RegoV1,
		timeout:       DefaultTimeout,
		maxInputBytes: DefaultMaxInputBytes,
		maxInputDepth: DefaultMaxInputDepth,
		maxRuleTerms:  DefaultMaxRuleTerms,
		maxQueries:    DefaultMaxQueries,
	}
	for _, o := range opts {
		o(&c)
	}
	return c
}
