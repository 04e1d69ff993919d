package redistier

import (
	"fmt"
	"testing"
	"time"

	"github.com/sark-accel/sark-accel/go/cache"
)

// BenchmarkGet: an L1 hit, a Redis hit (L1 emptied by a revision change each round) and a miss
// in both tiers, against a real redis-server.
func BenchmarkGet(b *testing.B) {
	s := startServer(b)
	l1, err := cache.New[string](10_000, time.Minute)
	if err != nil {
		b.Fatal(err)
	}
	c, err := New(l1, s.url(), WithTimeout(time.Second))
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = fmt.Sprintf("policy:decision:u%d:invoke:t:0", i)
		_ = c.Set(keys[i], "sallow", time.Minute)
	}
	b.Run("l1-hit", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			c.Get(keys[i%len(keys)])
		}
	})
	b.Run("l2-hit", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			c.L1().Clear()
			c.Get(keys[i%len(keys)])
		}
	})
	b.Run("miss", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			c.Get("policy:decision:absent:invoke:t:0")
		}
	})
}
