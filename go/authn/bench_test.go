package authn

import (
	"strconv"
	"testing"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

var benchAlgs = []struct{ alg, signer string }{
	{"HS256", "hmac"}, {"RS256", "rsa"}, {"ES256", "p256"}, {"EdDSA", "ed"},
}

func benchClaims() jwt.MapClaims {
	return jwt.MapClaims{"sub": "alice", "exp": 4102444800, "roles": []string{"dev"}, "groups": []string{"g"}}
}

// BenchmarkVerifyJWTCold verifies a different token each time (cache on, never hit).
func BenchmarkVerifyJWTCold(b *testing.B) {
	for _, c := range benchAlgs {
		b.Run(c.alg, func(b *testing.B) {
			s := testSigners(b)[c.signer]
			a := mustNew(b, WithKeys(mustKey(b)(JWK(jwkJSON(b, s, "k")))))
			tokens := make([]string, 256)
			for i := range tokens {
				cl := benchClaims()
				cl["jti"] = strconv.Itoa(i)
				tokens[i] = mint(b, s, c.alg, "k", cl)
			}
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				a.tokens.purge()
				if _, err := a.VerifyJWT(tokens[i%len(tokens)]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkVerifyJWTCached verifies the same token: a SHA-256 and a cache hit.
func BenchmarkVerifyJWTCached(b *testing.B) {
	for _, c := range benchAlgs {
		b.Run(c.alg, func(b *testing.B) {
			s := testSigners(b)[c.signer]
			a := mustNew(b, WithKeys(mustKey(b)(JWK(jwkJSON(b, s, "k")))))
			tok := mint(b, s, c.alg, "k", benchClaims())
			for b.Loop() {
				if _, err := a.VerifyJWT(tok); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func benchAPIKey(b *testing.B, cost int) (*Authenticator, string) {
	key, prefix, _ := newAPIKey(b, "live")
	h, err := bcrypt.GenerateFromPassword([]byte(key), cost)
	if err != nil {
		b.Fatal(err)
	}
	a := mustNew(b)
	if err := a.AddAPIKey(APIKeyRecord{Prefix: prefix, Hash: string(h), Principal: "svc", Scopes: []string{"read"}}); err != nil {
		b.Fatal(err)
	}
	return a, key
}

// BenchmarkAPIKeyFirst is the bcrypt check at SARK's cost 12 (the cache forgotten each time).
func BenchmarkAPIKeyFirst(b *testing.B) {
	a, key := benchAPIKey(b, 12)
	for b.Loop() {
		for _, e := range a.apiKeys.byPrefix {
			e.verified.Store(nil)
		}
		if _, err := a.VerifyAPIKey(key, "read"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAPIKeyRepeat is a cached key: an HMAC-SHA256 and a constant-time compare.
func BenchmarkAPIKeyRepeat(b *testing.B) {
	a, key := benchAPIKey(b, 12)
	if _, err := a.VerifyAPIKey(key, "read"); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := a.VerifyAPIKey(key, "read"); err != nil {
			b.Fatal(err)
		}
	}
}
