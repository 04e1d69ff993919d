package redistier

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestRawValuesAreStoredAndReadAsTheyAre(t *testing.T) {
	s := startServer(t)
	a := newTier(t, s.url(), patient, WithRevision("bundle-7"))
	const k = "policy:decision:alice:tool:invoke:tool_db.query:none"
	a.SetRaw(k, `{"allow": true, "reason": ""}`, 60*time.Second)
	rdb := s.client()
	ctx := context.Background()
	if raw := rdb.Get(ctx, k).Val(); raw != `{"allow": true, "reason": ""}` {
		t.Fatalf("stored %q: a raw value has no envelope", raw)
	}
	v, ttl, ok := a.GetRaw(k)
	if !ok || v != `{"allow": true, "reason": ""}` || ttl <= 59*time.Second || ttl > 60*time.Second {
		t.Fatalf("GetRaw = %q %v %v", v, ttl, ok)
	}
	if a.L1().Len() != 0 {
		t.Fatal("raw operations must not touch L1")
	}
	if _, _, ok := a.GetRaw("policy:decision:nobody:x:y:none"); ok {
		t.Fatal("absent key read")
	}
	rdb.Set(ctx, "no-ttl", "x", 0) // SARK always sets one: a key without it is not an entry
	if _, _, ok := a.GetRaw("no-ttl"); ok {
		t.Fatal("a key without a TTL read as an entry")
	}
	rdb.Set(ctx, "huge", strings.Repeat("x", MaxEnvelopeBytes+1), time.Minute) // untrusted: not read whole
	if v, _, ok := a.GetRaw("huge"); ok || v != "" {
		t.Fatalf("a value over MaxEnvelopeBytes read as an entry (%d bytes)", len(v))
	}
	rdb.Set(ctx, "at-limit", strings.Repeat("x", MaxEnvelopeBytes), time.Minute)
	if v, _, ok := a.GetRaw("at-limit"); !ok || len(v) != MaxEnvelopeBytes {
		t.Fatalf("a value of exactly MaxEnvelopeBytes: ok=%v, %d bytes", ok, len(v))
	}
	if st := a.Stats(); st.L2Hits != 2 || st.L2Misses != 3 {
		t.Fatalf("stats %+v", st)
	}
}

func TestRawReadsMissWhileRedisIsDown(t *testing.T) {
	s := startServer(t)
	a := newTier(t, s.url(), patient)
	a.SetRaw("k", "v", time.Minute)
	s.kill()
	start := time.Now()
	if _, _, ok := a.GetRaw("k"); ok {
		t.Fatal("read from a dead server")
	}
	a.SetRaw("k", "w", time.Minute) // counted or skipped, never an error or a wait
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("took %v", took)
	}
	if st := a.Stats(); st.RedisFailures+st.RedisSkipped < 2 {
		t.Fatalf("stats %+v", st)
	}
}
