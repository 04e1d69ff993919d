package authn

import (
	"crypto/sha256"
	"sync"
	"time"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

type tokenHash = [sha256.Size]byte

type cachedToken struct {
	principal *Principal
	jti       string
	until     time.Time
}

// tokenCache remembers verified tokens by SHA-256 (never the token) and the revocations.
type tokenCache struct {
	mu            sync.Mutex
	lru           *simplelru.LRU[tokenHash, cachedToken] // nil when disabled
	ttl           time.Duration
	gen           uint64 // counts purges
	maxRevoked    int
	revokedJTI    map[string]struct{}
	revokedTokens map[tokenHash]struct{}
}

func newTokenCache(size int, ttl time.Duration, maxRevoked int) *tokenCache {
	c := &tokenCache{ttl: ttl, maxRevoked: maxRevoked, revokedJTI: map[string]struct{}{}, revokedTokens: map[tokenHash]struct{}{}}
	if size > 0 && ttl > 0 {
		c.lru, _ = simplelru.NewLRU[tokenHash, cachedToken](size, nil)
	}
	return c
}

// lookup answers a cached token still inside its lifetime; revoked is checked by the caller.
func (c *tokenCache) lookup(h tokenHash, now time.Time) (*Principal, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lru == nil {
		return nil, false
	}
	e, ok := c.lru.Get(h)
	if !ok {
		return nil, false
	}
	if !now.Before(e.until) {
		c.lru.Remove(h)
		return nil, false
	}
	if _, r := c.revokedJTI[e.jti]; r && e.jti != "" {
		return nil, false
	}
	return e.principal, true
}

// generation identifies the key set a verification starts with.
func (c *tokenCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// store keeps a verified token unless the cache was purged since gen was read.
func (c *tokenCache) store(h tokenHash, p *Principal, jti string, now, expires time.Time, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.lru == nil || gen != c.gen {
		return
	}
	until := now.Add(c.ttl)
	if !expires.IsZero() && expires.Before(until) {
		until = expires
	}
	c.lru.Add(h, cachedToken{principal: p, jti: jti, until: until})
}

func (c *tokenCache) purge() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	if c.lru != nil {
		c.lru.Purge()
	}
}

func (c *tokenCache) isRevoked(h tokenHash, jti string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, r := c.revokedTokens[h]; r {
		return true
	}
	_, r := c.revokedJTI[jti]
	return r && jti != ""
}

func (c *tokenCache) revokeJTI(jti string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.revokedJTI)+len(c.revokedTokens) >= c.maxRevoked {
		return fail(ReasonBusy, "revocation list is full")
	}
	c.revokedJTI[jti] = struct{}{}
	return nil
}

func (c *tokenCache) revokeToken(h tokenHash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.revokedJTI)+len(c.revokedTokens) >= c.maxRevoked {
		return fail(ReasonBusy, "revocation list is full")
	}
	c.revokedTokens[h] = struct{}{}
	if c.lru != nil {
		c.lru.Remove(h)
	}
	return nil
}
