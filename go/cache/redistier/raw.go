package redistier

import (
	"context"
	"time"
)

// GetRaw returns the value Redis holds under key exactly as stored, without the envelope's
// revision check, and the time Redis has left on it: for a value in another program's format
// (SARK's own policy cache, which the gateway shares). L1 is neither read nor written. Bounded
// like every operation; a failure, a missing or empty key, a key without a TTL or a value over
// MaxEnvelopeBytes is a miss.
func (c *Cache) GetRaw(key string) (value string, ttl time.Duration, ok bool) {
	value, ttl, err := c.readCapped(key)
	ok = value != "" // GETRANGE of a missing key is ""
	if err != nil || !ok || ttl <= 0 || len(value) > MaxEnvelopeBytes {
		if err == nil {
			c.l2Misses.Add(1)
		}
		return "", 0, false
	}
	c.l2Hits.Add(1)
	return value, ttl, true
}

// SetRaw stores value under key in Redis only, as it is (no envelope), for ttl (at least
// 1 ms). A failure is counted, not returned, as for Set.
func (c *Cache) SetRaw(key, value string, ttl time.Duration) {
	_ = c.redis(func(ctx context.Context) error {
		return c.rdb.Set(ctx, key, value, max(ttl, time.Millisecond)).Err()
	})
}
