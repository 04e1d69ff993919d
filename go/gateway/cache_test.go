package gateway

import (
	"sync/atomic"
	"testing"
	"time"
)

func TestCacheHitSameDecision(t *testing.T) {
	c := newCache(t, nil)
	g := newGateway(t, WithPolicy(shippedEngine(t), ""), WithCache(c, 0), WithDetector(sharedDetector(t)))
	for _, args := range []map[string]any{
		{"path": "/workspace/a.py"}, // allow
		{"path": "/var/data/a.py"},  // deny
	} {
		req := Request{Message: call("fs.read_file", args), Principal: developer("alice"), Server: "s"}
		first := authorize(g, req)
		second := authorize(g, req)
		if first.CacheHit || !second.CacheHit || second.Stage != StageCache {
			t.Fatalf("%v: first %+v second %+v", args, first, second)
		}
		if first.Allow != second.Allow || joined(first.Reasons) != joined(second.Reasons) ||
			first.PolicyRevision != second.PolicyRevision || second.Timings.Policy != 0 {
			t.Fatalf("%v: cached decision differs: %+v vs %+v", args, first, second)
		}
		if !second.Allow {
			code, id, data := errorOf(t, second.ErrorResponse)
			if code != CodeDenied || string(id) != "7" || data["stage"] != "cache" {
				t.Fatalf("cached deny response %s", second.ErrorResponse)
			}
		}
	}
	// Arguments are keyed canonically: the same members in another order and spacing hit.
	a := authorize(g, Request{Message: []byte(`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"web.search","arguments":{"query":"x","num_results":3}}}`), Principal: developer("alice"), Server: "s"})
	b := authorize(g, Request{Message: []byte(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"arguments":{ "num_results" : 3, "query":"x"},"name":"web.search"}}`), Principal: developer("alice"), Server: "s"})
	if a.CacheHit || !b.CacheHit {
		t.Fatalf("canonical arguments: %v %v", a.CacheHit, b.CacheHit)
	}
	if !b.Allow || b.ErrorResponse != nil {
		t.Fatalf("cached allow: %+v", b)
	}
}

func TestCacheNeverServesAnotherPrincipal(t *testing.T) {
	c := newCache(t, nil)
	g := newGateway(t, WithPolicy(shippedEngine(t), ""), WithCache(c, 0))
	msg := call("fs.read_file", map[string]any{"path": "/workspace/a.py"})
	if d := authorize(g, Request{Message: msg, Principal: developer("alice")}); !d.Allow {
		t.Fatalf("alice: %+v", d)
	}
	for _, p := range []*Principal{
		{ID: "bob", Roles: []string{"developer"}},                          // same roles, another id
		{ID: "alice", Roles: []string{"viewer"}},                           // same id, other roles
		{ID: "alice", Roles: []string{"developer"}, Groups: []string{"g"}}, // other groups
		{ID: "alice", Roles: []string{"developer"}, MFA: true},             // other mfa
	} {
		d := authorize(g, Request{Message: msg, Principal: p})
		if d.CacheHit {
			t.Fatalf("%+v was served alice's decision", p)
		}
	}
	// Another server or another tool misses as well.
	for _, req := range []Request{
		{Message: msg, Principal: developer("alice"), Server: "other"},
		{Message: call("fs.list_dir", map[string]any{"path": "/workspace/a.py"}), Principal: developer("alice")},
	} {
		if d := authorize(g, req); d.CacheHit {
			t.Fatalf("%s %s: hit", req.Server, req.Message)
		}
	}
	// A viewer is denied what a developer was allowed: the decision is the viewer's own.
	if d := authorize(g, Request{Message: msg, Principal: &Principal{ID: "alice", Roles: []string{"viewer"}}}); d.Allow {
		t.Fatalf("viewer allowed: %+v", d)
	}
}

func TestCacheNeverServesAcrossPolicyRevision(t *testing.T) {
	e := shippedEngine(t)
	c := newCache(t, nil)
	g := newGateway(t, WithPolicy(e, ""), WithCache(c, 0))
	req := Request{Message: call("fs.read_file", map[string]any{"path": "/workspace/a.py"}), Principal: developer("alice")}
	first := authorize(g, req)
	if !first.Allow || !authorize(g, req).CacheHit {
		t.Fatal("not cached")
	}
	if err := e.SetData("sark/gateway/config/roles/developer/tools/fs.read_file", []byte("false")); err != nil {
		t.Fatal(err)
	}
	d := authorize(g, req)
	if d.CacheHit || d.Allow || d.PolicyRevision == first.PolicyRevision || joined(d.Reasons) != "tool_not_permitted: fs.read_file" {
		t.Fatalf("after the change: %+v", d)
	}
	if d2 := authorize(g, req); !d2.CacheHit || d2.Allow || d2.PolicyRevision != d.PolicyRevision {
		t.Fatalf("new revision not cached: %+v", d2)
	}
}

func TestCacheTTLFromPolicy(t *testing.T) {
	var now atomic.Int64
	c := newCache(t, now.Load)
	g := newGateway(t, WithPolicy(shippedEngine(t), ""), WithCache(c, 0))
	// fs.read_file is internal: the shipped policy says cache_ttl 180.
	req := Request{Message: call("fs.read_file", map[string]any{"path": "/workspace/a.py"}), Principal: developer("alice")}
	authorize(g, req)
	now.Store(int64(179 * time.Second))
	if !authorize(g, req).CacheHit {
		t.Fatal("expired before 180 s")
	}
	now.Store(int64(180 * time.Second))
	if authorize(g, req).CacheHit {
		t.Fatal("served at 180 s")
	}
	// Without a hint the configured default applies; a hint of 0 is not cached.
	for src, ttl := range map[string]time.Duration{
		`decision := {"allow": true}`:                   7 * time.Second,
		`decision := {"allow": true, "cache_ttl": 0}`:   0,
		`decision := {"allow": true, "cache_ttl": 2.5}`: 2500 * time.Millisecond,
	} {
		now.Store(0)
		c.Clear()
		g := newGateway(t, WithPolicy(regoEngine(t, "package t\n"+src), "data.t.decision"), WithCache(c, 7*time.Second))
		authorize(g, req)
		now.Store(int64(ttl) - 1)
		hit := authorize(g, req).CacheHit
		now.Store(int64(ttl))
		if hit != (ttl > 0) || authorize(g, req).CacheHit {
			t.Errorf("%s: hit before %v = %v", src, ttl, hit)
		}
	}
}

func TestCacheEntryOfAnotherOwnerIsNotAnswer(t *testing.T) {
	c := newCache(t, nil)
	g := newGateway(t, WithPolicy(shippedEngine(t), ""), WithCache(c, 0))
	req := Request{Message: call("fs.read_file", map[string]any{"path": "/etc/passwd"}), Principal: developer("alice")}
	authorize(g, req)
	// Overwrite the gateway's entry with a value it did not write (a Python value of a shared
	// cache): it is a miss, and the policy decides again.
	if c.Len() != 1 {
		t.Fatal("no entry")
	}
	key := cacheKeyOf(t, g, req)
	if !c.Contains(key) {
		t.Fatal("the gateway's key is not in the cache")
	}
	if err := c.Set(key, `s{"allow":true}`, 0); err != nil {
		t.Fatal(err)
	}
	d := authorize(g, req)
	if d.CacheHit || d.Allow {
		t.Fatalf("%+v", d)
	}
	// A corrupt entry of its own denies with error:cache.
	if err := c.Set(key, `g{"allow":`, 0); err != nil {
		t.Fatal(err)
	}
	if d := authorize(g, req); d.Allow || joined(d.Reasons) != "error:cache" {
		t.Fatalf("%+v", d)
	}
}

// cacheKey computes the key of req as the cache stage does, by running the stages up to it.
func cacheKeyOf(t *testing.T, g *Gateway, req Request) string {
	t.Helper()
	var d Decision
	if req.Time.IsZero() {
		req.Time = wed10
	}
	p := &pipeline{g: g, ctx: t.Context(), req: &req, d: &d}
	for _, s := range stages {
		if s.off != nil && s.off(&g.cfg) {
			continue
		}
		if _, err := g.runStage(p, s); err != nil {
			t.Fatal(err)
		}
		if s.name == StageCache {
			break
		}
	}
	return cacheKey(g.cfg.engine.Revision(), p.keyBody)
}
