package redistier

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestRedisKilledMidLoadAndRestarted: workers keep deciding while redis-server is killed and
// started again. No call fails or returns another decision, the local tier serves throughout,
// and the tier is used again after the restart (the recovery time is printed, not asserted).
func TestRedisKilledMidLoadAndRestarted(t *testing.T) {
	s := startServer(t)
	c := newTier(t, s.url())
	decide := func(i int) string { return fmt.Sprintf("s%v", i%3 == 0) } // the "policy"
	// More keys than L1 holds (10 000): a steady share of the calls reaches Redis.
	const keys = 20_000
	for i := 0; i < keys; i++ {
		_ = c.Set(fmt.Sprintf("policy:decision:u%d:invoke:t:0", i), decide(i), time.Minute)
	}
	var stop atomic.Bool
	var calls, wrong atomic.Int64
	var slowest atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; !stop.Load(); i += 7 {
				k := i % (2 * keys) // half the keys were never cached: misses go to the "policy"
				key := fmt.Sprintf("policy:decision:u%d:invoke:t:0", k)
				start := time.Now()
				v, ok := c.Get(key)
				if !ok {
					v = decide(k)
					if err := c.Set(key, v, time.Minute); err != nil {
						wrong.Add(1)
					}
				}
				if d := int64(time.Since(start)); d > slowest.Load() {
					slowest.Store(d)
				}
				if v != decide(k) {
					wrong.Add(1)
				}
				calls.Add(1)
			}
		}()
	}
	time.Sleep(200 * time.Millisecond)
	s.kill()
	killed := c.Stats()
	time.Sleep(300 * time.Millisecond)
	s.start()
	restarted, down := time.Now(), c.Stats()
	eventually(t, 10*time.Second, "the tier recovers", func() bool { return c.Stats().Recoveries > down.Recoveries })
	recovery := time.Since(restarted)
	time.Sleep(100 * time.Millisecond)
	stop.Store(true)
	wg.Wait()
	st := c.Stats()
	t.Logf("calls %d, redis failures %d, skipped %d, recovery after restart %v, slowest call %v",
		calls.Load(), st.RedisFailures, st.RedisSkipped, recovery, time.Duration(slowest.Load()))
	if wrong.Load() != 0 {
		t.Fatalf("%d calls failed or returned another decision", wrong.Load())
	}
	if st.RedisFailures <= killed.RedisFailures {
		t.Fatalf("the outage must be seen as failures: %+v", st)
	}
	// After the restart Redis is empty; entries written since are shared again. A loaded
	// machine can still time out one call and open the breaker for a backoff, so write again
	// until the other tier sees it (each Set that reaches Redis shares it).
	other := newTier(t, s.url(), patient)
	key := "policy:decision:after:invoke:t:0"
	eventually(t, 10*time.Second, "an entry written after recovery is shared", func() bool {
		_ = c.Set(key, "strue", time.Minute)
		v, ok := other.Get(key)
		return ok && v == "strue"
	})
}
