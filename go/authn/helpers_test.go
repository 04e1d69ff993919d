package authn

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/MicahParks/jwkset"
	"github.com/golang-jwt/jwt/v5"
)

// signer is a private key with the algorithms it signs.
type signer struct {
	name string
	priv any // []byte for HMAC
	pub  any
	algs []string
}

var (
	signersOnce sync.Once
	signers     map[string]*signer
)

// testSigners makes one key of each type once: RSA generation is slow.
func testSigners(t testing.TB) map[string]*signer {
	t.Helper()
	signersOnce.Do(func() {
		rsaKey, _ := rsa.GenerateKey(rand.Reader, 2048)
		rsaKey2, _ := rsa.GenerateKey(rand.Reader, 2048)
		p256, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		p384, _ := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
		p521, _ := ecdsa.GenerateKey(elliptic.P521(), rand.Reader)
		edPub, edPriv, _ := ed25519.GenerateKey(rand.Reader)
		secret := []byte("a-shared-secret-of-at-least-32-bytes!!")
		signers = map[string]*signer{
			"hmac": {"hmac", secret, secret, []string{"HS256", "HS384", "HS512"}},
			"rsa":  {"rsa", rsaKey, &rsaKey.PublicKey, []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"}},
			"rsa2": {"rsa2", rsaKey2, &rsaKey2.PublicKey, []string{"RS256"}},
			"p256": {"p256", p256, &p256.PublicKey, []string{"ES256"}},
			"p384": {"p384", p384, &p384.PublicKey, []string{"ES384"}},
			"p521": {"p521", p521, &p521.PublicKey, []string{"ES512"}},
			"ed":   {"ed", edPriv, edPub, []string{"EdDSA"}},
		}
	})
	return signers
}

func pemOf(t testing.TB, pub any) []byte {
	t.Helper()
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
}

// jwkJSON is the public JWK of s (or the secret "oct" JWK for HMAC), made by jwkset.
func jwkJSON(t testing.TB, s *signer, kid string) []byte {
	t.Helper()
	jwk, err := jwkset.NewJWKFromKey(s.pub, jwkset.JWKOptions{
		Marshal:  jwkset.JWKMarshalOptions{Private: true},
		Metadata: jwkset.JWKMetadataOptions{KID: kid},
	})
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(jwk.Marshal())
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func jwksJSON(t testing.TB, jwks ...[]byte) []byte {
	t.Helper()
	raw := make([]json.RawMessage, len(jwks))
	for i, j := range jwks {
		raw[i] = j
	}
	out, _ := json.Marshal(map[string]any{"keys": raw})
	return out
}

// mint signs claims with golang-jwt; kid is set when not "".
func mint(t testing.TB, s *signer, alg, kid string, claims jwt.MapClaims) string {
	t.Helper()
	tok := jwt.NewWithClaims(jwt.GetSigningMethod(alg), claims)
	if kid != "" {
		tok.Header["kid"] = kid
	}
	out, err := tok.SignedString(s.priv)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// mintRaw signs a hand-made header and payload text, for malformed-but-signed tokens.
func mintRaw(t testing.TB, s *signer, alg, header, payload string) string {
	t.Helper()
	enc := base64.RawURLEncoding
	input := enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(payload))
	sig, err := jwt.GetSigningMethod(alg).Sign(input, s.priv)
	if err != nil {
		t.Fatal(err)
	}
	return input + "." + enc.EncodeToString(sig)
}

// testClock is a settable clock.
type testClock struct{ ns atomic.Int64 }

var epoch = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

func newClock() *testClock {
	c := &testClock{}
	c.ns.Store(epoch.UnixNano())
	return c
}

func (c *testClock) now() time.Time            { return time.Unix(0, c.ns.Load()) }
func (c *testClock) advance(d time.Duration)   { c.ns.Add(int64(d)) }
func (c *testClock) unix(offset float64) int64 { return c.now().Unix() + int64(offset) }

func mustNew(t testing.TB, opts ...Option) *Authenticator {
	t.Helper()
	a, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return a
}

func mustKey(t testing.TB) func(Key, error) Key {
	return func(k Key, err error) Key {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
}

// wantReason fails unless err is an *Error with reason r whose text holds no part of secret.
func wantReason(t testing.TB, err error, r Reason, secret string) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want %s, got %v", r, err)
	}
	if e.Reason != r {
		t.Fatalf("want %s, got %s (%v)", r, e.Reason, e)
	}
	for _, part := range strings.Split(secret, ".") {
		if len(part) >= 8 && strings.Contains(err.Error(), part) {
			t.Fatalf("error text %q contains the credential", err.Error())
		}
	}
}
