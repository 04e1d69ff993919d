package cache

import (
	"errors"
	"fmt"
	"hash/crc32"
	"time"
	"unsafe"
)

// ErrInvalidTTL is returned for a negative TTL (zero means the cache's default TTL).
var ErrInvalidTTL = errors.New("ttl must be positive")

// ErrInvalidSize is returned by New for a maxEntries, shard count or default TTL below 1.
var ErrInvalidSize = errors.New("invalid cache size")

// Stats are the cache's counters and its number of live entries.
type Stats struct {
	Hits        uint64 `json:"hits"`
	Misses      uint64 `json:"misses"`
	Evictions   uint64 `json:"evictions"`
	Expirations uint64 `json:"expirations"`
	Size        int    `json:"size"`
}

// Cache is a sharded LRU with a TTL per entry. It is safe for concurrent use.
type Cache[V any] struct {
	shards     []*shard[V]
	clock      Clock
	defaultTTL time.Duration
}

// New returns a cache holding at most maxEntries entries, each living defaultTTL unless Set
// is given another TTL.
func New[V any](maxEntries int, defaultTTL time.Duration, opts ...Option) (*Cache[V], error) {
	if maxEntries < 1 {
		return nil, fmt.Errorf("%w: max_entries must be at least 1, got %d", ErrInvalidSize, maxEntries)
	}
	if defaultTTL <= 0 {
		return nil, fmt.Errorf("%w: default ttl must be positive, got %v", ErrInvalidSize, defaultTTL)
	}
	cfg := config{shards: DefaultShards(maxEntries), clock: monotonic}
	for _, opt := range opts {
		opt(&cfg)
	}
	if cfg.shards < 1 {
		return nil, fmt.Errorf("%w: shards must be at least 1, got %d", ErrInvalidSize, cfg.shards)
	}
	n := min(cfg.shards, maxEntries)
	c := &Cache[V]{shards: make([]*shard[V], n), clock: cfg.clock, defaultTTL: defaultTTL}
	for i := range c.shards {
		capacity := maxEntries / n
		if i < maxEntries%n {
			capacity++
		}
		c.shards[i] = newShard[V](capacity)
	}
	return c, nil
}

func (c *Cache[V]) shardOf(key string) *shard[V] {
	if len(c.shards) == 1 {
		return c.shards[0]
	}
	// Read the key's bytes in place: []byte(key) would allocate on every call.
	b := unsafe.Slice(unsafe.StringData(key), len(key))
	return c.shards[crc32.ChecksumIEEE(b)%uint32(len(c.shards))]
}

// Get returns the live value stored under key.
func (c *Cache[V]) Get(key string) (V, bool) {
	return c.shardOf(key).get(key, c.clock())
}

// Set stores value under key for ttl (0: the default TTL), replacing any previous entry.
func (c *Cache[V]) Set(key string, value V, ttl time.Duration) error {
	if ttl < 0 {
		return fmt.Errorf("%w, got %v", ErrInvalidTTL, ttl)
	}
	if ttl == 0 {
		ttl = c.defaultTTL
	}
	now := c.clock()
	c.shardOf(key).set(key, value, now+int64(ttl), now)
	return nil
}

// Delete removes key and reports whether a live entry was removed.
func (c *Cache[V]) Delete(key string) bool {
	return c.shardOf(key).remove(key, c.clock())
}

// Contains reports whether key holds a live entry, without touching recency or counters.
func (c *Cache[V]) Contains(key string) bool {
	return c.shardOf(key).contains(key, c.clock())
}

// EvictExpired removes every expired entry and returns how many it removed.
func (c *Cache[V]) EvictExpired() int {
	now, n := c.clock(), 0
	for _, s := range c.shards {
		n += s.evictExpired(now)
	}
	return n
}

// Len returns the number of live entries. It is O(entries): it checks every deadline.
func (c *Cache[V]) Len() int {
	now, n := c.clock(), 0
	for _, s := range c.shards {
		n += s.live(now)
	}
	return n
}

// Clear removes every entry. The counters are kept.
func (c *Cache[V]) Clear() {
	for _, s := range c.shards {
		s.clear()
	}
}

// Stats sums the counters of all shards and counts the live entries.
func (c *Cache[V]) Stats() Stats {
	var total Stats
	for _, s := range c.shards {
		st := s.stats()
		total.Hits += st.Hits
		total.Misses += st.Misses
		total.Evictions += st.Evictions
		total.Expirations += st.Expirations
	}
	total.Size = c.Len()
	return total
}

// DefaultTTL returns the TTL of entries set with ttl 0.
func (c *Cache[V]) DefaultTTL() time.Duration { return c.defaultTTL }

// Shards returns the number of shards.
func (c *Cache[V]) Shards() int { return len(c.shards) }
