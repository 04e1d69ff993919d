package sarkbind

import (
	"context"
	"encoding/json"
	"time"

	"github.com/sark-accel/sark-accel/go/policy"
)

// policyCloseTimeout bounds the last decision-log upload when an engine fed by bundles closes.
const policyCloseTimeout = 2 * time.Second

// PolicyFromConfig creates an engine fed by OPA's control plane: opaConfig is OPA's own
// configuration document (JSON or YAML); configJSON the policyConfig PolicyNew takes.
func PolicyFromConfig(opaConfig, configJSON string) (h int64, err error) {
	defer guard(&err)
	opts, bp, err := policyOptions(configJSON)
	if err != nil {
		return 0, err
	}
	e, err := policy.FromConfig(context.Background(), []byte(opaConfig), opts...)
	if err != nil {
		return 0, policyError(err)
	}
	bp.e = e
	return policies.add(bp), nil
}

// policyBundleStatus is one bundle of PolicyStatus: times as Unix nanoseconds, 0 for never.
type policyBundleStatus struct {
	Name           string `json:"name"`
	Revision       string `json:"revision"`
	LastDownload   int64  `json:"last_successful_download_ns"`
	LastActivation int64  `json:"last_successful_activation_ns"`
	LastError      string `json:"last_error"`
	Activations    int    `json:"activations"`
}

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// PolicyStatus returns a JSON array with one object per configured bundle, sorted by name
// (empty for an engine made by PolicyNew).
func PolicyStatus(h int64) (out string, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return "", err
	}
	rows := []policyBundleStatus{}
	for _, s := range bp.e.Status() {
		rows = append(rows, policyBundleStatus{s.Name, s.Revision, unixNano(s.LastDownload), unixNano(s.LastActivation),
			s.LastError, s.Activations})
	}
	b, err := json.Marshal(rows)
	return string(b), err
}

// PolicyDecisionLogStats returns the decision-log buffer and OPA's counts of dropped
// entries as a JSON object, or "null" for an engine without decision logs.
func PolicyDecisionLogStats(h int64) (out string, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return "", err
	}
	st, ok := bp.e.DecisionLogStats()
	if !ok {
		return "null", nil
	}
	b, err := json.Marshal(st)
	return string(b), err
}

// PolicyWaitReady blocks until every configured bundle has been activated (true) or
// timeoutNs passes (false).
func PolicyWaitReady(h int64, timeoutNs int64) (ready bool, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return false, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(max(timeoutNs, 0)))
	defer cancel()
	return bp.e.WaitReady(ctx) == nil, nil
}

// PolicyRevision returns the engine's revision, which changes with every change of its
// policies or data, each bundle activation included: Python caches of decisions key by it.
//
//sark:holdgil
func PolicyRevision(h int64) (rev int64, err error) {
	defer guard(&err)
	bp, err := policies.get(h)
	if err != nil {
		return 0, err
	}
	return int64(bp.e.Revision()), nil
}
