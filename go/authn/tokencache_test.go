package authn

import (
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

func hmacEnv(t *testing.T, opts ...Option) (*Authenticator, *testClock, *signer) {
	s := testSigners(t)["hmac"]
	clock := newClock()
	base := []Option{WithKeys(mustKey(t)(HMACKey("", s.priv.([]byte)))), WithClock(clock.now)}
	return mustNew(t, append(base, opts...)...), clock, s
}

// The cache answers with the very principal it stored, until exp.
func TestCachedUntilExp(t *testing.T) {
	a, clock, s := hmacEnv(t, WithCache(10, time.Hour))
	tok := mint(t, s, "HS256", "", jwt.MapClaims{"sub": "a", "exp": clock.unix(30)})
	p1, err := a.VerifyJWT(tok)
	if err != nil {
		t.Fatal(err)
	}
	p2, _ := a.VerifyJWT(tok)
	if p1 != p2 {
		t.Fatal("second check was not answered by the cache")
	}
	clock.advance(30 * time.Second)
	_, err = a.VerifyJWT(tok)
	wantReason(t, err, ReasonExpired, tok)
	if st := a.Stats(); st.JWTVerified != 1 || st.JWTCacheHits != 1 || st.JWTRefused != 1 {
		t.Fatalf("stats %+v", st)
	}
}

// Without exp the entry lives for the TTL, then the token is verified again.
func TestCachedAtMostTTL(t *testing.T) {
	a, clock, s := hmacEnv(t, WithCache(10, time.Minute))
	tok := mint(t, s, "HS256", "", jwt.MapClaims{"sub": "a"})
	p1, _ := a.VerifyJWT(tok)
	clock.advance(59 * time.Second)
	if p2, _ := a.VerifyJWT(tok); p2 != p1 {
		t.Fatal("not cached inside the TTL")
	}
	clock.advance(time.Second)
	if p3, err := a.VerifyJWT(tok); err != nil || p3 == p1 {
		t.Fatalf("cached past the TTL: %v", err)
	}
}

func TestRevoke(t *testing.T) {
	a, _, s := hmacEnv(t)
	tok := mint(t, s, "HS256", "", jwt.MapClaims{"sub": "a", "jti": "j-1"})
	same := mint(t, s, "HS256", "", jwt.MapClaims{"sub": "a", "jti": "j-1", "x": 1})
	other := mint(t, s, "HS256", "", jwt.MapClaims{"sub": "a", "jti": "j-2"})
	for _, tk := range []string{tok, other} {
		if _, err := a.VerifyJWT(tk); err != nil { // now cached
			t.Fatal(err)
		}
	}
	if err := a.Revoke("j-1"); err != nil {
		t.Fatal(err)
	}
	for _, tk := range []string{tok, same} {
		_, err := a.VerifyJWT(tk)
		wantReason(t, err, ReasonRevoked, tk)
	}
	if _, err := a.VerifyJWT(other); err != nil {
		t.Fatalf("another jti: %v", err)
	}
	if err := a.RevokeToken(other); err != nil {
		t.Fatal(err)
	}
	_, err := a.VerifyJWT(other)
	wantReason(t, err, ReasonRevoked, other)
	if a.Revoke("") == nil {
		t.Fatal("empty jti accepted")
	}
}

func TestCacheDisabled(t *testing.T) {
	a, _, s := hmacEnv(t, WithCache(0, time.Minute))
	tok := mint(t, s, "HS256", "", jwt.MapClaims{"sub": "a"})
	p1, _ := a.VerifyJWT(tok)
	if p2, _ := a.VerifyJWT(tok); p1 == p2 {
		t.Fatal("cached with size 0")
	}
}

// An exp far in the future (finite) is valid; the entry is then bounded by the TTL alone.
func TestHugeExpIsBoundedByTTL(t *testing.T) {
	a, clock, s := hmacEnv(t, WithCache(10, time.Minute))
	tok := mintRaw(t, s, "HS256", `{"alg":"HS256"}`, `{"sub":"a","exp":1e300}`)
	p1, err := a.VerifyJWT(tok)
	if err != nil {
		t.Fatal(err)
	}
	if p2, _ := a.VerifyJWT(tok); p2 != p1 {
		t.Fatal("not cached")
	}
	clock.advance(time.Minute)
	if p3, err := a.VerifyJWT(tok); err != nil || p3 == p1 {
		t.Fatalf("cached past the TTL: %v", err)
	}
}

// A verification that started before a key-set change does not store its answer after it.
func TestStoreAfterPurgeIsDropped(t *testing.T) {
	c := newTokenCache(10, time.Minute, 10)
	now := epoch
	h := tokenHash{1}
	gen := c.generation()
	c.purge() // a refresh replaced the keys meanwhile
	c.store(h, &Principal{ID: "a"}, "", now, time.Time{}, gen)
	if _, ok := c.lookup(h, now); ok {
		t.Fatal("stored across a purge")
	}
	c.store(h, &Principal{ID: "a"}, "", now, time.Time{}, c.generation())
	if _, ok := c.lookup(h, now); !ok {
		t.Fatal("not stored")
	}
}
