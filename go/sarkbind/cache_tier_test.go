package sarkbind

import (
	"encoding/json"
	"net"
	"strings"
	"testing"
)

// deadPort is a loopback port nothing listens on.
func deadPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	return addr
}

// TestCacheTierServesLocallyWithoutRedis: a cache whose Redis is unreachable still stores and
// answers, counts the failures, and reports its revision.
func TestCacheTierServesLocallyWithoutRedis(t *testing.T) {
	h, err := CacheNew(`{"max_entries":100,"default_ttl_ns":60000000000,"redis_url":"redis://` + deadPort(t) + `/0","revision":"r1"}`)
	if err != nil {
		t.Fatal(err)
	}
	defer CacheClose(h)
	if _, err := CacheTierSet(h, "policy:decision:a:b:c:0", "sallow", 0); err != nil {
		t.Fatal(err)
	}
	if v, err := CacheTierGet(h, "policy:decision:a:b:c:0"); err != nil || v != "sallow" {
		t.Fatalf("get = %q, %v", v, err)
	}
	if rev, err := CacheRevision(h); err != nil || rev != "r1" {
		t.Fatalf("revision = %q, %v", rev, err)
	}
	out, err := CacheStats(h)
	if err != nil {
		t.Fatal(err)
	}
	var st map[string]int
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatal(err)
	}
	if st["hits"] != 1 || st["redis_failures"]+st["redis_skipped"] == 0 {
		t.Fatalf("stats = %s", out)
	}
	if ok, err := CacheSetRevision(h, "r2"); err != nil || ok {
		t.Fatalf("a broadcast without Redis must report false, not fail: %v %v", ok, err)
	}
	if v, _ := CacheTierGet(h, "policy:decision:a:b:c:0"); v != "" {
		t.Fatalf("entry of revision r1 served under r2: %q", v)
	}
	if _, err := CacheSetRevision(h, "bad\x00rev"); err == nil || !strings.Contains(err.Error(), "sark:invalid_argument:") {
		t.Fatalf("NUL in a revision: %v", err)
	}
}

func TestCacheTierRefusals(t *testing.T) {
	for _, cfg := range []string{
		`{"max_entries":10,"default_ttl_ns":1000000000,"redis_url":"http://u:s3cret@x/0"}`,
		`{"max_entries":10,"default_ttl_ns":1000000000,"redis_url":"redis://127.0.0.1:1/0","manual_clock":true}`,
		`{"max_entries":10,"default_ttl_ns":1000000000,"redis_url":"redis://127.0.0.1:1/0","redis_timeout_ns":-1}`,
	} {
		_, err := CacheNew(cfg)
		if err == nil || !strings.HasPrefix(err.Error(), "sark:invalid_argument:") || strings.Contains(err.Error(), "s3cret") {
			t.Errorf("CacheNew(%s): %v", cfg, err)
		}
	}
	h, _ := CacheNew(`{"max_entries":10,"default_ttl_ns":1000000000}`)
	defer CacheClose(h)
	if _, err := CacheRevision(h); err == nil || !strings.HasPrefix(err.Error(), "sark:invalid_argument:") {
		t.Fatalf("revision of a cache without Redis: %v", err)
	}
}

// TestGatewayValuesAreStrTagged: what the Go gateway stores reads as a str in Python, and a
// str Python stored reads back for the gateway.
func TestGatewayValuesAreStrTagged(t *testing.T) {
	h, _ := CacheNew(`{"max_entries":10,"default_ttl_ns":1000000000}`)
	defer CacheClose(h)
	bc, _ := caches.get(h)
	tagged := strTagged{bc.s}
	_ = tagged.Set("gw1:1:k", `g{"allow":true}`, 0)
	if v, _ := CacheGet(h, "gw1:1:k"); v != `sg{"allow":true}` {
		t.Fatalf("stored %q", v)
	}
	_, _ = CacheSet(h, "gw1:1:p", `sg{"allow":false}`, 0)
	_, _ = CacheSet(h, "gw1:1:b", `bZ3c=`, 0) // bytes: never a decision
	if v, ok := tagged.Get("gw1:1:p"); !ok || v != `g{"allow":false}` {
		t.Fatalf("read %q %v", v, ok)
	}
	if v, ok := tagged.Get("gw1:1:b"); ok {
		t.Fatalf("bytes value read as a decision: %q", v)
	}
}
