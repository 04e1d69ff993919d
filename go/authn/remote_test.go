package authn

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// jwksServer serves whatever body is set, counting requests; down makes it answer 503.
type jwksServer struct {
	*httptest.Server
	mu       sync.Mutex
	body     []byte
	down     bool
	delay    time.Duration
	requests atomic.Int32
}

func newJWKSServer(t *testing.T, body []byte) *jwksServer {
	s := &jwksServer{body: body}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		s.mu.Lock()
		body, down, delay := s.body, s.down, s.delay
		s.mu.Unlock()
		if delay > 0 {
			select {
			case <-time.After(delay):
			case <-r.Context().Done():
				return
			}
		}
		if down {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		w.Write(body)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *jwksServer) set(f func(*jwksServer)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f(s)
}

func TestJWKSRotation(t *testing.T) {
	sg := testSigners(t)
	srv := newJWKSServer(t, jwksJSON(t, jwkJSON(t, sg["rsa"], "old")))
	clock := newClock()
	a := mustNew(t, WithJWKSURL(srv.URL), WithClock(clock.now), WithJWKSTiming(time.Second, time.Hour, 30*time.Second))
	oldTok := mint(t, sg["rsa"], "RS256", "old", jwt.MapClaims{"sub": "a"})
	p1, err := a.VerifyJWT(oldTok)
	if err != nil {
		t.Fatal(err)
	}
	srv.set(func(s *jwksServer) { s.body = jwksJSON(t, jwkJSON(t, sg["rsa"], "old"), jwkJSON(t, sg["p256"], "new")) })
	newTok := mint(t, sg["p256"], "ES256", "new", jwt.MapClaims{"sub": "b"})
	// Less than minRefresh after the first fetch: the unknown kid does not fetch.
	clock.advance(10 * time.Second)
	_, err = a.VerifyJWT(newTok)
	wantReason(t, err, ReasonUnknownKid, newTok)
	if n := srv.requests.Load(); n != 1 {
		t.Fatalf("requests %d, want 1 (rate limit)", n)
	}
	clock.advance(20 * time.Second)
	if p, err := a.VerifyJWT(newTok); err != nil || p.ID != "b" {
		t.Fatalf("after rotation: %v", err)
	}
	// A changed set empties the token cache.
	if p2, err := a.VerifyJWT(oldTok); err != nil || p2 == p1 {
		t.Fatalf("token cache kept across a key-set change: %v", err)
	}
}

func TestJWKSDownKeepsLastGoodSet(t *testing.T) {
	sg := testSigners(t)
	srv := newJWKSServer(t, jwksJSON(t, jwkJSON(t, sg["ed"], "k")))
	clock := newClock()
	a := mustNew(t, WithJWKSURL(srv.URL), WithClock(clock.now), WithJWKSTiming(time.Second, time.Minute, 0), WithCache(0, 0))
	tok := mint(t, sg["ed"], "EdDSA", "k", jwt.MapClaims{"sub": "a"})
	if _, err := a.VerifyJWT(tok); err != nil {
		t.Fatal(err)
	}
	srv.set(func(s *jwksServer) { s.down = true })
	clock.advance(2 * time.Minute)
	a.VerifyJWT(tok) // starts the background refresh
	a.remote.wg.Wait()
	if n := srv.requests.Load(); n != 2 {
		t.Fatalf("requests %d, want 2", n)
	}
	if _, err := a.VerifyJWT(tok); err != nil {
		t.Fatalf("last good set: %v", err)
	}
	// An unknown kid fetches (minRefresh 0), fails, and the old set still serves.
	other := mint(t, sg["p256"], "ES256", "x", jwt.MapClaims{"sub": "a"})
	_, err := a.VerifyJWT(other)
	wantReason(t, err, ReasonUnknownKid, other)
	if _, err := a.VerifyJWT(tok); err != nil {
		t.Fatalf("last good set after a failed kid refresh: %v", err)
	}
	if st := a.Stats(); st.JWKSFetches != 3 || st.JWKSFetchFailure != 2 {
		t.Fatalf("stats %+v", st)
	}
}

func TestJWKSSlowServerTimesOut(t *testing.T) {
	sg := testSigners(t)
	srv := newJWKSServer(t, jwksJSON(t, jwkJSON(t, sg["p256"], "k")))
	srv.set(func(s *jwksServer) { s.delay = 10 * time.Second })
	start := time.Now()
	a := mustNew(t, WithJWKSURL(srv.URL), WithJWKSTiming(200*time.Millisecond, time.Hour, time.Hour))
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("New waited %v for a slow server", d)
	}
	tok := mint(t, sg["p256"], "ES256", "k", jwt.MapClaims{"sub": "a"})
	_, err := a.VerifyJWT(tok)
	wantReason(t, err, ReasonUnknownKid, tok)
}

func TestJWKSRefusesSecretsAndJunk(t *testing.T) {
	sg := testSigners(t)
	srv := newJWKSServer(t, jwksJSON(t, jwkJSON(t, sg["hmac"], "h"), jwkJSON(t, sg["rsa"], "r")))
	a := mustNew(t, WithJWKSURL(srv.URL))
	tok := mint(t, sg["hmac"], "HS256", "h", jwt.MapClaims{"sub": "a"})
	if _, err := a.VerifyJWT(tok); !errors.Is(err, ErrUnknownKid) {
		t.Fatalf("an HMAC secret from a URL: %v", err)
	}
	if _, err := a.VerifyJWT(mint(t, sg["rsa"], "RS256", "r", jwt.MapClaims{"sub": "a"})); err != nil {
		t.Fatalf("the usable key of the same set: %v", err)
	}
	srv.set(func(s *jwksServer) { s.body = []byte("not json") })
	b := mustNew(t, WithJWKSURL(srv.URL))
	if _, err := b.VerifyJWT(tok); !errors.Is(err, ErrUnknownKid) {
		t.Fatalf("junk: %v", err)
	}
}

// A body over 1 MiB is refused whole, even when it starts with a valid set.
func TestJWKSBodyLimit(t *testing.T) {
	sg := testSigners(t)
	set := jwksJSON(t, jwkJSON(t, sg["p256"], "k"))
	big := append(set[:len(set)-1:len(set)-1], []byte(`,"pad":"`+strings.Repeat("x", 1<<20)+`"}`)...)
	srv := newJWKSServer(t, big)
	a := mustNew(t, WithJWKSURL(srv.URL))
	tok := mint(t, sg["p256"], "ES256", "k", jwt.MapClaims{"sub": "a"})
	_, err := a.VerifyJWT(tok)
	wantReason(t, err, ReasonUnknownKid, tok)
	if st := a.Stats(); st.JWKSFetchFailure == 0 {
		t.Fatalf("stats %+v", st)
	}
	srv.set(func(s *jwksServer) { s.body = set })
	b := mustNew(t, WithJWKSURL(srv.URL))
	if _, err := b.VerifyJWT(tok); err != nil {
		t.Fatalf("the same set without padding: %v", err)
	}
}

// A 200 answer whose JSON is not a key set (an error object, a renamed member) is a failed
// fetch: it must not replace the last good set with an empty one. Found by the Python parity tests.
func TestJWKSWithoutKeysKeepsLastGoodSet(t *testing.T) {
	sg := testSigners(t)
	srv := newJWKSServer(t, jwksJSON(t, jwkJSON(t, sg["rsa"], "k")))
	clock := newClock()
	a := mustNew(t, WithJWKSURL(srv.URL), WithClock(clock.now), WithJWKSTiming(time.Second, time.Minute, 0), WithCache(0, 0))
	tok := mint(t, sg["rsa"], "RS256", "k", jwt.MapClaims{"sub": "a"})
	for _, body := range []string{`{"error":"unavailable"}`, `{"keys":null}`, `{"keys":{}}`, `[]`} {
		srv.set(func(s *jwksServer) { s.body = []byte(body) })
		clock.advance(2 * time.Minute)
		a.VerifyJWT(tok) // starts the background refresh
		a.remote.wg.Wait()
		if _, err := a.VerifyJWT(tok); err != nil {
			t.Fatalf("after %s: %v", body, err)
		}
	}
	if _, err := JWKS([]byte(`{"nokeys":[]}`)); !errors.Is(err, ErrMalformed) {
		t.Fatalf("inline set without keys: %v", err)
	}
}
