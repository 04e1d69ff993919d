package authn

import (
	"errors"
	"slices"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// FuzzVerifyJWT: any input is refused with an *Error or accepted only when its signature
// verifies; it never panics, and the error text never holds the input's segments.
func FuzzVerifyJWT(f *testing.F) {
	s := testSigners(f)["hmac"]
	good := mint(f, s, "HS256", "", jwt.MapClaims{"sub": "a", "exp": 4102444800})
	for _, seed := range []string{good, good + ".x", "a.b.c", "..", "eyJhbGciOiJub25lIn0.e30.",
		mintRaw(f, s, "HS256", `{"alg":"HS256","alg":"none"}`, `{"sub":"a"}`)} {
		f.Add(seed)
	}
	a := mustNew(f, WithKeys(mustKey(f)(HMACKey("", s.priv.([]byte)))), WithCache(0, 0))
	f.Fuzz(func(t *testing.T, token string) {
		p, err := a.VerifyJWT(token)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("not an *Error: %v", err)
			}
			wantReason(t, err, e.Reason, token)
			return
		}
		pt, perr := parseToken(token)
		if perr != nil || p == nil || jwt.GetSigningMethod(pt.alg).Verify(pt.signingInput, pt.signature, s.priv) != nil {
			t.Fatalf("accepted a token that does not verify")
		}
	})
}

// FuzzParseAPIKey: a parsed key always reassembles to the input.
func FuzzParseAPIKey(f *testing.F) {
	f.Add(pyKey)
	f.Add("sark_sk__________________________________________________________")
	f.Fuzz(func(t *testing.T, key string) {
		env, prefix, secret, err := parseAPIKey(key, DefaultPrefixLen, DefaultSecretLen)
		if err == nil && "sark_sk_"+env+"_"+prefix+"_"+secret != key {
			t.Fatalf("%q does not reassemble", key)
		}
	})
}

// FuzzParseJWKS: a JWKS document (inline or fetched) never panics; a fetched set holds no
// secret, and every key's allow-list fits its type and excludes none.
func FuzzParseJWKS(f *testing.F) {
	s := testSigners(f)
	f.Add([]byte(`{"keys":[]}`))
	f.Add([]byte(`{"keys":null}`))
	f.Add([]byte(`{"keys":[{"kty":"oct","k":"c2VjcmV0"}]}`))
	f.Add(jwksJSON(f, jwkJSON(f, s["rsa"], "r"), jwkJSON(f, s["p256"], "e"), jwkJSON(f, s["ed"], "d")))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, fetched := range []bool{false, true} {
			keys, err := parseJWKS(data, fetched)
			if err != nil {
				continue
			}
			for _, k := range keys {
				if _, secret := k.key.([]byte); secret && fetched {
					t.Fatalf("a secret from a fetched set")
				}
				for _, alg := range k.algs {
					if !slices.Contains(fits(k.key), alg) {
						t.Fatalf("alg %s does not fit the key", alg)
					}
				}
			}
		}
	})
}
