package authn

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"slices"
	"strings"

	"github.com/MicahParks/jwkset"
)

// Key is one verification key with its algorithm allow-list. Build it with HMACKey, PEMKey,
// JWK or JWKS; the constructors refuse an algorithm that does not fit the key's type, which is
// what rules out RS/HS confusion: an HMAC secret is only ever a secret given as one.
type Key struct {
	kid  string
	algs []string
	key  any // []byte for HMAC, else *rsa.PublicKey, *ecdsa.PublicKey or ed25519.PublicKey
}

// KID returns the key id ("" when the key has none).
func (k Key) KID() string { return k.kid }

// Algorithms returns the allow-list.
func (k Key) Algorithms() []string { return slices.Clone(k.algs) }

// Algorithms this package verifies; "none" is not one of them, in any spelling.
var supportedAlgs = []string{
	"HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
	"ES256", "ES384", "ES512", "EdDSA",
}

// HMACKey is a shared secret for HS256/384/512 (default: all three).
func HMACKey(kid string, secret []byte, algs ...string) (Key, error) {
	if len(secret) == 0 {
		return Key{}, invalid("empty HMAC secret")
	}
	return newKey(kid, slices.Clone(secret), algs)
}

// PEMKey is a PEM public key (PKIX "PUBLIC KEY", PKCS#1 "RSA PUBLIC KEY" or a "CERTIFICATE").
func PEMKey(kid string, data []byte, algs ...string) (Key, error) {
	block, _ := pem.Decode(data)
	if block == nil {
		return Key{}, invalid("no PEM block")
	}
	var pub any
	var err error
	switch block.Type {
	case "PUBLIC KEY":
		pub, err = x509.ParsePKIXPublicKey(block.Bytes)
	case "RSA PUBLIC KEY":
		pub, err = x509.ParsePKCS1PublicKey(block.Bytes)
	case "CERTIFICATE":
		var cert *x509.Certificate
		if cert, err = x509.ParseCertificate(block.Bytes); err == nil {
			pub = cert.PublicKey
		}
	default:
		return Key{}, invalid("PEM block is not a public key: " + block.Type)
	}
	if err != nil {
		return Key{}, invalid("PEM public key: " + err.Error())
	}
	return newKey(kid, pub, algs)
}

// JWK is one JSON Web Key. Without algs the allow-list is the JWK's "alg", else every
// algorithm of its key type. Private parts are ignored: only the public key is kept.
func JWK(data []byte, algs ...string) (Key, error) {
	var m jwkset.JWKMarshal
	if err := json.Unmarshal(data, &m); err != nil {
		return Key{}, invalid("JWK: " + err.Error())
	}
	return fromJWK(m, algs, true)
}

// JWKS is a JSON Web Key Set document; each key as JWK without an allow-list.
func JWKS(data []byte) ([]Key, error) { return parseJWKS(data, false) }

// parseJWKS reads a set. Inline (trusted) sets are strict; a fetched set skips the keys this
// package cannot use for signatures (secrets, "use":"enc", other key types) and keeps the rest.
func parseJWKS(data []byte, fetched bool) ([]Key, error) {
	// A document without a "keys" array (an error object, say) is no key set: refused, so a
	// fetch of it keeps the last good set instead of installing an empty one.
	var probe struct {
		Keys json.RawMessage `json:"keys"`
	}
	if err := json.Unmarshal(data, &probe); err != nil || len(probe.Keys) == 0 || probe.Keys[0] != '[' {
		return nil, invalid("JWKS: not a {\"keys\": [...]} document")
	}
	var set jwkset.JWKSMarshal
	if err := json.Unmarshal(data, &set); err != nil {
		return nil, invalid("JWKS: " + err.Error())
	}
	keys := make([]Key, 0, len(set.Keys))
	for _, m := range set.Keys {
		k, err := fromJWK(m, nil, !fetched)
		if err != nil {
			if fetched {
				continue
			}
			return nil, err
		}
		keys = append(keys, k)
	}
	return keys, nil
}

func fromJWK(m jwkset.JWKMarshal, algs []string, allowSecrets bool) (Key, error) {
	if m.X5U != "" {
		return Key{}, invalid("JWK x5u is not fetched")
	}
	if m.KTY == jwkset.KtyOct && !allowSecrets {
		return Key{}, invalid("JWK secret from a URL")
	}
	if m.USE != "" && m.USE != jwkset.UseSig {
		return Key{}, invalid("JWK use is not sig")
	}
	jwk, err := jwkset.NewJWKFromMarshal(m, jwkset.JWKMarshalOptions{Private: true}, jwkset.JWKValidateOptions{})
	if err != nil {
		return Key{}, invalid("JWK: " + err.Error())
	}
	if len(algs) == 0 && m.ALG != "" {
		algs = []string{string(m.ALG)}
	}
	return newKey(m.KID, publicOf(jwk.Key()), algs)
}

func publicOf(k any) any {
	switch k := k.(type) {
	case *rsa.PrivateKey:
		return &k.PublicKey
	case *ecdsa.PrivateKey:
		return &k.PublicKey
	case ed25519.PrivateKey:
		return k.Public()
	}
	return k
}

// fits lists the algorithms a key of this type may verify.
func fits(key any) []string {
	switch k := key.(type) {
	case []byte:
		return []string{"HS256", "HS384", "HS512"}
	case *rsa.PublicKey:
		return []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"}
	case *ecdsa.PublicKey:
		switch k.Curve {
		case elliptic.P256():
			return []string{"ES256"}
		case elliptic.P384():
			return []string{"ES384"}
		case elliptic.P521():
			return []string{"ES512"}
		}
	case ed25519.PublicKey:
		return []string{"EdDSA"}
	}
	return nil
}

func newKey(kid string, key any, algs []string) (Key, error) {
	fit := fits(key)
	if fit == nil {
		return Key{}, invalid("unsupported key type")
	}
	if len(algs) == 0 {
		return Key{kid: kid, algs: fit, key: key}, nil
	}
	for _, a := range algs {
		if strings.EqualFold(a, "none") || !slices.Contains(fit, a) {
			return Key{}, invalid("algorithm " + a + " does not fit the key")
		}
	}
	return Key{kid: kid, algs: slices.Clone(algs), key: key}, nil
}
