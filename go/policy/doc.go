// Package policy embeds the Open Policy Agent (OPA) Rego engine for SARK's
// authorization decisions, in process, without OPA's HTTP server.
//
// An Engine holds one compiled policy set: Rego modules (LoadPolicy), OPA bundles
// (LoadBundle, a directory or .tar.gz) and base data documents (SetData). Every
// change compiles a complete new set and publishes it with an atomic pointer swap;
// evaluations already running finish on the set they started with, and a change
// that does not compile returns a *CompileError and leaves the old set serving.
// Each successful change increments Revision.
//
// Evaluate takes a query such as "data.sark.gateway.decision" and the input as
// JSON bytes, and returns the result as JSON bytes with Defined telling an
// undefined result apart from false or null. Prepared queries are cached per query
// string and per revision and shared by concurrent evaluations. Input JSON goes
// straight to OPA's AST (numbers keep their text, so 1 and 1.0 and large integers
// come back exactly as OPA's server would write them); the input of a query served
// by Wasm (WithWasmQueries) is only checked, against the same limits, and handed
// to the Wasm evaluator as text. EvaluateBatch evaluates a list of inputs in
// parallel, all on the same policy revision, and returns one result or error per
// input.
//
// Every evaluation is bounded by a timeout (WithTimeout, default 100 ms) and by the
// caller's context. Builtins that reach the network (http.send,
// net.lookup_ip_addr) are removed from the compile-time capabilities unless
// WithNetworkAccess is given, so a policy calling them fails to compile with a
// *CompileError that wraps ErrNetworkDisabled. print() output goes to the writer
// given with WithPrintOutput and is compiled out otherwise.
//
// WithDecisionCache adds an LRU of results keyed by (revision, query, canonical
// input JSON) with a TTL; a change of policies or data makes old entries
// unreachable and purges them.
//
// FromConfig makes an engine fed by OPA's control plane instead: OPA's own
// configuration document (services, bundles with polling and signing, decision_logs,
// status, labels) runs OPA's plugin manager and plugins; each bundle activation is
// compiled into a new set and swapped in like any change, a refused bundle leaves the
// last good one serving (Status reports it), evaluations fail with ErrNotReady until
// every bundle is activated (WaitReady), and every evaluation goes to the
// decision-log plugin when decision_logs is configured. Close stops the plugins.
//
// Errors are typed: *CompileError (with source locations), *EvalError (with
// OPA's error code), and the sentinels ErrTimeout, ErrCanceled, ErrNotFound,
// ErrInvalidInput, ErrNetworkDisabled, ErrNotReady, ErrManaged; match them with errors.Is and errors.As.
//
// The API is typed Go only: turning errors into kinds and results into rows for
// Python is the binding's job (go/sarkbind/policy.go).
package policy
