package policy

import (
	"strconv"
	"strings"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
)

// decisionCache is a bounded LRU of evaluation results with a deadline stored per
// entry (checked on Get), which is cheaper than the expirable LRU and needs no
// background goroutine.
type decisionCache struct {
	lru *lru.Cache[string, cachedDecision]
	ttl time.Duration
}

type cachedDecision struct {
	result  Result
	expires time.Time // zero: no expiry
}

func newDecisionCache(size int, ttl time.Duration) *decisionCache {
	c, err := lru.New[string, cachedDecision](size)
	if err != nil {
		panic(err) // only for size <= 0, which New excludes
	}
	return &decisionCache{lru: c, ttl: ttl}
}

// cacheKey joins revision, query and canonical input; the NUL separators cannot
// occur in the revision and make (query, input) pairs unambiguous because the
// input part is either empty (no input) or starts with a JSON value marker.
func cacheKey(revision uint64, query string, in *parsedInput) string {
	var b strings.Builder
	b.Grow(24 + len(query) + len(in.key))
	b.WriteString(strconv.FormatUint(revision, 36))
	b.WriteByte(0)
	b.WriteString(strconv.Itoa(len(query)))
	b.WriteByte(0)
	b.WriteString(query)
	if in.present {
		b.WriteByte('=')
		b.WriteString(in.key)
	}
	return b.String()
}

// rawCacheKey keys a result by the exact input text. The byte after the query is
// 0x01, where cacheKey writes '=' or nothing, so raw and canonical keys never meet.
func rawCacheKey(revision uint64, query string, inputJSON []byte) string {
	var b strings.Builder
	b.Grow(24 + len(query) + len(inputJSON))
	b.WriteString(strconv.FormatUint(revision, 36))
	b.WriteByte(0)
	b.WriteString(strconv.Itoa(len(query)))
	b.WriteByte(0)
	b.WriteString(query)
	b.WriteByte(1)
	b.Write(inputJSON)
	return b.String()
}

func (c *decisionCache) get(key string) (Result, bool) {
	d, ok := c.lru.Get(key)
	if !ok {
		return Result{}, false
	}
	if !d.expires.IsZero() && time.Now().After(d.expires) {
		c.lru.Remove(key)
		return Result{}, false
	}
	return d.result.clone(), true
}

func (c *decisionCache) add(key string, r Result) {
	d := cachedDecision{result: r.clone()}
	if c.ttl > 0 {
		d.expires = time.Now().Add(c.ttl)
	}
	c.lru.Add(key, d)
}

func (c *decisionCache) purge() { c.lru.Purge() }
