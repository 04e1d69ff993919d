package redistier

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"
	"github.com/sark-accel/sark-accel/go/cache"
)

// Stats counts what the Redis tier did; L1's own counters are in L1().Stats().
type Stats struct {
	L2Hits        uint64 `json:"l2_hits"`        // L1 misses answered by Redis
	L2Misses      uint64 `json:"l2_misses"`      // L1 misses Redis had no current entry for
	RedisFailures uint64 `json:"redis_failures"` // operations that failed or timed out
	RedisSkipped  uint64 `json:"redis_skipped"`  // operations skipped while the breaker was open
	Recoveries    uint64 `json:"recoveries"`     // successes that closed an open breaker
	Revisions     uint64 `json:"revisions"`      // revision changes applied (own or the fleet's)
	// RevisionsRefused counts revisions read from the channel or its key that were not
	// adopted: longer than MaxRevisionLen or holding NUL.
	RevisionsRefused uint64 `json:"revisions_refused"`
}

// Cache is a two-level cache: L1 in process, Redis shared. It is safe for concurrent use.
type Cache struct {
	l1  *cache.Cache[string]
	rdb *redis.Client
	cfg config
	brk breaker

	revMu sync.Mutex // orders revision changes with the L1 clear they cause
	rev   atomic.Pointer[string]

	l2Hits, l2Misses, failures, skipped, recoveries, revisions, revisionsRefused atomic.Uint64

	subClient *redis.Client
	sub       *redis.PubSub
	subDone   chan struct{}
	closeErr  error
	closed    sync.Once
}

// New puts the Redis at redisURL (redis://[user:password@]host:port/db) behind l1. It does
// not wait for Redis: an unreachable one only means misses go to the caller.
func New(l1 *cache.Cache[string], redisURL string, opts ...Option) (*Cache, error) {
	cfg := defaults()
	for _, opt := range opts {
		if err := opt(&cfg); err != nil {
			return nil, err
		}
	}
	if l1 == nil {
		return nil, fmt.Errorf("%w: nil L1 cache", ErrInvalidOption)
	}
	ro, err := redis.ParseURL(redisURL)
	if err != nil { // the URL may hold a password: never repeat it
		return nil, fmt.Errorf("%w: redis_url is not a valid redis:// or rediss:// URL", ErrInvalidOption)
	}
	bound(ro, cfg.timeout)
	silence.Do(func() { redis.SetLogger(quiet{}) })
	c := &Cache{l1: l1, rdb: redis.NewClient(ro), cfg: cfg, subDone: make(chan struct{})}
	c.brk.min, c.brk.max = cfg.minBackoff, cfg.maxBackoff
	rev := cfg.revision
	c.rev.Store(&rev)

	subOpts := *ro
	subOpts.ReadTimeout = 0 // the subscriber waits for messages; pings detect a dead server
	c.subClient = redis.NewClient(&subOpts)
	c.sub = c.subClient.Subscribe(context.Background(), cfg.channel)
	go c.follow(c.sub.ChannelWithSubscriptions(redis.WithChannelHealthCheckInterval(time.Second)))
	return c, nil
}

// bound makes every operation of the client end within timeout: no retries, one dial. Idle
// connections are kept ready by go-redis in the background (MinIdleConns), where a dial may
// take longer than a request's budget on a busy host; a request's own dial is cut at timeout.
func bound(ro *redis.Options, timeout time.Duration) {
	ro.ReadTimeout, ro.WriteTimeout, ro.PoolTimeout = timeout, timeout, timeout
	ro.DialTimeout = max(timeout, backgroundDialTimeout)
	ro.MinIdleConns = 2
	ro.ContextTimeoutEnabled = true
	ro.MaxRetries = -1
	ro.DialerRetries = 1
	ro.DialerRetryTimeout = timeout
	ro.DisableIdentity = true
	ro.Protocol = 2
	ro.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}
}

const backgroundDialTimeout = 250 * time.Millisecond

// quiet drops go-redis's log lines: it logs every failed dial, and an outage would flood the
// host process's stderr; the tier counts failures in Stats instead.
type quiet struct{}

func (quiet) Printf(context.Context, string, ...interface{}) {}

var silence sync.Once

// L1 returns the local tier (for Len, Clear, EvictExpired and its Stats).
func (c *Cache) L1() *cache.Cache[string] { return c.l1 }

// Revision returns the policy revision entries are read and written under.
func (c *Cache) Revision() string { return *c.rev.Load() }

func l1Key(rev, key string) string { return rev + "\x00" + key }

// Get returns the value under key decided under the current revision: from L1, else Redis.
func (c *Cache) Get(key string) (string, bool) {
	rev := c.Revision()
	if v, ok := c.l1.Get(l1Key(rev, key)); ok {
		return v, true
	}
	raw, ttl, err := c.readCapped(key)
	if err != nil {
		return "", false
	}
	entryRev, v, ok := open(raw)
	if !ok || len(raw) > MaxEnvelopeBytes || entryRev != rev || ttl <= 0 || !c.cfg.accept(v) {
		c.l2Misses.Add(1)
		return "", false
	}
	c.l2Hits.Add(1)
	_ = c.l1.Set(l1Key(rev, key), v, ttl) // Redis's remaining time: L1 never outlives L2
	return v, true
}

// Set stores value under key for ttl (0: L1's default TTL) in both tiers. A Redis failure is
// counted, not returned: the local tier still holds the entry.
func (c *Cache) Set(key, value string, ttl time.Duration) error {
	rev := c.Revision()
	if err := c.l1.Set(l1Key(rev, key), value, ttl); err != nil {
		return err
	}
	if ttl == 0 {
		ttl = c.l1.DefaultTTL()
	}
	sealed := seal(rev, value)
	if len(sealed) > MaxEnvelopeBytes {
		return nil
	}
	_ = c.redis(func(ctx context.Context) error {
		return c.rdb.Set(ctx, key, sealed, max(ttl, time.Millisecond)).Err()
	})
	return nil
}

// Delete removes key from both tiers and reports whether L1 held a live entry.
func (c *Cache) Delete(key string) bool {
	ok := c.l1.Delete(l1Key(c.Revision(), key))
	_ = c.redis(func(ctx context.Context) error { return c.rdb.Del(ctx, key).Err() })
	return ok
}

// Contains reports whether L1 holds a live entry for key under the current revision.
func (c *Cache) Contains(key string) bool { return c.l1.Contains(l1Key(c.Revision(), key)) }

// Stats returns the Redis tier's counters.
func (c *Cache) Stats() Stats {
	return Stats{
		L2Hits: c.l2Hits.Load(), L2Misses: c.l2Misses.Load(), RedisFailures: c.failures.Load(),
		RedisSkipped: c.skipped.Load(), Recoveries: c.recoveries.Load(), Revisions: c.revisions.Load(),
		RevisionsRefused: c.revisionsRefused.Load(),
	}
}

// redis runs op within the timeout unless the breaker is open, and keeps the breaker's books.
func (c *Cache) redis(op func(ctx context.Context) error) error {
	now := time.Now()
	if !c.brk.allow(now) {
		c.skipped.Add(1)
		return errSkipped
	}
	ctx, cancel := context.WithTimeout(context.Background(), c.cfg.timeout)
	defer cancel()
	if err := op(ctx); err != nil {
		c.failures.Add(1)
		c.brk.failure(time.Now())
		return err
	}
	if c.brk.success() {
		c.recoveries.Add(1)
	}
	return nil
}

var errSkipped = errors.New("redis skipped: backing off")

// Close stops the subscriber and closes the connections. L1 is left to its owner.
func (c *Cache) Close() error {
	c.closed.Do(func() {
		c.closeErr = errors.Join(c.sub.Close(), c.subClient.Close(), c.rdb.Close())
		<-c.subDone
	})
	return c.closeErr
}

// readCapped reads key's value and remaining time in one round trip, bounded like every
// operation; of the value only the first MaxEnvelopeBytes+1 bytes: values in Redis are
// untrusted, and one byte past the limit tells an oversized value from one that fits. A
// missing key reads as "" and a negative time.
func (c *Cache) readCapped(key string) (value string, ttl time.Duration, err error) {
	err = c.redis(func(ctx context.Context) error {
		pipe := c.rdb.Pipeline()
		get, pttl := pipe.GetRange(ctx, key, 0, MaxEnvelopeBytes), pipe.PTTL(ctx, key)
		if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
			return err
		}
		value, ttl = get.Val(), pttl.Val()
		return nil
	})
	return value, ttl, err
}
