package authn

import "sync/atomic"

// Stats counts what the Authenticator did since New, for monitoring.
type Stats struct {
	JWTCacheHits     uint64 // tokens answered by the verified-token cache
	JWTVerified      uint64 // tokens verified by signature and claims
	JWTRefused       uint64
	APIKeyCacheHits  uint64 // keys answered by their remembered HMAC
	APIKeyBcrypt     uint64 // bcrypt comparisons run
	APIKeyBusy       uint64 // checks refused because every bcrypt slot was taken
	APIKeyRefused    uint64 // all API key refusals, busy included
	JWKSFetches      uint64 // fetch attempts
	JWKSFetchFailure uint64 // attempts that kept the last good set
}

type counters struct {
	jwtCacheHits, jwtVerified, jwtRefused                    atomic.Uint64
	apiKeyCacheHits, apiKeyBcrypt, apiKeyBusy, apiKeyRefused atomic.Uint64
	jwksFetches, jwksFetchFailure                            atomic.Uint64
}

// Stats returns a snapshot of the counters.
func (a *Authenticator) Stats() Stats {
	c := &a.counters
	return Stats{
		JWTCacheHits: c.jwtCacheHits.Load(), JWTVerified: c.jwtVerified.Load(), JWTRefused: c.jwtRefused.Load(),
		APIKeyCacheHits: c.apiKeyCacheHits.Load(), APIKeyBcrypt: c.apiKeyBcrypt.Load(), APIKeyBusy: c.apiKeyBusy.Load(),
		APIKeyRefused: c.apiKeyRefused.Load(), JWKSFetches: c.jwksFetches.Load(), JWKSFetchFailure: c.jwksFetchFailure.Load(),
	}
}
