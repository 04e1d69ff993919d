package authn

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Goroutines verify good and bad tokens and keys while keys are added, removed and revoked
// and the JWKS rotates; every answer must be the right one (run with -race).
func TestConcurrentMixedCredentials(t *testing.T) {
	sg := testSigners(t)
	srv := newJWKSServer(t, jwksJSON(t, jwkJSON(t, sg["p256"], "e1")))
	a := mustNew(t, WithKeys(mustKey(t)(HMACKey("h", sg["hmac"].priv.([]byte)))), WithJWKSURL(srv.URL),
		WithJWKSTiming(time.Second, time.Millisecond, 0), WithBcryptSlots(2))
	good := mint(t, sg["hmac"], "HS256", "h", jwt.MapClaims{"sub": "a", "jti": "keep"})
	goodES := mint(t, sg["p256"], "ES256", "e1", jwt.MapClaims{"sub": "e"})
	parts := strings.Split(good, ".")
	bad := parts[0] + "." + parts[1] + "." + flip(parts[2])
	revoked := mint(t, sg["hmac"], "HS256", "h", jwt.MapClaims{"sub": "a", "jti": "gone"})
	a.Revoke("gone")
	key, prefix, hash := newAPIKey(t, "live")
	a.AddAPIKey(APIKeyRecord{Prefix: prefix, Hash: hash, Principal: "svc"})
	wrongKey := key[:len(key)-1] + flipChars(key[len(key)-1:])

	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 8 {
		wg.Go(func() {
			for i := range 200 {
				if p, err := a.VerifyJWT(good); err != nil || p.ID != "a" {
					errs <- err
				}
				if _, err := a.VerifyJWT(goodES); err != nil {
					errs <- err
				}
				if _, err := a.VerifyJWT(bad); !errors.Is(err, ErrBadSignature) {
					errs <- errors.New("bad token: wrong answer")
				}
				if _, err := a.VerifyJWT(revoked); !errors.Is(err, ErrRevoked) {
					errs <- errors.New("revoked token: wrong answer")
				}
				if _, err := a.VerifyAPIKey(wrongKey, ""); err == nil {
					errs <- errors.New("wrong key accepted")
				}
				if _, err := a.VerifyAPIKey(key, ""); err != nil && !errors.Is(err, ErrBusy) {
					errs <- err
				}
				if w == 0 && i%50 == 0 {
					other, op, oh := newAPIKey(t, "live")
					a.AddAPIKey(APIKeyRecord{Prefix: op, Hash: oh, Principal: "o"})
					if _, err := a.VerifyAPIKey(other, ""); err != nil && !errors.Is(err, ErrBusy) {
						errs <- err
					}
					a.RemoveAPIKey(op)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
