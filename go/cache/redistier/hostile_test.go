package redistier

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// Values in Redis are untrusted: anything that can reach Redis can write under a decision
// key. A malformed, foreign or oversized value must be a miss, never a hit or a crash, and
// Get must not read more than MaxEnvelopeBytes+1 of it.
func TestHostileRedisValuesAreMisses(t *testing.T) {
	s := startServer(t)
	c := newTier(t, s.url(), patient, WithRevision("r1"))
	rdb := redis.NewClient(&redis.Options{Addr: strings.TrimSuffix(strings.TrimPrefix(s.url(), "redis://"), "/0")})
	defer rdb.Close()
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
	rdb := redis.NewClient(&redis.Options{Addr: strings.TrimSuffix(strings.TrimPrefix(s.url(), "redis://"), "/0")})
	defer rdb.Close()
	if n := rdb.Exists(context.Background(), key).Val(); n != 0 {
		t.Fatal("an oversized envelope must not be written to Redis")
	}
}
