package cache

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock is a settable clock for deterministic expiry.
type fakeClock struct{ now atomic.Int64 }

func (f *fakeClock) read() int64             { return f.now.Load() }
func (f *fakeClock) advance(d time.Duration) { f.now.Add(int64(d)) }

func newTest(t *testing.T, maxEntries int, opts ...Option) (*Cache[string], *fakeClock) {
	t.Helper()
	clk := &fakeClock{}
	c, err := New[string](maxEntries, time.Minute, append([]Option{WithClock(clk.read)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return c, clk
}

func TestGetSetDelete(t *testing.T) {
	c, _ := newTest(t, 10)
	if _, ok := c.Get("a"); ok {
		t.Fatal("empty cache returned a value")
	}
	if err := c.Set("a", "1", 0); err != nil {
		t.Fatal(err)
	}
	if v, ok := c.Get("a"); !ok || v != "1" {
		t.Fatalf("Get = %q, %v", v, ok)
	}
	if !c.Delete("a") || c.Delete("a") {
		t.Fatal("Delete should report true once")
	}
	want := Stats{Hits: 1, Misses: 1}
	if got := c.Stats(); got != want {
		t.Fatalf("Stats = %+v, want %+v", got, want)
	}
}

func TestPerEntryTTL(t *testing.T) {
	c, clk := newTest(t, 10)
	_ = c.Set("short", "s", time.Second)
	_ = c.Set("long", "l", 10*time.Second)
	_ = c.Set("default", "d", 0) // one minute
	clk.advance(time.Second)     // now == deadline of "short": expired
	if c.Contains("short") || !c.Contains("long") {
		t.Fatal("short must expire exactly at its deadline, long must live")
	}
	if c.Len() != 2 {
		t.Fatalf("Len = %d, want 2", c.Len())
	}
	if _, ok := c.Get("short"); ok {
		t.Fatal("expired entry returned")
	}
	clk.advance(59 * time.Second)
	if n := c.EvictExpired(); n != 2 { // "long" and "default"; Get already removed "short"
		t.Fatalf("EvictExpired = %d, want 2", n)
	}
	if c.Len() != 0 || c.Stats().Expirations != 3 {
		t.Fatalf("Len = %d, stats = %+v", c.Len(), c.Stats())
	}
}

func TestLRUEvictionCountsExpiredSeparately(t *testing.T) {
	c, clk := newTest(t, 2, WithShards(1))
	_ = c.Set("a", "1", time.Second)
	_ = c.Set("b", "2", 0)
	c.Get("a") // a is now most recent, b least
	_ = c.Set("c", "3", 0)
	if c.Contains("b") || !c.Contains("a") || !c.Contains("c") {
		t.Fatal("LRU must evict b")
	}
	clk.advance(time.Second) // a expires; LRU order is now a (older), c
	c.Get("c")
	_ = c.Set("d", "4", 0)
	st := c.Stats()
	if st.Evictions != 1 || st.Expirations != 1 || st.Size != 2 {
		t.Fatalf("stats = %+v", st)
	}
}

func TestOverwriteKeepsSizeAndMovesToFront(t *testing.T) {
	c, _ := newTest(t, 2, WithShards(1))
	_ = c.Set("a", "1", 0)
	_ = c.Set("b", "2", 0)
	_ = c.Set("a", "3", 0) // a most recent
	_ = c.Set("c", "4", 0) // evicts b
	if v, _ := c.Get("a"); v != "3" || c.Contains("b") {
		t.Fatalf("a = %q, b present = %v", v, c.Contains("b"))
	}
}

func TestShardCapacitySplit(t *testing.T) {
	c, _ := newTest(t, 10, WithShards(4))
	total := 0
	for _, s := range c.shards {
		total += s.capacity
	}
	if c.Shards() != 4 || total != 10 || c.shards[0].capacity != 3 || c.shards[3].capacity != 2 {
		t.Fatalf("capacities wrong: shards=%d total=%d", c.Shards(), total)
	}
	small, _ := newTest(t, 3, WithShards(16))
	if small.Shards() != 3 {
		t.Fatalf("shards must not exceed max entries, got %d", small.Shards())
	}
	for i := 0; i < 1000; i++ {
		_ = c.Set(fmt.Sprint(i), "v", 0)
	}
	if c.Len() != 10 {
		t.Fatalf("Len = %d after overfilling, want 10", c.Len())
	}
}

func TestInvalidArguments(t *testing.T) {
	for _, tc := range []struct {
		max    int
		ttl    time.Duration
		shards int
	}{{0, time.Second, 1}, {1, 0, 1}, {1, -time.Second, 1}, {1, time.Second, 0}} {
		if _, err := New[string](tc.max, tc.ttl, WithShards(tc.shards)); !errors.Is(err, ErrInvalidSize) {
			t.Errorf("New(%d, %v, shards %d): err = %v", tc.max, tc.ttl, tc.shards, err)
		}
	}
	c, _ := newTest(t, 1)
	if err := c.Set("a", "b", -1); !errors.Is(err, ErrInvalidTTL) {
		t.Fatalf("negative ttl: err = %v", err)
	}
}

func TestDefaultShards(t *testing.T) {
	for in, want := range map[int]int{1: 1, 255: 1, 512: 2, 10_000: 16, 1 << 30: 16} {
		if got := DefaultShards(in); got != want {
			t.Errorf("DefaultShards(%d) = %d, want %d", in, got, want)
		}
	}
}

// TestConcurrentNoLostUpdates: every goroutine owns its keys, so every Set must be readable
// afterwards and the counters must add up exactly.
func TestConcurrentNoLostUpdates(t *testing.T) {
	c, err := New[string](100_000, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	const workers, perWorker = 8, 2000
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				k := fmt.Sprintf("%d/%d", w, i)
				_ = c.Set(k, k, 0)
				if v, ok := c.Get(k); !ok || v != k {
					t.Errorf("lost update for %s", k)
				}
			}
		}()
	}
	wg.Wait()
	st := c.Stats()
	if st.Size != workers*perWorker || st.Hits != workers*perWorker || st.Misses != 0 {
		t.Fatalf("stats = %+v", st)
	}
}

func BenchmarkGet90Set10(b *testing.B) {
	for _, shards := range []int{1, 16} {
		b.Run(fmt.Sprintf("shards=%d", shards), func(b *testing.B) {
			c, _ := New[string](10_000, time.Minute, WithShards(shards))
			keys := make([]string, 20_000)
			for i := range keys {
				keys[i] = fmt.Sprintf("policy:decision:user%d:invoke:tool%d", i%500, i)
				_ = c.Set(keys[i], "allow", 0)
			}
			var seq atomic.Uint64
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				i := seq.Add(7919)
				for pb.Next() {
					i++
					k := keys[i%uint64(len(keys))]
					if i%10 == 0 {
						_ = c.Set(k, "allow", 0)
					} else {
						c.Get(k)
					}
				}
			})
		})
	}
}
