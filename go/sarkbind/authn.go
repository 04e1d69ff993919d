package sarkbind

import (
	"encoding/json"
	"errors"
	"strings"
	"sync/atomic"
	"time"

	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/sark-accel/sark-accel/go/authn"
)

// boundAuthn is an Authenticator with the principals it already framed for Python: a cached
// token returns the same *Principal, so its reply is built once.
type boundAuthn struct {
	a      *authn.Authenticator
	remote bool          // it has a JWKS URL: verifying a token may wait for a fetch
	now    *atomic.Int64 // the manual clock (Unix ns), nil for the wall clock
	framed *lru.Cache[*authn.Principal, string]
}

var authenticators = newRegistry[*boundAuthn]("authenticator")

// authnKeyConfig is one verification key: Kind "secret" (Secret, base64 in the JSON), "pem"
// (PEM text) or "jwk" (one JWK's JSON text); Algorithms empty means the key type's default.
type authnKeyConfig struct {
	Kind       string   `json:"kind"`
	KID        string   `json:"kid"`
	Secret     []byte   `json:"secret"`
	PEM        string   `json:"pem"`
	JWK        string   `json:"jwk"`
	Algorithms []string `json:"algorithms"`
}

// authnConfig is the JSON AuthnNew takes. The facade sends every field; durations are ns, a
// zero JWKS timing or bcrypt slot count keeps go/authn's default.
type authnConfig struct {
	Keys             []authnKeyConfig `json:"keys"`
	JWKS             string           `json:"jwks"` // an inline JWKS document's text, "" for none
	JWKSURL          string           `json:"jwks_url"`
	JWKSTimeoutNs    int64            `json:"jwks_timeout_ns"`
	JWKSRefreshNs    int64            `json:"jwks_refresh_ns"`
	JWKSMinRefreshNs int64            `json:"jwks_min_refresh_ns"`
	Issuer           string           `json:"issuer"`
	Audience         []string         `json:"audience"`
	LeewayNs         int64            `json:"leeway_ns"`
	RequiredClaims   []string         `json:"required_claims"`
	TokenType        string           `json:"token_type"`
	ClaimNames       struct {
		Roles       []string `json:"roles"`
		Groups      []string `json:"groups"`
		Permissions []string `json:"permissions"`
	} `json:"claim_names"`
	MaxTokenBytes int   `json:"max_token_bytes"`
	CacheSize     int   `json:"cache_size"`
	CacheTTLNs    int64 `json:"cache_ttl_ns"`
	BcryptSlots   int   `json:"bcrypt_slots"`
	ManualClock   bool  `json:"manual_clock"`
	NowNs         int64 `json:"now_ns"` // the manual clock's first reading: New fetches a JWKS URL by it
}

func (c *authnConfig) options() ([]authn.Option, *atomic.Int64, error) {
	keys := make([]authn.Key, 0, len(c.Keys))
	for _, kc := range c.Keys {
		var k authn.Key
		var err error
		switch kc.Kind {
		case "secret":
			k, err = authn.HMACKey(kc.KID, kc.Secret, kc.Algorithms...)
		case "pem":
			k, err = authn.PEMKey(kc.KID, []byte(kc.PEM), kc.Algorithms...)
		case "jwk":
			k, err = authn.JWK([]byte(kc.JWK), kc.Algorithms...)
		default:
			return nil, nil, invalidf("authn config: unknown key kind %q", kc.Kind)
		}
		if err != nil {
			return nil, nil, err
		}
		keys = append(keys, k)
	}
	if c.JWKS != "" {
		set, err := authn.JWKS([]byte(c.JWKS))
		if err != nil {
			return nil, nil, err
		}
		keys = append(keys, set...)
	}
	opts := []authn.Option{
		authn.WithKeys(keys...),
		authn.WithIssuer(c.Issuer),
		authn.WithAudience(c.Audience...),
		authn.WithLeeway(time.Duration(c.LeewayNs)),
		authn.WithRequiredClaims(c.RequiredClaims...),
		authn.WithTokenType(c.TokenType),
		authn.WithClaimNames(authn.ClaimNames{Roles: c.ClaimNames.Roles, Groups: c.ClaimNames.Groups, Permissions: c.ClaimNames.Permissions}),
		authn.WithMaxTokenBytes(c.MaxTokenBytes),
		authn.WithCache(c.CacheSize, time.Duration(c.CacheTTLNs)),
	}
	if c.BcryptSlots != 0 {
		opts = append(opts, authn.WithBcryptSlots(c.BcryptSlots))
	}
	if c.JWKSURL != "" {
		opts = append(opts, authn.WithJWKSURL(c.JWKSURL))
		if c.JWKSTimeoutNs != 0 || c.JWKSRefreshNs != 0 || c.JWKSMinRefreshNs != 0 {
			opts = append(opts, authn.WithJWKSTiming(time.Duration(c.JWKSTimeoutNs), time.Duration(c.JWKSRefreshNs), time.Duration(c.JWKSMinRefreshNs)))
		}
	}
	var now *atomic.Int64
	if c.ManualClock {
		now = new(atomic.Int64)
		now.Store(c.NowNs)
		opts = append(opts, authn.WithClock(func() time.Time { return time.Unix(0, now.Load()) }))
	}
	return opts, now, nil
}

// authnErr maps a go/authn refusal to the kind of its reason. Invalid options and key records
// (Detail "option: ...") and an empty jti are the caller's mistake: invalid_argument.
func authnErr(err error) error {
	var e *authn.Error
	if !errors.As(err, &e) {
		return err
	}
	if e.Reason == authn.ReasonMalformed && (strings.HasPrefix(e.Detail, "option:") || e.Detail == "empty jti") {
		return withKind(kindInvalidArgument, e)
	}
	detail := e.Detail
	if detail == "" {
		detail = string(e.Reason)
	}
	return &kindError{kind: kindAuthn + "_" + string(e.Reason), err: errors.New(detail)}
}

// AuthnNew creates an Authenticator from an authnConfig JSON (with a JWKS URL it fetches the
// set once before returning) and returns its handle.
func AuthnNew(configJSON string) (h int64, err error) {
	defer guard(&err)
	var cfg authnConfig
	dec := json.NewDecoder(strings.NewReader(configJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return 0, invalidf("authn config: %v", err)
	}
	opts, now, err := cfg.options()
	if err != nil {
		return 0, authnErr(err)
	}
	a, err := authn.New(opts...)
	if err != nil {
		return 0, authnErr(err)
	}
	framed, _ := lru.New[*authn.Principal, string](max(cfg.CacheSize, 1))
	return authenticators.add(&boundAuthn{a: a, remote: cfg.JWKSURL != "", now: now, framed: framed}), nil
}

// AuthnClose stops JWKS refreshes and forgets the Authenticator.
func AuthnClose(h int64) (ok bool, err error) {
	defer guard(&err)
	b, err := authenticators.get(h)
	if err != nil || !authenticators.remove(h) {
		return false, nil
	}
	b.a.Close()
	return true, nil
}

// AuthnSetClock sets the manual clock (Unix ns) of an Authenticator created with manual_clock.
func AuthnSetClock(h int64, nowNs int64) (ok bool, err error) {
	defer guard(&err)
	b, err := authenticators.get(h)
	if err != nil {
		return false, err
	}
	if b.now == nil {
		return false, invalidf("authenticator %d has no manual clock", h)
	}
	b.now.Store(nowNs)
	return true, nil
}

// AuthnVerifyJWT verifies a token and returns its principal framed by framePrincipal.
func AuthnVerifyJWT(h int64, token string) (principal string, err error) {
	defer guard(&err)
	b, err := authenticators.get(h)
	if err != nil {
		return "", err
	}
	p, err := b.a.VerifyJWT(token)
	if err != nil {
		return "", authnErr(err)
	}
	if s, ok := b.framed.Get(p); ok {
		return s, nil
	}
	s, err := framePrincipal(p)
	if err != nil {
		return "", err
	}
	b.framed.Add(p, s)
	return s, nil
}

// AuthnVerifyAPIKey checks an API key (scope "" for none) and returns its framed principal.
func AuthnVerifyAPIKey(h int64, key, scope string) (principal string, err error) {
	defer guard(&err)
	b, err := authenticators.get(h)
	if err != nil {
		return "", err
	}
	p, err := b.a.VerifyAPIKey(key, scope)
	if err != nil {
		return "", authnErr(err)
	}
	return framePrincipal(p)
}

// apiKeyRecord is the JSON AuthnAddKey takes; ExpiresAtNs 0 means never.
type apiKeyRecord struct {
	Prefix      string   `json:"prefix"`
	Hash        string   `json:"hash"`
	Principal   string   `json:"principal"`
	Scopes      []string `json:"scopes"`
	ExpiresAtNs int64    `json:"expires_at_ns"`
	Active      bool     `json:"active"`
}

// AuthnAddKey registers (or replaces) an API key record given as apiKeyRecord JSON.
func AuthnAddKey(h int64, recordJSON string) (ok bool, err error) {
	defer guard(&err)
	b, err := authenticators.get(h)
	if err != nil {
		return false, err
	}
	var r apiKeyRecord
	dec := json.NewDecoder(strings.NewReader(recordJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return false, invalidf("api key record: %v", err)
	}
	rec := authn.APIKeyRecord{Prefix: r.Prefix, Hash: r.Hash, Principal: r.Principal, Scopes: r.Scopes, Inactive: !r.Active}
	if r.ExpiresAtNs != 0 {
		rec.ExpiresAt = time.Unix(0, r.ExpiresAtNs)
	}
	if err := b.a.AddAPIKey(rec); err != nil {
		return false, authnErr(err)
	}
	return true, nil
}

// AuthnRemoveKey forgets the API key with this prefix; it reports whether there was one.
func AuthnRemoveKey(h int64, prefix string) (ok bool, err error) {
	defer guard(&err)
	b, err := authenticators.get(h)
	if err != nil {
		return false, err
	}
	return b.a.RemoveAPIKey(prefix), nil
}

// AuthnRevoke makes later checks of tokens with this jti fail.
func AuthnRevoke(h int64, jti string) (ok bool, err error) {
	defer guard(&err)
	b, err := authenticators.get(h)
	if err != nil {
		return false, err
	}
	return true, authnErr(b.a.Revoke(jti))
}

// AuthnRevokeToken makes later checks of this exact token fail.
func AuthnRevokeToken(h int64, token string) (ok bool, err error) {
	defer guard(&err)
	b, err := authenticators.get(h)
	if err != nil {
		return false, err
	}
	return true, authnErr(b.a.RevokeToken(token))
}

// AuthnStats returns the counters as a JSON object with the facade's names.
func AuthnStats(h int64) (statsJSON string, err error) {
	defer guard(&err)
	b, err := authenticators.get(h)
	if err != nil {
		return "", err
	}
	s := b.a.Stats()
	out, err := json.Marshal(map[string]uint64{
		"jwt_cache_hits": s.JWTCacheHits, "jwt_verified": s.JWTVerified, "jwt_refused": s.JWTRefused,
		"api_key_cache_hits": s.APIKeyCacheHits, "api_key_bcrypt": s.APIKeyBcrypt, "api_key_busy": s.APIKeyBusy,
		"api_key_refused": s.APIKeyRefused, "jwks_fetches": s.JWKSFetches, "jwks_fetch_failures": s.JWKSFetchFailure,
	})
	return string(out), err
}

// framePrincipal writes a principal as a JSON row in the order of Python's Principal,
// [via, id, roles, groups, permissions, scopes], then "\n" (never inside JSON we write) and the
// claims' JSON ("null" for API keys; numbers keep their JSON text), which Python decodes only
// when asked for. The strings are valid UTF-8 (verified JSON, or the facade's JSON), so the
// lists are appended by hand: an API key's repeat check pays no reflection.
func framePrincipal(p *authn.Principal) (string, error) {
	buf := make([]byte, 0, 64)
	buf = append(buf, '[')
	buf = appendJSONString(buf, string(p.Via))
	buf = append(buf, ',')
	buf = appendJSONString(buf, p.ID)
	for _, list := range [][]string{p.Roles, p.Groups, p.Permissions, p.Scopes} {
		buf = append(buf, ",["...)
		for i, s := range list {
			if i > 0 {
				buf = append(buf, ',')
			}
			buf = appendJSONString(buf, s)
		}
		buf = append(buf, ']')
	}
	buf = append(buf, "]\n"...)
	claims, err := json.Marshal(p.Claims) // nil (API keys) writes null
	if err != nil {
		return "", err
	}
	return string(append(buf, claims...)), nil
}
