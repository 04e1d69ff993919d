package gateway

import (
	"encoding/json"
	"time"

	"github.com/sark-accel/sark-accel/go/anomaly"
	"github.com/sark-accel/sark-accel/go/injection"
)

// Stage names a step of the pipeline; Decision.Stage is the one that decided.
type Stage string

// The stages, in pipeline order, and not_required (a method that needs no decision).
const (
	StageParse       Stage = "parse"
	StageNotRequired Stage = "not_required"
	StageAuthn       Stage = "authn"
	StageScan        Stage = "scan"
	StageAnomaly     Stage = "anomaly"
	StageCache       Stage = "cache"
	StagePolicy      Stage = "policy"
	// StageGateway names a failure outside any stage ("error:gateway").
	StageGateway Stage = "gateway"
)

// Timings are the wall-clock durations of each stage of one decision (0 for a stage that did
// not run) and of the whole call.
type Timings struct {
	Parse, Authn, Scan, Anomaly, Cache, Policy, Total time.Duration
}

func (t *Timings) add(s Stage, d time.Duration) {
	switch s {
	case StageParse:
		t.Parse += d
	case StageAuthn:
		t.Authn += d
	case StageScan:
		t.Scan += d
	case StageAnomaly:
		t.Anomaly += d
	case StageCache:
		t.Cache += d
	case StagePolicy:
		t.Policy += d
	}
}

// Decision is the gateway's answer for one request.
type Decision struct {
	Allow bool
	// Reasons why not (from the policy, or the stage that denied; "error:<stage>" when a
	// stage failed). An allow may carry reasons only if the policy gives them.
	Reasons []string
	// Stage is the stage that decided: parse (invalid message), not_required, authn, cache
	// (hit), policy, or the stage that failed.
	Stage Stage
	// StepUp is set when a reason asks for stronger authentication ("step_up_required...").
	StepUp bool

	// ID is the request's id as canonical JSON (nil: none or null); Method and Tool what
	// the parse found.
	ID     json.RawMessage
	Method string
	Tool   string
	// Principal is the id of the principal the request acts for ("" before authn).
	Principal string

	// Injection is the scan of the arguments (nil: not scanned).
	Injection *injection.Result
	// Anomalies found for the principal, and their alert level.
	Anomalies    []anomaly.Anomaly
	AnomalyLevel anomaly.AlertLevel

	// FilteredParameters are the argument names the policy filtered out; FilteredArguments
	// the arguments without them (canonical JSON), set only when there are some.
	FilteredParameters []string
	FilteredArguments  json.RawMessage

	CacheHit       bool
	PolicyRevision uint64
	Timings        Timings

	// ErrorResponse is, for a deny, the JSON-RPC error response to send back (canonical JSON,
	// carrying the request's id). Nil for an allow.
	ErrorResponse json.RawMessage
	// Err is the internal error behind an "error:<stage>" deny, for logs; never sent.
	Err error
}
