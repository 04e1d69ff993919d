package gateway

import (
	"testing"
	"time"

	"github.com/sark-accel/sark-accel/go/anomaly"
)

// TestWasmAndTopdownDecideAlike runs the same traffic (clean, injected, anomalous, denied)
// through the shipped policy on topdown and on Wasm: the new rules must compile to Wasm and
// give the same decisions.
func TestWasmAndTopdownDecideAlike(t *testing.T) {
	build := func(e Option) *Gateway {
		det := newAnomaly(t, anomaly.WithMinEvents(1),
			anomaly.WithAlertConfig(anomaly.AlertConfig{CriticalHighCount: 1, WarningHighCount: 1, WarningMediumCount: 3}))
		return newGateway(t, e, WithDetector(sharedDetector(t)), WithAnomaly(det),
			WithToolSensitivity(map[string]string{"docs.search": "low", "vault.dump": "critical"}))
	}
	topdown, wasm := build(WithPolicy(shippedEngine(t), "")), build(WithPolicy(wasmEngine(t), ""))
	admin := &Principal{ID: "root", Roles: []string{"admin"}}
	reqs := []Request{
		{Message: call("docs.search", map[string]any{"query": "x"}), Principal: admin},
		{Message: call("vault.dump", map[string]any{}), Principal: admin, Time: wed10.Add(time.Minute)},
		{Message: call("docs.search", map[string]any{"query": attack}), Principal: developer("a")},
		{Message: call("fs.read_file", map[string]any{"path": "/var/x"}), Principal: developer("a")},
		{Message: call("web.search", map[string]any{"query": "x", "api_key": "k"}), Principal: developer("a")},
	}
	denied, stepUp := 0, 0
	for i, r := range reqs {
		a, b := authorize(topdown, r), authorize(wasm, r)
		if a.Allow != b.Allow || joined(a.Reasons) != joined(b.Reasons) || a.StepUp != b.StepUp ||
			joined(a.FilteredParameters) != joined(b.FilteredParameters) {
			t.Fatalf("request %d: topdown %+v, wasm %+v", i, a, b)
		}
		if !a.Allow {
			denied++
		}
		if a.StepUp {
			stepUp++
		}
	}
	if denied != 3 || stepUp != 1 {
		t.Fatalf("denied %d, step-up %d: the traffic does not exercise the new rules", denied, stepUp)
	}
}
