package redistier

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/sark-accel/sark-accel/go/cache"
)

const key = "policy:decision:alice:invoke:db.query:0123456789abcdef"

func TestSharedAcrossProcessesViaRedis(t *testing.T) {
	s := startServer(t)
	a, b := newTier(t, s.url(), patient), newTier(t, s.url(), patient)
	if err := a.Set(key, "sallow", time.Minute); err != nil {
		t.Fatal(err)
	}
	if v, ok := b.Get(key); !ok || v != "sallow" {
		t.Fatalf("b.Get = %q, %v; want a's entry through Redis", v, ok)
	}
	if st := b.Stats(); st.L2Hits != 1 || st.L2Misses != 0 {
		t.Fatalf("b stats = %+v", st)
	}
	if !b.Contains(key) {
		t.Fatal("a Redis hit must be copied into L1")
	}
	b.Get(key)
	if st := b.Stats(); st.L2Hits != 1 || b.L1().Stats().Hits != 1 {
		t.Fatalf("second read must be an L1 hit: %+v %+v", st, b.L1().Stats())
	}
	if _, ok := b.Get("policy:decision:nobody:x:y:0"); ok || b.Stats().L2Misses != 1 {
		t.Fatalf("absent key: stats %+v", b.Stats())
	}
}

func TestRedisHoldsTheEntryTTLAndEnvelope(t *testing.T) {
	s := startServer(t)
	a := newTier(t, s.url(), patient, WithRevision("bundle-7"))
	_ = a.Set(key, "sdeny", 60*time.Second)
	rdb := s.client()
	ctx := context.Background()
	if raw := rdb.Get(ctx, key).Val(); raw != "sark1:8:bundle-7sdeny" {
		t.Fatalf("stored %q", raw)
	}
	if ttl := rdb.PTTL(ctx, key).Val(); ttl <= 59*time.Second || ttl > 60*time.Second {
		t.Fatalf("PTTL = %v, want the entry's 60 s", ttl)
	}
	// A value SARK or anything else wrote under the key is not a decision of ours.
	rdb.Set(ctx, "policy:decision:bob:invoke:x:1", `{"allow": true}`, time.Minute)
	if v, ok := a.Get("policy:decision:bob:invoke:x:1"); ok {
		t.Fatalf("foreign value served: %q", v)
	}
}

func TestRevisionChangeReachesEveryCache(t *testing.T) {
	s := startServer(t)
	caches := []*Cache{newTier(t, s.url(), patient), newTier(t, s.url(), patient), newTier(t, s.url(), patient)}
	for _, c := range caches {
		_ = c.Set(key, "sallow", time.Minute)
	}
	time.Sleep(100 * time.Millisecond) // the subscriptions are up
	if err := caches[0].SetRevision("r2"); err != nil {
		t.Fatal(err)
	}
	for i, c := range caches {
		eventually(t, 2*time.Second, "revision r2 adopted", func() bool { return c.Revision() == "r2" })
		if _, ok := c.Get(key); ok {
			t.Fatalf("cache %d serves an entry of the old revision", i)
		}
		if c.L1().Len() != 0 {
			t.Fatalf("cache %d kept %d stale local entries", i, c.L1().Len())
		}
	}
	// A process that starts later takes the stored revision.
	late := newTier(t, s.url(), patient, WithRevision("r1"))
	eventually(t, 2*time.Second, "late cache reads the stored revision", func() bool { return late.Revision() == "r2" })
}

func TestUnreachableRedisNeverFailsOrBlocks(t *testing.T) {
	s := startServer(t)
	url := s.url()
	s.kill()
	c := newTier(t, url)
	start := time.Now()
	for i := 0; i < 1000; i++ {
		if err := c.Set(key, "sallow", time.Minute); err != nil {
			t.Fatal(err)
		}
		if v, ok := c.Get(key); !ok || v != "sallow" {
			t.Fatalf("local tier must serve: %q %v", v, ok)
		}
	}
	st := c.Stats()
	if st.RedisFailures == 0 || st.RedisSkipped == 0 {
		t.Fatalf("failures must be counted and the breaker must skip: %+v", st)
	}
	// Hang guard only: 1000 sets each bounded by the 5 ms timeout or skipped.
	if d := time.Since(start); d > 20*time.Second {
		t.Fatalf("took %v", d)
	}
}

func TestBreakerBacksOffAndCloses(t *testing.T) {
	b := breaker{min: 10 * time.Millisecond, max: 40 * time.Millisecond}
	now := time.Unix(1000, 0)
	if !b.allow(now) {
		t.Fatal("closed breaker must allow")
	}
	for _, want := range []time.Duration{10, 20, 40, 40} {
		b.failure(now)
		if b.allow(now.Add(want*time.Millisecond-1)) || !b.allow(now.Add(want*time.Millisecond)) {
			t.Fatalf("backoff should be %v ms", want)
		}
	}
	if !b.success() || b.success() || !b.allow(now) {
		t.Fatal("success closes the breaker once")
	}
}

func TestInvalidArguments(t *testing.T) {
	l1, _ := cache.New[string](10, time.Minute)
	for _, tc := range []struct {
		url  string
		opts []Option
		want error
	}{
		{"http://x", nil, ErrInvalidOption},
		{"redis://:s3cret@127.0.0.1:1/0?bogus=1", nil, ErrInvalidOption},
		{"redis://127.0.0.1:1", []Option{WithTimeout(0)}, ErrInvalidOption},
		{"redis://127.0.0.1:1", []Option{WithBackoff(time.Second, time.Millisecond)}, ErrInvalidOption},
		{"redis://127.0.0.1:1", []Option{WithChannel("")}, ErrInvalidOption},
		{"redis://127.0.0.1:1", []Option{WithRevision("a\x00b")}, ErrInvalidRevision},
	} {
		_, err := New(l1, tc.url, tc.opts...)
		if !errors.Is(err, tc.want) {
			t.Errorf("New(%q): err = %v, want %v", tc.url, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "s3cret") {
			t.Errorf("error repeats the password: %v", err)
		}
	}
}
