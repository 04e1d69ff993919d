package sarkbind

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sark-accel/sark-accel/go/authn"
	"golang.org/x/crypto/bcrypt"
)

const testSecret = "binding-test-secret-0123456789abcdef"

// hs256 signs claims with testSecret; the binding's tests need tokens, not a JOSE library.
func hs256(t testing.TB, claims map[string]any) string {
	t.Helper()
	body, err := json.Marshal(claims)
	if err != nil {
		t.Fatal(err)
	}
	enc := base64.RawURLEncoding
	input := enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc.EncodeToString(body)
	mac := hmac.New(sha256.New, []byte(testSecret))
	mac.Write([]byte(input))
	return input + "." + enc.EncodeToString(mac.Sum(nil))
}

func newTestAuthn(t testing.TB, extra string) int64 {
	t.Helper()
	secret := base64.StdEncoding.EncodeToString([]byte(testSecret))
	cfg := `{"keys":[{"kind":"secret","secret":"` + secret + `"}],"required_claims":["sub"],` +
		`"claim_names":{"roles":["roles"],"groups":["groups","teams"],"permissions":["permissions"]},` +
		`"max_token_bytes":8192,"cache_size":100,"cache_ttl_ns":300000000000` + extra + `}`
	h, err := AuthnNew(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { AuthnClose(h) })
	return h
}

func kindOf(err error) string {
	if err == nil {
		return ""
	}
	kind, _, _ := strings.Cut(strings.TrimPrefix(err.Error(), "sark:"), ":")
	return kind
}

func TestAuthnVerifyJWTFramesThePrincipal(t *testing.T) {
	h := newTestAuthn(t, "")
	token := hs256(t, map[string]any{"sub": "alice", "roles": []string{"admin"}, "teams": "t1", "n": json.Number("12345678901234567890")})
	for range 2 { // the second answer comes from the cache and the framed-principal memo
		out, err := AuthnVerifyJWT(h, token)
		if err != nil {
			t.Fatal(err)
		}
		lists, claims, _ := strings.Cut(out, "\n")
		var row []json.RawMessage
		if err := json.Unmarshal([]byte(lists), &row); err != nil || len(row) != 6 {
			t.Fatalf("%s: %v", out, err)
		}
		want := []string{`"jwt"`, `"alice"`, `["admin"]`, `["t1"]`, `[]`, `[]`}
		for i, w := range want {
			if string(row[i]) != w {
				t.Errorf("field %d = %s, want %s", i, row[i], w)
			}
		}
		if !json.Valid([]byte(claims)) || !strings.Contains(claims, `"n":12345678901234567890`) { // number text kept
			t.Errorf("claims %s", claims)
		}
	}
	var stats map[string]uint64
	s, _ := AuthnStats(h)
	if err := json.Unmarshal([]byte(s), &stats); err != nil || stats["jwt_verified"] != 1 || stats["jwt_cache_hits"] != 1 {
		t.Fatalf("stats %s %v", s, err)
	}
}

func TestAuthnRefusalsCarryTheReasonKindAndNeverTheCredential(t *testing.T) {
	h := newTestAuthn(t, `,"issuer":"https://idp","manual_clock":true`)
	now := time.Unix(1_700_000_000, 0)
	AuthnSetClock(h, now.UnixNano())
	good := map[string]any{"sub": "alice", "iss": "https://idp", "exp": now.Unix() + 60}
	tampered := hs256(t, good)
	tampered = tampered[:len(tampered)-2] + "AA"
	for _, c := range []struct {
		token, kind string
	}{
		{hs256(t, map[string]any{"sub": "a", "iss": "https://idp", "exp": now.Unix() - 1}), "authn_expired"},
		{hs256(t, map[string]any{"sub": "a", "iss": "https://other"}), "authn_wrong_issuer"},
		{hs256(t, map[string]any{"iss": "https://idp"}), "authn_missing_claim"},
		{tampered, "authn_bad_signature"},
		{"eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.", "authn_algorithm_not_allowed"},
		{"not a token", "authn_malformed"},
		{strings.Repeat("a", 9000), "authn_malformed"},
	} {
		_, err := AuthnVerifyJWT(h, c.token)
		if kindOf(err) != c.kind {
			t.Errorf("%.40s: %v, want kind %s", c.token, err, c.kind)
		}
		if err != nil && len(c.token) > 10 && strings.Contains(err.Error(), c.token[len(c.token)-10:]) {
			t.Errorf("error text holds the token: %v", err)
		}
	}
	if _, err := AuthnVerifyJWT(h, hs256(t, good)); err != nil {
		t.Fatal(err)
	}
	if _, err := AuthnRevoke(h, ""); kindOf(err) != kindInvalidArgument {
		t.Errorf("empty jti: %v", err)
	}
	if _, err := AuthnRevokeToken(h, hs256(t, good)); err != nil {
		t.Fatal(err)
	}
	if _, err := AuthnVerifyJWT(h, hs256(t, good)); kindOf(err) != "authn_revoked" {
		t.Errorf("revoked token: %v", err)
	}
}

func TestAuthnConfigErrorsAreInvalidArgument(t *testing.T) {
	for _, cfg := range []string{
		`{"nope":1}`,
		`{"keys":[{"kind":"secret","secret":""}],"max_token_bytes":1}`,
		`{"keys":[{"kind":"rot13"}],"max_token_bytes":1}`,
		`{"keys":[{"kind":"pem","pem":"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"}],"max_token_bytes":1}`,
		`{"keys":[{"kind":"secret","secret":"c2VjcmV0","algorithms":["RS256"]}],"max_token_bytes":1}`,
		`{"jwks":"{\"keys\":[{\"kty\":\"RSA\"}]}","max_token_bytes":1}`,
		`{"max_token_bytes":0}`,
	} {
		if _, err := AuthnNew(cfg); kindOf(err) != kindInvalidArgument {
			t.Errorf("%s: %v", cfg, err)
		}
	}
}

func TestAuthnAPIKeys(t *testing.T) {
	h := newTestAuthn(t, `,"bcrypt_slots":1`)
	key := "sark_sk_prod_a-b_c-d__" + strings.Repeat("x_-", 14) + "z"
	hash, err := bcrypt.GenerateFromPassword([]byte(key), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	rec, _ := json.Marshal(map[string]any{"prefix": "a-b_c-d_", "hash": string(hash), "principal": "svc", "scopes": []string{"tools:run"}, "expires_at_ns": 0, "active": true})
	if _, err := AuthnAddKey(h, string(rec)); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		out, err := AuthnVerifyAPIKey(h, key, "tools:run")
		if err != nil || out != "[\"api_key\",\"svc\",[],[],[],[\"tools:run\"]]\nnull" {
			t.Fatalf("%s %v", out, err)
		}
	}
	wrong := key[:len(key)-1] + "y"
	for scope, want := range map[string]string{"admin:all": "authn_insufficient_scope"} {
		if _, err := AuthnVerifyAPIKey(h, key, scope); kindOf(err) != want {
			t.Errorf("%s: %v", scope, err)
		}
	}
	if _, err := AuthnVerifyAPIKey(h, wrong, ""); kindOf(err) != "authn_unknown_key" || strings.Contains(err.Error(), "x_-") {
		t.Errorf("wrong key: %v", err)
	}
	if _, err := AuthnAddKey(h, `{"prefix":"short","hash":"x","principal":"p","scopes":[],"expires_at_ns":0,"active":true}`); kindOf(err) != kindInvalidArgument {
		t.Errorf("bad record: %v", err)
	}
	if ok, _ := AuthnRemoveKey(h, "a-b_c-d_"); !ok {
		t.Fatal("remove")
	}
	if _, err := AuthnVerifyAPIKey(h, key, ""); kindOf(err) != "authn_unknown_key" {
		t.Errorf("removed key: %v", err)
	}
}

// Concurrent bcrypt checks beyond the slots fail fast with busy instead of queueing.
func TestAuthnBusy(t *testing.T) {
	h := newTestAuthn(t, `,"bcrypt_slots":1`)
	key := "sark_sk_dev_abcdefgh_" + strings.Repeat("s", 43)
	hash, _ := bcrypt.GenerateFromPassword([]byte(key), 6)
	rec, _ := json.Marshal(map[string]any{"prefix": "abcdefgh", "hash": string(hash), "principal": "p", "scopes": []string{}, "expires_at_ns": 0, "active": true})
	if _, err := AuthnAddKey(h, string(rec)); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	kinds := make([]string, 6)
	for i := range kinds {
		wg.Go(func() {
			_, err := AuthnVerifyAPIKey(h, key[:len(key)-1]+string(rune('a'+i)), "")
			kinds[i] = kindOf(err)
		})
	}
	wg.Wait()
	busy := 0
	for _, k := range kinds {
		if k != "authn_busy" && k != "authn_unknown_key" {
			t.Errorf("kind %q", k)
		}
		if k == "authn_busy" {
			busy++
		}
	}
	if busy == 0 {
		t.Errorf("6 checks on 1 slot, none busy: %v", kinds)
	}
}

func TestAuthnClosed(t *testing.T) {
	h := newTestAuthn(t, "")
	if ok, _ := AuthnClose(h); !ok {
		t.Fatal("close")
	}
	if ok, _ := AuthnClose(h); ok {
		t.Fatal("second close")
	}
	if _, err := AuthnVerifyJWT(h, "a.b.c"); kindOf(err) != kindClosed {
		t.Fatalf("after close: %v", err)
	}
}

// The manual clock starts at now_ns: New (and its first JWKS fetch) already reads it.
func TestAuthnManualClockStartsAtNowNs(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	h := newTestAuthn(t, `,"manual_clock":true,"now_ns":`+strconv.FormatInt(now.UnixNano(), 10))
	if _, err := AuthnVerifyJWT(h, hs256(t, map[string]any{"sub": "a", "nbf": now.Unix() - 10})); err != nil {
		t.Fatal(err)
	}
}

// The hand-written row is JSON that reads back as the principal, whatever its strings hold.
func TestFramePrincipalRoundTrips(t *testing.T) {
	odd := []string{"", `q"uote`, `back\\slash`, "tab\tnl\n\x01", "é€😀", "\u2028"}
	p := &authn.Principal{ID: "id\"\x1f", Via: authn.ViaJWT, Roles: odd, Groups: nil, Permissions: odd[:2], Scopes: []string{"s"},
		Claims: map[string]any{"n": json.Number("1e400"), "l": []any{"x", nil}}}
	row, err := framePrincipal(p)
	if err != nil {
		t.Fatal(err)
	}
	lists, claims, _ := strings.Cut(row, "\n")
	var got []any
	if err := json.Unmarshal([]byte(lists), &got); err != nil {
		t.Fatalf("%s: %v", row, err)
	}
	want := []any{"jwt", "id\"\x1f", toAny(odd), []any{}, toAny(odd[:2]), []any{"s"}}
	for i, w := range want {
		if g, _ := json.Marshal(got[i]); string(g) != mustJSON(t, w) {
			t.Errorf("field %d: %s, want %s", i, g, mustJSON(t, w))
		}
	}
	if claims != `{"l":["x",null],"n":1e400}` {
		t.Errorf("claims: %s", row)
	}
}

func toAny(s []string) []any {
	out := []any{}
	for _, v := range s {
		out = append(out, v)
	}
	return out
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
