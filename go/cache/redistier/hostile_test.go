package redistier

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"time"
)

// Values in Redis are untrusted: anything that can reach Redis can write under a decision
// key. A malformed, foreign or oversized value must be a miss, never a hit or a crash, and
// Get must not read more than MaxEnvelopeBytes+1 of it.
func TestHostileRedisValuesAreMisses(t *testing.T) {
	s := startServer(t)
	c := newTier(t, s.url(), patient, WithRevision("r1"))
	rdb := s.client()
	ctx := context.Background()
	fits := seal("r1", "s"+strings.Repeat("a", MaxEnvelopeBytes-len(seal("r1", "s"))))
	for name, raw := range map[string]string{
		"oversized 1x":    fits + "a",
		"oversized 16x":   seal("r1", "s"+strings.Repeat("a", 16*MaxEnvelopeBytes)),
		"length past end": "sark1:999999:r1sallow",
		"huge length":     "sark1:" + strings.Repeat("9", 64) + ":r1sallow",
		"no colon, long":  "sark1:" + strings.Repeat("1", 4*MaxEnvelopeBytes),
		"other revision":  seal("r0", "sallow"),
		"binary":          "\xff\xfe\x00sark1:2:r1sallow",
	} {
		rdb.Set(ctx, key, raw, time.Minute)
		if v, ok := c.Get(key); ok {
			t.Errorf("%s: served %d bytes", name, len(v))
		}
	}
	rdb.Set(ctx, key, fits, time.Minute)
	if v, ok := c.Get(key); !ok || len(v) != MaxEnvelopeBytes-len(seal("r1", "")) {
		t.Fatalf("an envelope of exactly MaxEnvelopeBytes must be a hit: %d, %v", len(v), ok)
	}
	if st := c.Stats(); st.RedisFailures != 0 {
		t.Fatalf("hostile values must be misses, not failures: %+v", st)
	}
}

// TestOversizedSetStaysLocal: an entry whose envelope would pass the limit is not written to
// Redis (every other process would read it as a miss) but still served from L1.
func TestOversizedSetStaysLocal(t *testing.T) {
	s := startServer(t)
	c := newTier(t, s.url(), patient)
	big := strings.Repeat("b", MaxEnvelopeBytes)
	if err := c.Set(key, big, time.Minute); err != nil {
		t.Fatal(err)
	}
	if v, ok := c.Get(key); !ok || v != big {
		t.Fatal("L1 must keep the entry")
	}
	rdb := s.client()
	if n := rdb.Exists(context.Background(), key).Val(); n != 0 {
		t.Fatal("an oversized envelope must not be written to Redis")
	}
}

// A value whose format the caller's check refuses (the Python facade's type tag) is a miss:
// counted as one, not as a hit, and never copied into L1.
func TestRefusedValueIsAMiss(t *testing.T) {
	s := startServer(t)
	tagged := func(v string) bool { return strings.HasPrefix(v, "s") }
	c := newTier(t, s.url(), patient, WithRevision("r1"), WithValueCheck(tagged))
	rdb := s.client()
	ctx := context.Background()
	rdb.Set(ctx, key, seal("r1", "xallow"), time.Minute)
	if v, ok := c.Get(key); ok {
		t.Fatalf("a refused value was served: %q", v)
	}
	if st := c.Stats(); st.L2Hits != 0 || st.L2Misses != 1 {
		t.Fatalf("a refused value must count as an L2 miss: %+v", st)
	}
	if n := c.L1().Len(); n != 0 {
		t.Fatalf("a refused value must not be copied into L1 (%d entries)", n)
	}
	rdb.Set(ctx, key, seal("r1", "sallow"), time.Minute)
	if v, ok := c.Get(key); !ok || v != "sallow" {
		t.Fatalf("an accepted value must be served: %q, %v", v, ok)
	}
	if _, err := New(c.L1(), s.url(), WithValueCheck(nil)); err == nil {
		t.Fatal("a nil value check must be refused")
	}
}

// A revision stored or published by someone else is untrusted too: one longer than
// MaxRevisionLen is refused and counted, and the stored one is read only up to one byte past
// the limit (measured: a 64 MiB stored value must not be allocated).
func TestOversizedRevisionIsRefusedUnread(t *testing.T) {
	s := startServer(t)
	rdb := s.client()
	ctx := context.Background()
	const huge = 64 << 20
	if err := rdb.Set(ctx, DefaultChannel, strings.Repeat("r", huge), 0).Err(); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	c := newTier(t, s.url(), patient, WithRevision("mine"))
	eventually(t, 10*time.Second, "the stored revision refused", func() bool { return c.Stats().RevisionsRefused == 1 })
	runtime.ReadMemStats(&after)
	grew := after.TotalAlloc - before.TotalAlloc
	t.Logf("a new tier refusing a %d-byte stored revision allocated %d bytes", huge, grew)
	if grew > huge/4 {
		t.Fatalf("reading the stored revision allocated %d bytes: it must stop past MaxRevisionLen", grew)
	}
	if got := c.Revision(); got != "mine" {
		t.Fatalf("an oversized revision was adopted (%d bytes)", len(got))
	}
	for _, msg := range []string{strings.Repeat("p", MaxRevisionLen+1), "nul\x00inside"} {
		rdb.Publish(ctx, DefaultChannel, msg)
	}
	eventually(t, 10*time.Second, "published revisions refused", func() bool { return c.Stats().RevisionsRefused == 3 })
	rdb.Publish(ctx, DefaultChannel, "r2")
	eventually(t, 10*time.Second, "a valid revision adopted", func() bool { return c.Revision() == "r2" })
	if st := c.Stats(); st.RevisionsRefused != 3 || st.Revisions != 1 {
		t.Fatalf("%+v", st)
	}
}
