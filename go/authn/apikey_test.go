package authn

import (
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"sync"
	"testing"
	"testing/quick"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// A key and its hash made by Python's bcrypt 5.0.0 (bcrypt.hashpw(key, bcrypt.gensalt(12))):
// the prefix ends with "_" and the secret starts with "_", which breaks a split on "_".
const (
	pyKey    = "sark_sk_live_a_b-c_d___b-_cdEFghIJklMNopQRstUVwxYZ0123456789-_abc"
	pyPrefix = "a_b-c_d_"
	pyHash   = "$2b$12$Tu0IBDNp99G8sg8cadkCp.1lTZHQsJ/ukbjfwVL8a09JcifLD.O8."
)

// newAPIKey makes a key like SARK's generator (token_urlsafe) and its bcrypt hash at cost 4,
// rewritten to the $2b$ prefix Python's bcrypt writes ($2a$ and $2b$ hash identically).
func newAPIKey(t testing.TB, env string) (key, prefix, hash string) {
	t.Helper()
	raw := make([]byte, 38)
	rand.Read(raw)
	prefix = base64.RawURLEncoding.EncodeToString(raw[:6])
	secret := base64.RawURLEncoding.EncodeToString(raw[6:])
	key = "sark_sk_" + env + "_" + prefix + "_" + secret
	h, err := bcrypt.GenerateFromPassword([]byte(key), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	return key, prefix, "$2b$" + strings.TrimPrefix(string(h), "$2a$")
}

func TestParseAPIKeySplitsByLength(t *testing.T) {
	env, prefix, secret, err := parseAPIKey(pyKey, DefaultPrefixLen, DefaultSecretLen)
	if err != nil || env != "live" || prefix != pyPrefix || secret != "_b-_cdEFghIJklMNopQRstUVwxYZ0123456789-_abc" {
		t.Fatalf("got %q %q %q %v", env, prefix, secret, err)
	}
	bad := []string{
		"", "sark_sk_", "sark_sk_live_short_key", pyKey + "x", pyKey[:len(pyKey)-1],
		strings.Replace(pyKey, "live", "LIVE", 1), strings.Replace(pyKey, "live", "li_ve", 1),
		strings.Replace(pyKey, "sark_sk_live", "sark_sk_", 1), strings.Replace(pyKey, "abc", "ab+", 1),
		"sark_pk_live_a_b-c_d___b-_cdEFghIJklMNopQRstUVwxYZ0123456789-_abc",
		"sark_sk_" + strings.Repeat("x", 20) + "_a_b-c_d___b-_cdEFghIJklMNopQRstUVwxYZ0123456789-_abc", // > 72 bytes
	}
	for _, k := range bad {
		if _, _, _, err := parseAPIKey(k, DefaultPrefixLen, DefaultSecretLen); !errors.Is(err, ErrMalformed) {
			t.Errorf("%q: want malformed, got %v", k, err)
		}
	}
}

func TestPythonBcryptHash(t *testing.T) {
	a := mustNew(t)
	if err := a.AddAPIKey(APIKeyRecord{Prefix: pyPrefix, Hash: pyHash, Principal: "svc", Scopes: []string{"read"}}); err != nil {
		t.Fatal(err)
	}
	p, err := a.VerifyAPIKey(pyKey, "read")
	if err != nil || p.ID != "svc" || p.Via != ViaAPIKey {
		t.Fatalf("%+v %v", p, err)
	}
	wrong := pyKey[:len(pyKey)-1] + "d"
	_, err = a.VerifyAPIKey(wrong, "")
	wantReason(t, err, ReasonUnknownKey, wrong)
}

func TestAPIKeyRules(t *testing.T) {
	clock := newClock()
	a := mustNew(t, WithClock(clock.now))
	key, prefix, hash := newAPIKey(t, "test")
	rec := APIKeyRecord{Prefix: prefix, Hash: hash, Principal: "svc", Scopes: []string{"read", "write"}, ExpiresAt: clock.now().Add(time.Hour)}
	if err := a.AddAPIKey(rec); err != nil {
		t.Fatal(err)
	}
	for i := range 2 { // first by bcrypt, then from the cache
		if p, err := a.VerifyAPIKey(key, "write"); err != nil || p.ID != "svc" {
			t.Fatalf("check %d: %+v %v", i, p, err)
		}
	}
	_, err := a.VerifyAPIKey(key, "delete")
	wantReason(t, err, ReasonInsufficientScope, key)

	other, otherPrefix, _ := newAPIKey(t, "test")
	_, err = a.VerifyAPIKey(other, "")
	wantReason(t, err, ReasonUnknownKey, other)
	wrongSecret := key[:len(key)-3] + flipChars(key[len(key)-3:])
	_, err = a.VerifyAPIKey(wrongSecret, "")
	wantReason(t, err, ReasonUnknownKey, wrongSecret)
	_, err = a.VerifyAPIKey(strings.Replace(other, otherPrefix, prefix, 1), "")
	wantReason(t, err, ReasonUnknownKey, other)

	clock.advance(time.Hour)
	_, err = a.VerifyAPIKey(key, "")
	wantReason(t, err, ReasonExpiredKey, key)

	rec.ExpiresAt, rec.Inactive = time.Time{}, true
	a.AddAPIKey(rec)
	_, err = a.VerifyAPIKey(key, "")
	wantReason(t, err, ReasonInactiveKey, key)

	rec.Inactive, rec.Scopes = false, []string{"admin"}
	a.AddAPIKey(rec)
	if _, err := a.VerifyAPIKey(key, "anything"); err != nil {
		t.Fatalf("admin holds every scope: %v", err)
	}
	if !a.RemoveAPIKey(prefix) || a.RemoveAPIKey(prefix) {
		t.Fatal("RemoveAPIKey reports")
	}
	_, err = a.VerifyAPIKey(key, "")
	wantReason(t, err, ReasonUnknownKey, key)

	if a.AddAPIKey(APIKeyRecord{Prefix: prefix, Hash: "sha256$abc"}) == nil || a.AddAPIKey(APIKeyRecord{Prefix: "short", Hash: hash}) == nil {
		t.Fatal("bad records accepted")
	}
}

func flipChars(s string) string {
	return strings.Map(func(r rune) rune {
		if r == 'x' {
			return 'y'
		}
		return 'x'
	}, s)
}

// A replaced record (new hash for the prefix) takes effect at once, the cache included.
func TestReplacedKeyForgetsTheCache(t *testing.T) {
	a := mustNew(t)
	key, prefix, hash := newAPIKey(t, "live")
	a.AddAPIKey(APIKeyRecord{Prefix: prefix, Hash: hash, Principal: "svc"})
	if _, err := a.VerifyAPIKey(key, ""); err != nil {
		t.Fatal(err)
	}
	other, _, _ := newAPIKey(t, "live")
	h2, _ := bcrypt.GenerateFromPassword([]byte(other), bcrypt.MinCost)
	a.AddAPIKey(APIKeyRecord{Prefix: prefix, Hash: string(h2), Principal: "svc"})
	_, err := a.VerifyAPIKey(key, "")
	wantReason(t, err, ReasonUnknownKey, key)
}

// Property: after a right key is cached, and a wrong one remembered, no other key of the same
// prefix passes, and the right one still does.
func TestCacheNeverTurnsAWrongKeyIntoARightOne(t *testing.T) {
	a := mustNew(t, WithNegativeTTL(time.Minute))
	key, prefix, hash := newAPIKey(t, "live")
	a.AddAPIKey(APIKeyRecord{Prefix: prefix, Hash: hash, Principal: "svc"})
	if _, err := a.VerifyAPIKey(key, ""); err != nil {
		t.Fatal(err)
	}
	secretAt := len(key) - DefaultSecretLen
	property := func(pos uint8, c uint8) bool {
		const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
		i := secretAt + int(pos)%DefaultSecretLen
		b := []byte(key)
		b[i] = alphabet[int(c)%len(alphabet)]
		wrong := string(b)
		_, err := a.VerifyAPIKey(wrong, "")
		if wrong == key {
			return err == nil
		}
		if !errors.Is(err, ErrUnknownKey) {
			return false
		}
		_, err = a.VerifyAPIKey(key, "")
		return err == nil
	}
	if err := quick.Check(property, &quick.Config{MaxCount: 200}); err != nil {
		t.Fatal(err)
	}
}

// Past the bound, a check fails fast with busy; keys already cached do not need a slot.
func TestBcryptSlotsFailFastWithBusy(t *testing.T) {
	a := mustNew(t, WithBcryptSlots(1), WithNegativeTTL(0))
	cached, cp, ch := newAPIKey(t, "live")
	a.AddAPIKey(APIKeyRecord{Prefix: cp, Hash: ch, Principal: "c"})
	if _, err := a.VerifyAPIKey(cached, ""); err != nil {
		t.Fatal(err)
	}
	slow, sp, _ := newAPIKey(t, "live")
	h, _ := bcrypt.GenerateFromPassword([]byte(slow), 10) // tens of ms: long enough to overlap
	a.AddAPIKey(APIKeyRecord{Prefix: sp, Hash: string(h), Principal: "s"})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 16 {
		wg.Go(func() { _, err := a.VerifyAPIKey(slow, ""); errs <- err })
	}
	if _, err := a.VerifyAPIKey(cached, ""); err != nil {
		t.Fatalf("cached key during the flood: %v", err)
	}
	wg.Wait()
	close(errs)
	var busy, ok int
	for err := range errs {
		switch {
		case err == nil:
			ok++
		case errors.Is(err, ErrBusy):
			busy++
		default:
			t.Fatalf("unexpected %v", err)
		}
	}
	if ok == 0 || busy == 0 {
		t.Fatalf("ok=%d busy=%d: want both", ok, busy)
	}
	if st := a.Stats(); st.APIKeyBusy != uint64(busy) || st.APIKeyRefused != uint64(busy) || st.APIKeyCacheHits == 0 {
		t.Fatalf("stats %+v, busy %d", st, busy)
	}
}

// A refused key is answered from memory until the negative TTL passes.
func TestNegativeCacheIsBrief(t *testing.T) {
	clock := newClock()
	a := mustNew(t, WithClock(clock.now), WithBcryptSlots(1), WithNegativeTTL(5*time.Second))
	key, prefix, hash := newAPIKey(t, "live")
	a.AddAPIKey(APIKeyRecord{Prefix: prefix, Hash: hash, Principal: "svc"})
	wrong := key[:len(key)-1] + flipChars(key[len(key)-1:])
	_, err := a.VerifyAPIKey(wrong, "")
	wantReason(t, err, ReasonUnknownKey, wrong)
	// Hold the only slot: a remembered failure needs none, a forgotten one does.
	a.apiKeys.slots <- struct{}{}
	_, err = a.VerifyAPIKey(wrong, "")
	wantReason(t, err, ReasonUnknownKey, wrong)
	clock.advance(5 * time.Second)
	_, err = a.VerifyAPIKey(wrong, "")
	wantReason(t, err, ReasonBusy, wrong)
	<-a.apiKeys.slots
}

// A failure remembered against one record does not refuse the right key of its replacement.
func TestRefusalBelongsToItsRecord(t *testing.T) {
	a := mustNew(t, WithNegativeTTL(time.Hour))
	key, prefix, _ := newAPIKey(t, "live")
	other, _, _ := newAPIKey(t, "live")
	h, _ := bcrypt.GenerateFromPassword([]byte(other), bcrypt.MinCost)
	a.AddAPIKey(APIKeyRecord{Prefix: prefix, Hash: string(h), Principal: "old"})
	_, err := a.VerifyAPIKey(key, "") // refused and remembered for the old record
	wantReason(t, err, ReasonUnknownKey, key)
	h, _ = bcrypt.GenerateFromPassword([]byte(key), bcrypt.MinCost)
	a.AddAPIKey(APIKeyRecord{Prefix: prefix, Hash: string(h), Principal: "new"})
	if p, err := a.VerifyAPIKey(key, ""); err != nil || p.ID != "new" {
		t.Fatalf("%+v %v", p, err)
	}
}
