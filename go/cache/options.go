package cache

import "time"

// Clock returns the current time in nanoseconds. Only differences between its values matter.
type Clock func() int64

// Option configures a Cache.
type Option func(*config)

type config struct {
	shards int
	clock  Clock
}

// WithShards sets the number of shards (default: DefaultShards(maxEntries)). It is reduced to
// maxEntries when larger, so that every shard holds at least one entry.
func WithShards(n int) Option { return func(c *config) { c.shards = n } }

// WithClock replaces the monotonic clock, for tests and for callers that own the time.
func WithClock(clock Clock) Option { return func(c *config) { c.clock = clock } }

// DefaultShards is one shard per 256 entries, at least 1 and at most 16: small caches keep an
// exact LRU order, large ones spread lock contention.
func DefaultShards(maxEntries int) int {
	return max(1, min(16, maxEntries/256))
}

var processStart = time.Now()

// monotonic reads Go's monotonic clock (time.Since never goes backwards).
func monotonic() int64 { return int64(time.Since(processStart)) }
