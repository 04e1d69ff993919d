package gateway

import (
	"slices"
	"testing"
	"time"

	"github.com/sark-accel/sark-accel/go/anomaly"
)

// TestCriticalAnomalyAsksForStepUp: a principal's first call to a critical tool after a call
// to a low one is a sensitivity escalation (high); with one high making a critical alert, the
// shipped policy asks for step-up, and the call is not cached.
func TestCriticalAnomalyAsksForStepUp(t *testing.T) {
	det := newAnomaly(t, anomaly.WithMinEvents(1),
		anomaly.WithAlertConfig(anomaly.AlertConfig{CriticalHighCount: 1, WarningHighCount: 1, WarningMediumCount: 3}))
	c := newCache(t, nil)
	g := newGateway(t, WithPolicy(shippedEngine(t), ""), WithAnomaly(det), WithCache(c, 0),
		WithToolSensitivity(map[string]string{"docs.search": "low", "vault.dump": "critical"}))
	admin := &Principal{ID: "root", Roles: []string{"admin"}}
	d := authorize(g, Request{Message: call("docs.search", map[string]any{"query": "x"}), Principal: admin})
	if !d.Allow || d.AnomalyLevel != anomaly.AlertNone || c.Len() != 1 {
		t.Fatalf("first call: %+v", d)
	}
	d = authorize(g, Request{Message: call("vault.dump", map[string]any{}), Principal: admin, Time: wed10.Add(time.Minute)})
	var types []anomaly.Type
	for _, a := range d.Anomalies {
		types = append(types, a.Type)
	}
	if d.Allow || !d.StepUp || d.AnomalyLevel != anomaly.AlertCritical || joined(d.Reasons) != "step_up_required: anomaly_critical" ||
		!slices.Contains(types, anomaly.TypeSensitivityEscalation) {
		t.Fatalf("escalation: %+v", d)
	}
	if c.Len() != 1 {
		t.Fatal("a call with anomalies was cached")
	}
	// Both calls were observed: the detector counts the principal's two events.
	if b, ok := det.Baseline("root"); !ok || b.EventCount != 2 {
		t.Fatalf("observed: %+v %v", b, ok)
	}
}
