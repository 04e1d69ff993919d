package authn

import (
	"crypto/sha256"
	"slices"
	"sync/atomic"

	"github.com/golang-jwt/jwt/v5"
)

// Authenticator verifies JWTs and API keys. It is safe for concurrent use.
type Authenticator struct {
	cfg      config
	static   []Key
	keys     atomic.Pointer[keySet]
	remote   *remote // nil without a JWKS URL
	tokens   *tokenCache
	apiKeys  *apiKeyStore
	counters counters
}

// New builds an Authenticator. With a JWKS URL it fetches the set once before returning; a
// failed first fetch is not an error (tokens fail with unknown_kid until a fetch succeeds).
func New(opts ...Option) (*Authenticator, error) {
	cfg := defaults()
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	a := &Authenticator{cfg: cfg, static: cfg.keys, tokens: newTokenCache(cfg.cacheSize, cfg.cacheTTL, cfg.maxRevoked)}
	set, err := newKeySet(cfg.keys)
	if err != nil {
		return nil, err
	}
	a.keys.Store(set)
	if a.apiKeys, err = newAPIKeyStore(&a.cfg, &a.counters); err != nil {
		return nil, err
	}
	if cfg.jwksURL != "" {
		a.remote = newRemote(cfg.jwksURL, cfg.jwks, a)
		a.remote.refresh(a.cfg.clock(), 0)
	}
	return a, nil
}

// Close stops JWKS refreshes; the Authenticator must not be used afterwards.
func (a *Authenticator) Close() {
	if a.remote != nil {
		a.remote.close()
	}
}

// setRemoteKeys installs a fetched key set and empties the token cache.
func (a *Authenticator) setRemoteKeys(keys []Key) error {
	set, err := newKeySet(a.static, keys)
	if err != nil {
		return err
	}
	a.keys.Store(set)
	a.tokens.purge()
	return nil
}

// VerifyJWT verifies a compact JWS and returns its principal; every refusal is an *Error.
func (a *Authenticator) VerifyJWT(token string) (*Principal, error) {
	p, err := a.verifyJWT(token)
	if err != nil {
		a.counters.jwtRefused.Add(1)
	}
	return p, err
}

func (a *Authenticator) verifyJWT(token string) (*Principal, error) {
	if len(token) > a.cfg.maxTokenBytes {
		return nil, fail(ReasonMalformed, "token too large")
	}
	now := a.cfg.clock()
	h := sha256.Sum256([]byte(token))
	if a.remote != nil {
		a.remote.maybeRefresh(now)
	}
	if p, ok := a.tokens.lookup(h, now); ok {
		a.counters.jwtCacheHits.Add(1)
		return p, nil
	}
	// Read before the keys: an entry verified with keys a refresh has replaced is not stored.
	gen := a.tokens.generation()
	t, err := parseToken(token)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(supportedAlgs, t.alg) {
		return nil, fail(ReasonAlgorithmNotAllowed, "")
	}
	keys, found := a.keys.Load().candidates(t.kid, t.alg)
	if !found && a.remote != nil && a.remote.refreshForKid(now) {
		keys, found = a.keys.Load().candidates(t.kid, t.alg)
	}
	if !found {
		return nil, fail(ReasonUnknownKid, "")
	}
	if len(keys) == 0 {
		return nil, fail(ReasonAlgorithmNotAllowed, "")
	}
	if !verifySignature(t, keys) {
		return nil, fail(ReasonBadSignature, "")
	}
	nowSec := float64(now.UnixNano()) / 1e9
	expires, err := a.checkClaims(t.claims, nowSec)
	if err != nil {
		return nil, err
	}
	jti, _ := t.claims["jti"].(string)
	if a.tokens.isRevoked(h, jti) {
		return nil, fail(ReasonRevoked, "")
	}
	p, err := a.principalOf(t.claims)
	if err != nil {
		return nil, err
	}
	a.tokens.store(h, p, jti, now, expires, gen)
	a.counters.jwtVerified.Add(1)
	return p, nil
}

// verifySignature runs golang-jwt's signing method for alg against each candidate key; the key
// types were fixed at construction, so an HMAC method never receives a public key's bytes.
func verifySignature(t *parsedToken, keys []Key) bool {
	method := jwt.GetSigningMethod(t.alg)
	if method == nil {
		return false
	}
	for _, k := range keys {
		if method.Verify(t.signingInput, t.signature, k.key) == nil {
			return true
		}
	}
	return false
}

// Revoke makes every later check of a token with this jti fail with revoked.
func (a *Authenticator) Revoke(jti string) error {
	if jti == "" {
		return fail(ReasonMalformed, "empty jti")
	}
	return a.tokens.revokeJTI(jti)
}

// RevokeToken makes every later check of this exact token fail with revoked.
func (a *Authenticator) RevokeToken(token string) error {
	return a.tokens.revokeToken(sha256.Sum256([]byte(token)))
}
