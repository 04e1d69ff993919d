package authn

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// keyForms are the ways a test key can be registered; HMAC secrets have no PEM form.
func keyForms(t *testing.T, s *signer, kid string) map[string][]Key {
	k := mustKey(t)
	forms := map[string][]Key{"jwk": {k(JWK(jwkJSON(t, s, kid)))}}
	jwks, err := JWKS(jwksJSON(t, jwkJSON(t, s, kid)))
	if err != nil {
		t.Fatal(err)
	}
	forms["jwks"] = jwks
	if secret, ok := s.priv.([]byte); ok {
		forms["secret"] = []Key{k(HMACKey(kid, secret))}
	} else {
		forms["pem"] = []Key{k(PEMKey(kid, pemOf(t, s.pub)))}
	}
	return forms
}

func TestEveryAlgorithmAndKeyForm(t *testing.T) {
	clock := newClock()
	for _, name := range []string{"hmac", "rsa", "p256", "p384", "p521", "ed"} {
		s := testSigners(t)[name]
		for form, keys := range keyForms(t, s, "k1") {
			a := mustNew(t, WithKeys(keys...), WithClock(clock.now))
			for _, alg := range s.algs {
				for _, kid := range []string{"k1", ""} {
					tok := mint(t, s, alg, kid, jwt.MapClaims{
						"sub": "alice", "exp": clock.unix(60), "roles": []string{"admin", "dev"},
						"groups": "g1", "teams": []string{"t1", "g1"}, "permissions": []string{"read"},
					})
					p, err := a.VerifyJWT(tok)
					if err != nil {
						t.Fatalf("%s/%s/%s kid=%q: %v", name, form, alg, kid, err)
					}
					if p.ID != "alice" || p.Via != ViaJWT || !slices.Equal(p.Roles, []string{"admin", "dev"}) ||
						!slices.Equal(p.Groups, []string{"g1", "t1"}) || !slices.Equal(p.Permissions, []string{"read"}) {
						t.Fatalf("%s/%s/%s: principal %+v", name, form, alg, p)
					}
				}
			}
		}
	}
}

func TestKeyConstructorsRefuseAlgorithmsThatDoNotFit(t *testing.T) {
	s := testSigners(t)
	cases := []struct {
		name string
		err  func() error
	}{
		{"rsa pem as HS256", func() error { _, err := PEMKey("", pemOf(t, s["rsa"].pub), "HS256"); return err }},
		{"secret as RS256", func() error { _, err := HMACKey("", []byte("x"), "RS256"); return err }},
		{"none", func() error { _, err := HMACKey("", []byte("x"), "none"); return err }},
		{"P-256 as ES384", func() error { _, err := PEMKey("", pemOf(t, s["p256"].pub), "ES384"); return err }},
		{"jwk alg RS256 given HS256", func() error { _, err := JWK(jwkJSON(t, s["rsa"], "k"), "HS256"); return err }},
		{"empty secret", func() error { _, err := HMACKey("", nil); return err }},
		{"not pem", func() error { _, err := PEMKey("", []byte("hello")); return err }},
	}
	for _, c := range cases {
		if c.err() == nil {
			t.Errorf("%s: accepted", c.name)
		}
	}
}

// attackEnv: an RSA key "rsa" (RS256 only), an HMAC key "hs" (HS256 only), a second RSA key
// "rsa2", issuer and audience configured.
func attackEnv(t *testing.T, opts ...Option) (*Authenticator, *testClock, map[string]*signer) {
	s := testSigners(t)
	k := mustKey(t)
	clock := newClock()
	base := []Option{
		WithKeys(k(PEMKey("rsa", pemOf(t, s["rsa"].pub), "RS256")), k(HMACKey("hs", s["hmac"].priv.([]byte), "HS256")),
			k(PEMKey("rsa2", pemOf(t, s["rsa2"].pub), "RS256"))),
		WithIssuer("https://issuer"), WithAudience("gateway", "other"), WithClock(clock.now),
	}
	return mustNew(t, append(base, opts...)...), clock, s
}

func goodClaims(c *testClock) jwt.MapClaims {
	return jwt.MapClaims{"sub": "alice", "iss": "https://issuer", "aud": "gateway", "exp": c.unix(60), "iat": c.unix(0)}
}

func TestAttackMatrix(t *testing.T) {
	a, clock, s := attackEnv(t)
	good := goodClaims(clock)
	with := func(k string, v any) jwt.MapClaims {
		c := jwt.MapClaims{}
		for kk, vv := range good {
			c[kk] = vv
		}
		if v == nil {
			delete(c, k)
		} else {
			c[k] = v
		}
		return c
	}
	valid := mint(t, s["rsa"], "RS256", "rsa", good)
	parts := strings.Split(valid, ".")
	pubPEM := pemOf(t, s["rsa"].pub)
	confused := &signer{priv: pubPEM}
	type tc struct {
		name  string
		token string
		want  Reason
	}
	cases := []tc{
		{"stripped signature", parts[0] + "." + parts[1] + ".", ReasonBadSignature},
		{"tampered signature", parts[0] + "." + parts[1] + "." + flip(parts[2]), ReasonBadSignature},
		{"payload edited", parts[0] + "." + mintPart(t, `{"sub":"root","iss":"https://issuer","aud":"gateway","exp":9999999999}`) + "." + parts[2], ReasonBadSignature},
		{"HS256 with the RSA PEM as secret, kid rsa", mint(t, confused, "HS256", "rsa", good), ReasonAlgorithmNotAllowed},
		{"HS256 with the RSA PEM as secret, no kid", mint(t, confused, "HS256", "", good), ReasonBadSignature},
		{"alg outside the key's list", mint(t, s["hmac"], "HS512", "hs", good), ReasonAlgorithmNotAllowed},
		{"RS384 for an RS256-only key", mint(t, s["rsa"], "RS384", "rsa", good), ReasonAlgorithmNotAllowed},
		{"kid of another key", mint(t, s["rsa"], "RS256", "rsa2", good), ReasonBadSignature},
		{"unknown kid", mint(t, s["rsa"], "RS256", "nope", good), ReasonUnknownKid},
		{"expired", mint(t, s["rsa"], "RS256", "rsa", with("exp", clock.unix(-1))), ReasonExpired},
		{"expires now", mint(t, s["rsa"], "RS256", "rsa", with("exp", clock.unix(0))), ReasonExpired},
		{"not yet valid", mint(t, s["rsa"], "RS256", "rsa", with("nbf", clock.unix(30))), ReasonNotYetValid},
		{"issued in the future", mint(t, s["rsa"], "RS256", "rsa", with("iat", clock.unix(30))), ReasonNotYetValid},
		{"wrong iss", mint(t, s["rsa"], "RS256", "rsa", with("iss", "https://evil")), ReasonWrongIssuer},
		{"iss not a string", mint(t, s["rsa"], "RS256", "rsa", with("iss", 7)), ReasonWrongIssuer},
		{"missing iss", mint(t, s["rsa"], "RS256", "rsa", with("iss", nil)), ReasonMissingClaim},
		{"wrong aud", mint(t, s["rsa"], "RS256", "rsa", with("aud", "else")), ReasonWrongAudience},
		{"wrong aud list", mint(t, s["rsa"], "RS256", "rsa", with("aud", []string{"a", "b"})), ReasonWrongAudience},
		{"empty aud list", mint(t, s["rsa"], "RS256", "rsa", with("aud", []string{})), ReasonWrongAudience},
		{"aud list with a number", mint(t, s["rsa"], "RS256", "rsa", with("aud", []any{"gateway", 1})), ReasonMalformed},
		{"missing aud", mint(t, s["rsa"], "RS256", "rsa", with("aud", nil)), ReasonMissingClaim},
		{"missing sub", mint(t, s["rsa"], "RS256", "rsa", with("sub", nil)), ReasonMissingClaim},
		{"sub not a string", mint(t, s["rsa"], "RS256", "rsa", with("sub", 12)), ReasonMalformed},
		{"exp as a string", mint(t, s["rsa"], "RS256", "rsa", with("exp", "9999999999")), ReasonMalformed},
		{"exp as a boolean", mint(t, s["rsa"], "RS256", "rsa", with("exp", true)), ReasonMalformed},
		{"roles as an object", mint(t, s["rsa"], "RS256", "rsa", with("roles", map[string]any{"a": 1})), ReasonMalformed},
		{"huge exp", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `{"sub":"a","iss":"https://issuer","aud":"gateway","exp":1e400}`), ReasonMalformed},
		{"NaN exp", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `{"sub":"a","iss":"https://issuer","aud":"gateway","exp":NaN}`), ReasonMalformed},
		{"duplicate header key", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa","kid":"hs"}`, `{"sub":"a"}`), ReasonMalformed},
		{"duplicate claim key", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `{"sub":"a","sub":"b"}`), ReasonMalformed},
		{"claims an array", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `["sub"]`), ReasonMalformed},
		{"claims a string", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `"sub"`), ReasonMalformed},
		{"claims with trailing data", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `{"sub":"a"}{}`), ReasonMalformed},
		{"claims not UTF-8", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, "{\"sub\":\"\xff\"}"), ReasonMalformed},
		{"lone surrogate escape", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `{"sub":"\ud800"}`), ReasonMalformed},
		{"nested duplicate key", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `{"sub":"a","x":[{"k":1,"k":2}]}`), ReasonMalformed},
		{"33 nested containers", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `{"x":`+strings.Repeat("[", 32)+strings.Repeat("]", 32)+`}`), ReasonMalformed},
		{"deep nesting", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa"}`, `{"x":`+strings.Repeat("[", 40)+strings.Repeat("]", 40)+`}`), ReasonMalformed},
		{"crit header", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":"rsa","crit":["b64"],"b64":false}`, `{"sub":"a"}`), ReasonMalformed},
		{"kid a number", mintRaw(t, s["rsa"], "RS256", `{"alg":"RS256","kid":5}`, `{"sub":"a"}`), ReasonMalformed},
		{"alg missing", mintRaw(t, s["rsa"], "RS256", `{"kid":"rsa"}`, `{"sub":"a"}`), ReasonMalformed},
		{"invalid base64", parts[0] + "." + parts[1] + "*." + parts[2], ReasonMalformed},
		{"newline inside a segment", parts[0][:5] + "\n" + parts[0][5:] + "." + parts[1] + "." + parts[2], ReasonMalformed},
		{"non-zero trailing bits", parts[0] + "." + parts[1] + "." + parts[2][:len(parts[2])-1] + "B", ReasonMalformed},
		{"padded base64", parts[0] + "=." + parts[1] + "." + parts[2], ReasonMalformed},
		{"extra segment", valid + "." + parts[2], ReasonMalformed},
		{"two segments", parts[0] + "." + parts[1], ReasonMalformed},
		{"empty", "", ReasonMalformed},
		{"10 MB token", strings.Repeat("a", 10<<20), ReasonMalformed},
	}
	for _, alg := range []string{"none", "None", "NONE", "nOnE", "NoNe"} {
		tok := mintPart(t, `{"alg":"`+alg+`","kid":"rsa"}`) + "." + parts[1] + "."
		cases = append(cases, tc{"alg " + alg, tok, ReasonAlgorithmNotAllowed})
	}
	if _, err := a.VerifyJWT(valid); err != nil {
		t.Fatalf("the unaltered token: %v", err)
	}
	for _, c := range cases {
		_, err := a.VerifyJWT(c.token)
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		var e *Error
		if !errors.As(err, &e) || e.Reason != c.want {
			t.Errorf("%s: want %s, got %v", c.name, c.want, err)
		}
		wantReason(t, err, e.Reason, c.token)
	}
}

func mintPart(t *testing.T, s string) string {
	return strings.TrimRight(b64.EncodeToString([]byte(s)), "=")
}

func flip(seg string) string {
	b := []byte(seg)
	if b[3] == 'A' {
		b[3] = 'B'
	} else {
		b[3] = 'A'
	}
	return string(b)
}

func TestLeewayAndClaimsOptions(t *testing.T) {
	a, clock, s := attackEnv(t, WithLeeway(10*time.Second))
	c := goodClaims(clock)
	c["exp"], c["nbf"], c["iat"] = clock.unix(-5), clock.unix(5), clock.unix(5)
	if _, err := a.VerifyJWT(mint(t, s["rsa"], "RS256", "rsa", c)); err != nil {
		t.Fatalf("inside the leeway: %v", err)
	}
	c["exp"] = clock.unix(-10)
	_, err := a.VerifyJWT(mint(t, s["rsa"], "RS256", "rsa", c))
	wantReason(t, err, ReasonExpired, "")

	b := mustNew(t, WithKeys(mustKey(t)(HMACKey("", s["hmac"].priv.([]byte)))), WithClock(clock.now),
		WithRequiredClaims("sub", "jti"), WithTokenType("access"),
		WithClaimNames(ClaimNames{Roles: []string{"realm_roles"}}))
	tok := mint(t, s["hmac"], "HS256", "", jwt.MapClaims{"sub": "bob", "jti": "j1", "type": "access", "realm_roles": "r", "roles": "ignored"})
	p, err := b.VerifyJWT(tok)
	if err != nil || !slices.Equal(p.Roles, []string{"r"}) || len(p.Groups) != 0 {
		t.Fatalf("custom names: %+v %v", p, err)
	}
	_, err = b.VerifyJWT(mint(t, s["hmac"], "HS256", "", jwt.MapClaims{"sub": "bob", "jti": "j1", "typ": "refresh"}))
	wantReason(t, err, ReasonMalformed, "")
	_, err = b.VerifyJWT(mint(t, s["hmac"], "HS256", "", jwt.MapClaims{"sub": "bob", "type": "access"}))
	wantReason(t, err, ReasonMissingClaim, "")
}

func TestErrorsIsByReason(t *testing.T) {
	a, clock, s := attackEnv(t)
	c := goodClaims(clock)
	c["exp"] = clock.unix(-1)
	_, err := a.VerifyJWT(mint(t, s["rsa"], "RS256", "rsa", c))
	if !errors.Is(err, ErrExpired) || errors.Is(err, ErrMalformed) {
		t.Fatalf("errors.Is: %v", err)
	}
}

// 32 nested arrays/objects (the top object included) are accepted, 33 are not.
func TestNestingLimit(t *testing.T) {
	a, _, s := hmacEnv(t)
	nested := func(n int) string {
		return mintRaw(t, s, "HS256", `{"alg":"HS256"}`, `{"sub":"a","x":`+strings.Repeat("[", n)+strings.Repeat("]", n)+`}`)
	}
	if _, err := a.VerifyJWT(nested(31)); err != nil {
		t.Fatalf("32 levels: %v", err)
	}
	_, err := a.VerifyJWT(nested(32))
	wantReason(t, err, ReasonMalformed, "")
}
