package authn

import (
	"runtime"
	"time"
)

// Option configures an Authenticator.
type Option func(*config) error

// ClaimNames says which claims feed the principal's lists; each list is the union, in order.
type ClaimNames struct {
	Roles       []string
	Groups      []string
	Permissions []string
}

type config struct {
	keys           []Key
	jwksURL        string
	jwks           remoteOptions
	issuer         string
	audience       []string
	leeway         time.Duration
	requiredClaims []string
	tokenType      string
	claimNames     ClaimNames
	maxTokenBytes  int
	cacheSize      int
	cacheTTL       time.Duration
	maxRevoked     int
	negativeTTL    time.Duration
	bcryptSlots    int
	prefixLen      int
	secretLen      int
	clock          func() time.Time
}

func defaults() config {
	return config{
		requiredClaims: []string{"sub"},
		claimNames: ClaimNames{
			Roles:       []string{"roles"},
			Groups:      []string{"groups", "teams"},
			Permissions: []string{"permissions"},
		},
		maxTokenBytes: 8192,
		cacheSize:     10_000,
		cacheTTL:      300 * time.Second,
		maxRevoked:    100_000,
		negativeTTL:   5 * time.Second,
		bcryptSlots:   runtime.NumCPU(),
		prefixLen:     DefaultPrefixLen,
		secretLen:     DefaultSecretLen,
		jwks:          remoteOptions{timeout: 5 * time.Second, refresh: 5 * time.Minute, minRefresh: 30 * time.Second, maxBytes: 1 << 20},
		clock:         time.Now,
	}
}

func invalid(detail string) error { return fail(ReasonMalformed, "option: "+detail) }

// WithKeys adds verification keys (see HMACKey, PEMKey, JWK, JWKS).
func WithKeys(keys ...Key) Option {
	return func(c *config) error { c.keys = append(c.keys, keys...); return nil }
}

// WithJWKSURL fetches keys from url (only then is there network access).
func WithJWKSURL(url string) Option { return func(c *config) error { c.jwksURL = url; return nil } }

// WithJWKSTiming sets the fetch timeout, the refresh interval and the least time between two
// fetches caused by an unknown kid.
func WithJWKSTiming(timeout, refresh, minRefresh time.Duration) Option {
	return func(c *config) error {
		if timeout <= 0 || refresh <= 0 || minRefresh < 0 {
			return invalid("jwks timing must be positive")
		}
		c.jwks.timeout, c.jwks.refresh, c.jwks.minRefresh = timeout, refresh, minRefresh
		return nil
	}
}

// WithIssuer requires the iss claim to equal issuer.
func WithIssuer(issuer string) Option { return func(c *config) error { c.issuer = issuer; return nil } }

// WithAudience requires aud (a string or a list) to contain one of audiences.
func WithAudience(audiences ...string) Option {
	return func(c *config) error { c.audience = append(c.audience, audiences...); return nil }
}

// WithLeeway tolerates clock skew on exp, nbf and iat (default 0).
func WithLeeway(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 {
			return invalid("negative leeway")
		}
		c.leeway = d
		return nil
	}
}

// WithRequiredClaims replaces the claims that must be present (default sub).
func WithRequiredClaims(names ...string) Option {
	return func(c *config) error { c.requiredClaims = append([]string(nil), names...); return nil }
}

// WithTokenType requires the claim "typ", or else "type", to equal t.
func WithTokenType(t string) Option { return func(c *config) error { c.tokenType = t; return nil } }

// WithClaimNames replaces the claims read into the principal.
func WithClaimNames(n ClaimNames) Option {
	return func(c *config) error { c.claimNames = n; return nil }
}

// WithMaxTokenBytes bounds the token length (default 8192).
func WithMaxTokenBytes(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return invalid("max token bytes must be positive")
		}
		c.maxTokenBytes = n
		return nil
	}
}

// WithCache sets the verified-token cache's size (0 disables it) and longest lifetime.
func WithCache(size int, ttl time.Duration) Option {
	return func(c *config) error {
		if size < 0 || ttl < 0 {
			return invalid("negative cache size or ttl")
		}
		c.cacheSize, c.cacheTTL = size, ttl
		return nil
	}
}

// WithBcryptSlots bounds concurrent bcrypt checks (default the number of CPUs).
func WithBcryptSlots(n int) Option {
	return func(c *config) error {
		if n <= 0 {
			return invalid("bcrypt slots must be positive")
		}
		c.bcryptSlots = n
		return nil
	}
}

// WithNegativeTTL sets how long a failed API key is answered from memory (default 5 s).
func WithNegativeTTL(d time.Duration) Option {
	return func(c *config) error {
		if d < 0 {
			return invalid("negative ttl")
		}
		c.negativeTTL = d
		return nil
	}
}

// WithAPIKeyLengths sets the prefix and secret lengths of the API key format.
func WithAPIKeyLengths(prefix, secret int) Option {
	return func(c *config) error {
		if prefix <= 0 || secret <= 0 {
			return invalid("api key lengths must be positive")
		}
		c.prefixLen, c.secretLen = prefix, secret
		return nil
	}
}

// WithClock replaces time.Now, for tests.
func WithClock(clock func() time.Time) Option {
	return func(c *config) error { c.clock = clock; return nil }
}
