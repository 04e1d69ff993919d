package sarkbind

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sark-accel/sark-accel/go/cache"
	"github.com/sark-accel/sark-accel/go/cache/redistier"
)

// boundCache is a cache of opaque strings. The Python facade tags every value with its type
// ("s..." for str, "b..." for base64 bytes ...), so a stored value is never empty and ""
// can mean "miss".
type boundCache struct {
	c   *cache.Cache[string]
	now *atomic.Int64 // the manual clock, nil when the cache uses the monotonic clock
	// tier is the Redis tier in front of which c is L1 (nil without redis_url); s is what
	// keyed operations go through: the tier when there is one, else c.
	tier *redistier.Cache
	s    keyedStore
}

// keyedStore is the part of a cache that reads and writes single keys.
type keyedStore interface {
	Get(key string) (string, bool)
	Set(key, value string, ttl time.Duration) error
	Delete(key string) bool
	Contains(key string) bool
}

var caches = newRegistry[*boundCache]("cache")

// keySep separates keys in CacheGetMany; Python falls back to single calls for keys holding it.
const keySep = "\x1f"

// cacheConfig is the JSON CacheNew takes. Shards <= 0 picks the default for MaxEntries; with
// ManualClock the cache's time only moves through CacheSetClock. With RedisURL the cache is
// the L1 of a redistier.Cache (RedisTimeoutNs 0: its default; Revision: the starting one).
type cacheConfig struct {
	MaxEntries     int    `json:"max_entries"`
	DefaultTTLNs   int64  `json:"default_ttl_ns"`
	Shards         int    `json:"shards"`
	ManualClock    bool   `json:"manual_clock"`
	RedisURL       string `json:"redis_url"`
	RedisTimeoutNs int64  `json:"redis_timeout_ns"`
	Revision       string `json:"revision"`
}

// CacheNew creates a cache from a cacheConfig JSON and returns its handle.
func CacheNew(configJSON string) (h int64, err error) {
	defer guard(&err)
	var cfg cacheConfig
	dec := json.NewDecoder(strings.NewReader(configJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return 0, invalidf("cache config: %v", err)
	}
	if cfg.Shards <= 0 {
		cfg.Shards = cache.DefaultShards(cfg.MaxEntries)
	}
	opts := []cache.Option{cache.WithShards(cfg.Shards)}
	bc := &boundCache{}
	if cfg.ManualClock {
		bc.now = new(atomic.Int64)
		opts = append(opts, cache.WithClock(bc.now.Load))
	}
	c, err := cache.New[string](cfg.MaxEntries, time.Duration(cfg.DefaultTTLNs), opts...)
	if err != nil {
		return 0, withKind(kindInvalidArgument, err)
	}
	bc.c, bc.s = c, c
	if cfg.RedisURL != "" {
		if cfg.ManualClock {
			return 0, invalidf("a manual clock cannot drive Redis's TTLs: use one or the other")
		}
		opts := []redistier.Option{redistier.WithRevision(cfg.Revision), redistier.WithValueCheck(storedTagged)}
		if cfg.RedisTimeoutNs != 0 {
			opts = append(opts, redistier.WithTimeout(time.Duration(cfg.RedisTimeoutNs)))
		}
		if bc.tier, err = redistier.New(c, cfg.RedisURL, opts...); err != nil {
			return 0, withKind(kindInvalidArgument, err)
		}
		bc.s = bc.tier
	}
	return caches.add(bc), nil
}

// CacheClose forgets the cache (and closes its Redis connections); later calls with h fail
// with kind closed.
func CacheClose(h int64) (ok bool, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return false, nil
	}
	if !caches.remove(h) {
		return false, nil
	}
	if bc.tier != nil {
		_ = bc.tier.Close() // a failed close of a connection changes nothing for the caller
	}
	return true, nil
}

// CacheSetRevision makes rev the policy revision of a Redis-tiered cache's entries and
// broadcasts it to the fleet; it reports whether Redis took the broadcast.
func CacheSetRevision(h int64, rev string) (ok bool, err error) {
	defer guard(&err)
	bc, err := tieredCache(h)
	if err != nil {
		return false, err
	}
	if err := bc.tier.SetRevision(rev); err != nil {
		if errors.Is(err, redistier.ErrInvalidRevision) {
			return false, withKind(kindInvalidArgument, err)
		}
		return false, nil
	}
	return true, nil
}

// CacheRevision returns the current policy revision of a Redis-tiered cache.
func CacheRevision(h int64) (rev string, err error) {
	defer guard(&err)
	bc, err := tieredCache(h)
	if err != nil {
		return "", err
	}
	return bc.tier.Revision(), nil
}

// CacheTierGet is CacheGet for a cache with a Redis tier: the same, but the GIL is released,
// since an L1 miss waits for Redis (up to its timeout).
func CacheTierGet(h int64, key string) (v string, err error) {
	defer guard(&err)
	return CacheGet(h, key)
}

// CacheTierSet is CacheSet for a cache with a Redis tier, with the GIL released.
func CacheTierSet(h int64, key, value string, ttlNs int64) (ok bool, err error) {
	defer guard(&err)
	return CacheSet(h, key, value, ttlNs)
}

// CacheTierDelete is CacheDelete for a cache with a Redis tier, with the GIL released.
func CacheTierDelete(h int64, key string) (ok bool, err error) {
	defer guard(&err)
	return CacheDelete(h, key)
}

// l2Stats names the tier's counters apart from L1's when both are embedded in one reply.
type l2Stats = redistier.Stats

func tieredCache(h int64) (*boundCache, error) {
	bc, err := caches.get(h)
	if err != nil {
		return nil, err
	}
	if bc.tier == nil {
		return nil, invalidf("cache %d has no Redis tier", h)
	}
	return bc, nil
}

// CacheSetClock sets the manual clock of a cache created with manualClock.
func CacheSetClock(h int64, nowNs int64) (ok bool, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return false, err
	}
	if bc.now == nil {
		return false, invalidf("cache %d has no manual clock", h)
	}
	bc.now.Store(nowNs)
	return true, nil
}

// CacheGet returns the value under key, or "" when there is none.
//
//sark:holdgil
func CacheGet(h int64, key string) (v string, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return "", err
	}
	v, _ = bc.s.Get(key)
	return v, nil // from Redis only what storedTagged takes, which is UTF-8: it crosses unaltered
}

// CacheGetEncoded is CacheGet for a key given as base64 of its bytes: keys that cannot cross
// as a str (NUL, lone surrogates) arrive this way. It releases the GIL: with a Redis
// tier the call may wait for Redis.
func CacheGetEncoded(h int64, keyB64 string) (v string, err error) {
	defer guard(&err)
	key, err := decodeKey(keyB64)
	if err != nil {
		return "", err
	}
	return CacheGet(h, key)
}

// CacheGetMany looks up keys joined by "\x1f" and returns the live entries as a JSON object
// in request order, behind a one-letter prefix: "P" when every value is a str ("s"-tagged),
// which is then sent untagged so that Python's json.loads alone builds the result dict; "M"
// (mixed) when values keep their tags.
func CacheGetMany(h int64, joinedKeys string) (out string, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return "", err
	}
	keys := strings.Split(joinedKeys, keySep)
	values := make([]string, len(keys))
	plain := true
	for i, k := range keys {
		v, _ := bc.s.Get(k)
		values[i] = v
		plain = plain && (v == "" || v[0] == 's')
	}
	buf := make([]byte, 0, len(joinedKeys)+64*len(keys))
	buf = append(buf, 'M', '{')
	if plain {
		buf[0] = 'P'
	}
	first := true
	for i, v := range values {
		if v == "" {
			continue
		}
		if !first {
			buf = append(buf, ',')
		}
		first = false
		buf = appendJSONString(buf, keys[i])
		buf = append(buf, ':')
		if plain {
			v = v[1:]
		}
		buf = appendJSONString(buf, v)
	}
	return string(append(buf, '}')), nil
}

// appendJSONString appends s as a JSON string. s is valid UTF-8 (it came from a Python str),
// so only quotes, backslashes and control characters need escaping.
func appendJSONString(buf []byte, s string) []byte {
	const hex = "0123456789abcdef"
	buf = append(buf, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		buf = append(buf, s[start:i]...)
		switch c {
		case '"', '\\':
			buf = append(buf, '\\', c)
		default:
			buf = append(buf, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	return append(append(buf, s[start:]...), '"')
}

// CacheSet stores value under key for ttlNs nanoseconds (0: the default TTL).
//
//sark:holdgil
func CacheSet(h int64, key, value string, ttlNs int64) (ok bool, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return false, err
	}
	if err := bc.s.Set(key, value, time.Duration(ttlNs)); err != nil {
		return false, withKind(kindInvalidArgument, err)
	}
	return true, nil
}

// CacheSetEncoded is CacheSet for a base64-encoded key. It releases the GIL: with a Redis
// tier the call may wait for Redis.
func CacheSetEncoded(h int64, keyB64, value string, ttlNs int64) (ok bool, err error) {
	defer guard(&err)
	key, err := decodeKey(keyB64)
	if err != nil {
		return false, err
	}
	return CacheSet(h, key, value, ttlNs)
}

// CacheSetMany stores every member of a JSON object, in document order, with one TTL.
// It returns how many entries it stored.
func CacheSetMany(h int64, itemsJSON string, ttlNs int64) (n int, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return 0, err
	}
	dec := json.NewDecoder(strings.NewReader(itemsJSON))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return 0, invalidf("set_many wants a JSON object")
	}
	for dec.More() {
		var key, value string
		tok, err := dec.Token()
		if err != nil {
			return n, withKind(kindInvalidArgument, err)
		}
		key, _ = tok.(string)
		if err := dec.Decode(&value); err != nil {
			return n, withKind(kindInvalidArgument, err)
		}
		if err := bc.s.Set(key, value, time.Duration(ttlNs)); err != nil {
			return n, withKind(kindInvalidArgument, err)
		}
		n++
	}
	return n, nil
}

// CacheDelete removes key and reports whether a live entry was removed.
//
//sark:holdgil
func CacheDelete(h int64, key string) (ok bool, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return false, err
	}
	return bc.s.Delete(key), nil
}

// CacheDeleteEncoded is CacheDelete for a base64-encoded key. It releases the GIL: with a Redis
// tier the call may wait for Redis.
func CacheDeleteEncoded(h int64, keyB64 string) (ok bool, err error) {
	defer guard(&err)
	key, err := decodeKey(keyB64)
	if err != nil {
		return false, err
	}
	return CacheDelete(h, key)
}

// CacheContains reports whether key holds a live entry (no recency or counter change).
//
//sark:holdgil
func CacheContains(h int64, key string) (ok bool, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return false, err
	}
	return bc.s.Contains(key), nil
}

// CacheContainsEncoded is CacheContains for a base64-encoded key.
//
//sark:holdgil
func CacheContainsEncoded(h int64, keyB64 string) (ok bool, err error) {
	defer guard(&err)
	key, err := decodeKey(keyB64)
	if err != nil {
		return false, err
	}
	return CacheContains(h, key)
}

// CacheEvictExpired removes expired entries and returns how many.
func CacheEvictExpired(h int64) (n int, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return 0, err
	}
	return bc.c.EvictExpired(), nil
}

// CacheClear removes every entry.
func CacheClear(h int64) (ok bool, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return false, err
	}
	bc.c.Clear()
	return true, nil
}

// CacheLen returns the number of live entries.
//
//sark:holdgil
func CacheLen(h int64) (n int, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return 0, err
	}
	return bc.c.Len(), nil
}

// CacheStats returns the counters as JSON: {"hits","misses","evictions","expirations","size"}
// (L1's), and with a Redis tier also its redistier.Stats fields.
func CacheStats(h int64) (out string, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return "", err
	}
	if bc.tier == nil {
		b, err := json.Marshal(bc.c.Stats())
		return string(b), err
	}
	b, err := json.Marshal(struct {
		cache.Stats
		l2Stats
	}{bc.c.Stats(), bc.tier.Stats()})
	return string(b), err
}

// CacheShards returns the number of shards of the cache.
//
//sark:holdgil
func CacheShards(h int64) (n int, err error) {
	defer guard(&err)
	bc, err := caches.get(h)
	if err != nil {
		return 0, err
	}
	return bc.c.Shards(), nil
}

func decodeKey(b64 string) (string, error) {
	b, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		return "", withKind(kindInvalidArgument, errors.New("encoded key is not base64"))
	}
	return string(b), nil
}

// strTagged stores the Go gateway's decisions as the Python facade stores a str ("s" + text),
// so a gateway on the python path reads, through TTLCache, what one on the go path wrote, and
// the other way round: in one process or across a fleet sharing the Redis tier.
type strTagged struct{ s keyedStore }

func (t strTagged) Get(key string) (string, bool) {
	v, ok := t.s.Get(key)
	if !ok || len(v) == 0 || v[0] != 's' {
		return "", false
	}
	return v[1:], true
}

func (t strTagged) Set(key, value string, ttl time.Duration) error {
	return t.s.Set(key, "s"+value, ttl)
}
