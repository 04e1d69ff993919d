package authn

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// SARK's key: "sark_sk_" + env + "_" + prefix + "_" + secret, where prefix and secret are URL-safe
// base64 (token_urlsafe(6) gives 8 characters, token_urlsafe(32) gives 43) and may hold "_" or
// "-", so the key is split from its end by these known lengths.
const (
	DefaultPrefixLen = 8
	DefaultSecretLen = 43
	apiKeyMarker     = "sark_sk_"
	maxAPIKeyBytes   = 72 // bcrypt reads at most 72 bytes; a longer key is refused
	maxNegative      = 10_000
)

// APIKeyRecord is a registered key as SARK stores it.
type APIKeyRecord struct {
	Prefix    string
	Hash      string // bcrypt, "$2b$12$..." as Python's bcrypt writes it ($2a$ and $2y$ too)
	Principal string
	Scopes    []string
	ExpiresAt time.Time // zero: never
	Inactive  bool
}

type apiKeyEntry struct {
	rec      APIKeyRecord
	verified atomic.Pointer[[sha256.Size]byte] // HMAC of the key that passed bcrypt
}

// refusal is a remembered failure; it holds only for the record it was checked against.
type refusal struct {
	entry *apiKeyEntry
	until time.Time
}

type apiKeyStore struct {
	cfg      *config
	secret   [32]byte // per-process HMAC key: cached keys are never stored themselves
	mu       sync.RWMutex
	byPrefix map[string]*apiKeyEntry
	negMu    sync.Mutex
	negative map[[sha256.Size]byte]refusal // HMAC of a refused key -> when it is forgotten
	slots    chan struct{}
	counters *counters
}

func newAPIKeyStore(cfg *config, c *counters) (*apiKeyStore, error) {
	s := &apiKeyStore{cfg: cfg, counters: c, byPrefix: map[string]*apiKeyEntry{}, negative: map[[sha256.Size]byte]refusal{},
		slots: make(chan struct{}, cfg.bcryptSlots)}
	if _, err := rand.Read(s.secret[:]); err != nil {
		return nil, err
	}
	return s, nil
}

// parseAPIKey splits a key into env, prefix and secret by the configured lengths.
func parseAPIKey(key string, prefixLen, secretLen int) (env, prefix, secret string, err error) {
	tail := prefixLen + 1 + secretLen
	rest, ok := strings.CutPrefix(key, apiKeyMarker)
	if !ok || len(key) > maxAPIKeyBytes || len(rest) < tail+2 {
		return "", "", "", fail(ReasonMalformed, "not a sark_sk_ key")
	}
	cut := len(rest) - tail
	env, body := rest[:cut-1], rest[cut:]
	prefix, secret = body[:prefixLen], body[prefixLen+1:]
	if rest[cut-1] != '_' || body[prefixLen] != '_' || !isEnv(env) || !isURLSafe(prefix) || !isURLSafe(secret) {
		return "", "", "", fail(ReasonMalformed, "not a sark_sk_ key")
	}
	return env, prefix, secret, nil
}

func isEnv(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return (r < 'a' || r > 'z') && (r < '0' || r > '9') })
}

func isURLSafe(s string) bool {
	for i := range len(s) {
		if !urlSafe(s[i]) {
			return false
		}
	}
	return true
}

// urlSafe reports whether c is in the base64url alphabet.
func urlSafe(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_'
}

// AddAPIKey registers (or replaces) the key with rec.Prefix; cached answers and remembered
// failures belong to the record they were checked against, so they go with it.
func (a *Authenticator) AddAPIKey(rec APIKeyRecord) error {
	s := a.apiKeys
	if len(rec.Prefix) != s.cfg.prefixLen || !isURLSafe(rec.Prefix) {
		return invalid("api key prefix has the wrong form")
	}
	if !strings.HasPrefix(rec.Hash, "$2a$") && !strings.HasPrefix(rec.Hash, "$2b$") && !strings.HasPrefix(rec.Hash, "$2y$") {
		return invalid("api key hash is not bcrypt")
	}
	if _, err := bcrypt.Cost([]byte(rec.Hash)); err != nil {
		return invalid("api key hash is not bcrypt")
	}
	rec.Scopes = slices.Clone(rec.Scopes)
	s.mu.Lock()
	s.byPrefix[rec.Prefix] = &apiKeyEntry{rec: rec}
	s.mu.Unlock()
	return nil
}

// RemoveAPIKey forgets the key with this prefix; it reports whether there was one.
func (a *Authenticator) RemoveAPIKey(prefix string) bool {
	s := a.apiKeys
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.byPrefix[prefix]
	delete(s.byPrefix, prefix)
	return ok
}

// VerifyAPIKey checks a key and, when scope is not "", that the key holds it ("admin" holds all).
func (a *Authenticator) VerifyAPIKey(key, scope string) (*Principal, error) {
	p, err := a.verifyAPIKey(key, scope)
	if err != nil {
		a.counters.apiKeyRefused.Add(1)
	}
	return p, err
}

func (a *Authenticator) verifyAPIKey(key, scope string) (*Principal, error) {
	s := a.apiKeys
	_, prefix, _, err := parseAPIKey(key, s.cfg.prefixLen, s.cfg.secretLen)
	if err != nil {
		return nil, err
	}
	s.mu.RLock()
	entry := s.byPrefix[prefix]
	s.mu.RUnlock()
	if entry == nil {
		return nil, fail(ReasonUnknownKey, "")
	}
	now := s.cfg.clock()
	if entry.rec.Inactive {
		return nil, fail(ReasonInactiveKey, "")
	}
	if !entry.rec.ExpiresAt.IsZero() && !now.Before(entry.rec.ExpiresAt) {
		return nil, fail(ReasonExpiredKey, "")
	}
	mac := s.mac(key)
	if v := entry.verified.Load(); v != nil && subtle.ConstantTimeCompare(v[:], mac[:]) == 1 {
		s.counters.apiKeyCacheHits.Add(1)
	} else if err := s.check(entry, key, mac, now); err != nil {
		return nil, err
	}
	if scope != "" && !slices.Contains(entry.rec.Scopes, scope) && !slices.Contains(entry.rec.Scopes, "admin") {
		return nil, fail(ReasonInsufficientScope, "")
	}
	return &Principal{ID: entry.rec.Principal, Via: ViaAPIKey, Scopes: entry.rec.Scopes}, nil
}

func (s *apiKeyStore) mac(key string) [sha256.Size]byte {
	m := hmac.New(sha256.New, s.secret[:])
	m.Write([]byte(key))
	var out [sha256.Size]byte
	m.Sum(out[:0])
	return out
}

// check runs bcrypt once in a bounded number of slots; a refused key is remembered briefly.
func (s *apiKeyStore) check(entry *apiKeyEntry, key string, mac [sha256.Size]byte, now time.Time) error {
	s.negMu.Lock()
	r, refused := s.negative[mac]
	s.negMu.Unlock()
	if refused && r.entry == entry && now.Before(r.until) {
		return fail(ReasonUnknownKey, "")
	}
	select {
	case s.slots <- struct{}{}:
	default:
		s.counters.apiKeyBusy.Add(1)
		return fail(ReasonBusy, "too many api key checks at once")
	}
	s.counters.apiKeyBcrypt.Add(1)
	err := bcrypt.CompareHashAndPassword([]byte(entry.rec.Hash), []byte(key))
	<-s.slots
	if err != nil {
		s.remember(mac, entry, now)
		return fail(ReasonUnknownKey, "")
	}
	entry.verified.Store(&mac)
	return nil
}

func (s *apiKeyStore) remember(mac [sha256.Size]byte, entry *apiKeyEntry, now time.Time) {
	if s.cfg.negativeTTL <= 0 {
		return
	}
	s.negMu.Lock()
	defer s.negMu.Unlock()
	if len(s.negative) >= maxNegative {
		for k, r := range s.negative {
			if !now.Before(r.until) {
				delete(s.negative, k)
			}
		}
		if len(s.negative) >= maxNegative {
			clear(s.negative)
		}
	}
	s.negative[mac] = refusal{entry: entry, until: now.Add(s.cfg.negativeTTL)}
}
