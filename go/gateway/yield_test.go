package gateway

import (
	"strings"
	"testing"
)

// Yield runs once, before the scan, on a miss; never on a cache hit or an early deny; and
// AuthorizeMany never calls it.
func TestYieldRunsOnceBeforeTheLongStagesOnly(t *testing.T) {
	g := newGateway(t, WithPolicy(shippedEngine(t), ""), WithCache(newCache(t, nil), 0), WithDetector(sharedDetector(t)))
	calls := 0
	var order []string
	g.fault = func(s Stage) error { order = append(order, string(s)); return nil }
	req := Request{Message: call("fs.read_file", map[string]any{"path": "/workspace/a.py"}), Principal: developer("alice")}
	req.Yield = func() { calls++; order = append(order, "yield") }
	d := g.Authorize(t.Context(), req)
	if calls != 1 || d.CacheHit || d.Timings.Scan == 0 || d.Timings.Policy == 0 {
		t.Fatalf("miss: yield called %d times, decision %+v", calls, d)
	}
	if got := strings.Join(order, " "); got != "parse authn cache yield scan policy" {
		t.Fatalf("stage order %q", got)
	}
	g.fault = nil

	calls = 0
	hit := g.Authorize(t.Context(), req)
	if !hit.CacheHit || calls != 0 {
		t.Fatalf("hit: yield called %d times, decision %+v", calls, hit)
	}
	refused := req
	refused.Message = []byte(`{"jsonrpc":"2.0","id":1,"method":`)
	if d := g.Authorize(t.Context(), refused); d.Allow || d.Stage != StageParse || calls != 0 {
		t.Fatalf("refused message: yield called %d times, decision %+v", calls, d)
	}

	other := req
	other.Message = call("fs.read_file", map[string]any{"path": "/workspace/b.py"})
	for _, d := range g.AuthorizeMany(t.Context(), []Request{other, req}) {
		if d.Stage == StageGateway {
			t.Fatalf("AuthorizeMany: %+v", d)
		}
	}
	if calls != 0 {
		t.Fatalf("AuthorizeMany called yield %d times", calls)
	}
}

// An API key may run bcrypt (tens of milliseconds): Yield comes before authentication then,
// even when the request is refused there.
func TestYieldBeforeAnAPIKeyIsVerified(t *testing.T) {
	g, _, _ := apiKeyGateway(t)
	var order []string
	g.fault = func(s Stage) error { order = append(order, string(s)); return nil }
	for _, cred := range []string{"Bearer " + testAPIKey, testAPIKey[:len(testAPIKey)-3] + "xyz"} {
		order = nil
		req := Request{Message: call("x", map[string]any{}), Credentials: cred}
		req.Yield = func() { order = append(order, "yield") }
		d := g.Authorize(t.Context(), req)
		if got := strings.Join(order, " "); !strings.HasPrefix(got, "parse authn yield") || strings.Count(got, "yield") != 1 {
			t.Fatalf("%q: stage order %q (%+v)", cred[:12], got, d)
		}
	}
}
