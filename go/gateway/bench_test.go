package gateway

import (
	"context"
	"strings"
	"testing"
	"time"
)

// benchRequest is a realistic tools/call: 2 KB of arguments, an HS256 bearer JWT.
func benchRequest(b *testing.B) Request {
	prose := strings.Repeat("Meeting notes: the quarterly review covered latency budgets, the rollout plan "+
		"for the new gateway, and the on-call rotation for December. ", 16)[:2000]
	return Request{
		Message:     call("fs.write_file", map[string]any{"path": "/workspace/notes/meeting.md", "content": prose}),
		Credentials: bearer(b, "alice", "developer"),
		Server:      "mcp-fs",
		Context:     []byte(`{"request_id":"req-1","client_ip":"10.0.0.7"}`),
		Time:        wed10,
	}
}

// reportStages adds the mean time of each stage per decision.
func reportStages(b *testing.B, sum Timings) {
	n := float64(b.N)
	for name, d := range map[string]time.Duration{
		"parse": sum.Parse, "authn": sum.Authn, "scan": sum.Scan, "anomaly": sum.Anomaly,
		"cache": sum.Cache, "policy": sum.Policy,
	} {
		b.ReportMetric(float64(d)/n, name+"-ns/op")
	}
}

func benchAuthorize(b *testing.B, g *Gateway, wantHit bool) {
	req := benchRequest(b)
	if d := g.Authorize(context.Background(), req); !d.Allow {
		b.Fatalf("%+v", d)
	}
	var sum Timings
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		d := g.Authorize(context.Background(), req)
		if !d.Allow || d.CacheHit != wantHit {
			b.Fatalf("%+v", d)
		}
		t := d.Timings
		sum.Parse += t.Parse
		sum.Authn += t.Authn
		sum.Scan += t.Scan
		sum.Anomaly += t.Anomaly
		sum.Cache += t.Cache
		sum.Policy += t.Policy
	}
	reportStages(b, sum)
}

// BenchmarkAuthorize: every stage; the anomaly detector sees a burst from one principal, so
// the uncached case also pays its rapid_requests anomaly (cache bypass).
func BenchmarkAuthorize(b *testing.B) {
	b.Run("uncached", func(b *testing.B) {
		g := newGateway(b, WithPolicy(shippedEngine(b), ""), WithAuthenticator(authenticator(b)),
			WithDetector(sharedDetector(b)), WithAnomaly(newAnomaly(b)))
		benchAuthorize(b, g, false)
	})
	b.Run("uncached-wasm", func(b *testing.B) {
		g := newGateway(b, WithPolicy(wasmEngine(b), ""), WithAuthenticator(authenticator(b)),
			WithDetector(sharedDetector(b)), WithAnomaly(newAnomaly(b)))
		benchAuthorize(b, g, false)
	})
	// Cached: no anomaly stage, whose rapid_requests anomaly would bypass the cache.
	b.Run("cached", func(b *testing.B) {
		g := newGateway(b, WithPolicy(shippedEngine(b), ""), WithAuthenticator(authenticator(b)),
			WithDetector(sharedDetector(b)), WithCache(newCache(b, nil), 0))
		benchAuthorize(b, g, true)
	})
}

// BenchmarkAuthorizeMany: batches of 64 uncached requests (ns/op is per batch).
func BenchmarkAuthorizeMany(b *testing.B) {
	g := newGateway(b, WithPolicy(wasmEngine(b), ""), WithAuthenticator(authenticator(b)),
		WithDetector(sharedDetector(b)))
	reqs := make([]Request, 64)
	for i := range reqs {
		reqs[i] = benchRequest(b)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range g.AuthorizeMany(context.Background(), reqs) {
			if !d.Allow {
				b.Fatalf("%+v", d)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(reqs))/b.Elapsed().Seconds(), "decisions/s")
}
