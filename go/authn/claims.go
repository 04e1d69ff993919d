package authn

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"time"
)

// checkClaims applies the claim rules in README order; now is in seconds since the epoch.
// It returns the instant the token expires (zero without exp).
func (a *Authenticator) checkClaims(claims map[string]any, now float64) (time.Time, error) {
	for _, name := range a.cfg.requiredClaims {
		if v, ok := claims[name]; !ok || v == nil {
			return time.Time{}, fail(ReasonMissingClaim, "claim "+name)
		}
	}
	if want := a.cfg.tokenType; want != "" {
		v, ok := claims["typ"]
		if !ok {
			v, ok = claims["type"]
		}
		if !ok {
			return time.Time{}, fail(ReasonMissingClaim, "claim typ")
		}
		if s, _ := v.(string); s != want {
			return time.Time{}, fail(ReasonMalformed, "wrong token type")
		}
	}
	leeway := a.cfg.leeway.Seconds()
	for _, name := range []string{"iat", "nbf"} {
		t, ok, err := numericClaim(claims, name)
		if err != nil {
			return time.Time{}, err
		}
		if ok && t > now+leeway {
			return time.Time{}, fail(ReasonNotYetValid, "claim "+name)
		}
	}
	exp, hasExp, err := numericClaim(claims, "exp")
	if err != nil {
		return time.Time{}, err
	}
	if hasExp && now >= exp+leeway {
		return time.Time{}, fail(ReasonExpired, "")
	}
	if a.cfg.issuer != "" {
		v, ok := claims["iss"]
		if !ok || v == nil {
			return time.Time{}, fail(ReasonMissingClaim, "claim iss")
		}
		if s, _ := v.(string); s != a.cfg.issuer {
			return time.Time{}, fail(ReasonWrongIssuer, "")
		}
	}
	if len(a.cfg.audience) > 0 {
		v, ok := claims["aud"]
		if !ok || v == nil {
			return time.Time{}, fail(ReasonMissingClaim, "claim aud")
		}
		auds, err := stringList(v, "aud")
		if err != nil {
			return time.Time{}, err
		}
		if !slices.ContainsFunc(auds, func(s string) bool { return slices.Contains(a.cfg.audience, s) }) {
			return time.Time{}, fail(ReasonWrongAudience, "")
		}
	}
	if !hasExp {
		return time.Time{}, nil
	}
	ns := (exp + leeway) * 1e9
	if ns >= math.MaxInt64/2 {
		return time.Time{}, nil // past about 2116: only the cache TTL bounds the entry
	}
	return time.Unix(0, int64(ns)), nil
}

// numericClaim reads a NumericDate: a finite JSON number, never a string or a boolean.
func numericClaim(claims map[string]any, name string) (float64, bool, error) {
	v, ok := claims[name]
	if !ok {
		return 0, false, nil
	}
	n, isNum := v.(json.Number)
	if !isNum {
		return 0, false, fail(ReasonMalformed, "claim "+name+" is not a number")
	}
	f, err := strconv.ParseFloat(string(n), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false, fail(ReasonMalformed, "claim "+name+" is out of range")
	}
	return f, true, nil
}

// stringList reads a string or a list of strings.
func stringList(v any, name string) ([]string, error) {
	switch v := v.(type) {
	case string:
		return []string{v}, nil
	case []any:
		out := make([]string, 0, len(v))
		for _, item := range v {
			s, ok := item.(string)
			if !ok {
				return nil, fail(ReasonMalformed, "claim "+name+" holds a non-string")
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fail(ReasonMalformed, "claim "+name+" is not a string or a list")
}

// principalOf builds the principal of verified claims.
func (a *Authenticator) principalOf(claims map[string]any) (*Principal, error) {
	p := &Principal{Claims: claims, Via: ViaJWT}
	if v, ok := claims["sub"]; ok && v != nil {
		s, isStr := v.(string)
		if !isStr {
			return nil, fail(ReasonMalformed, "claim sub is not a string")
		}
		p.ID = s
	}
	var err error
	names := a.cfg.claimNames
	for _, f := range []struct {
		dst   *[]string
		names []string
	}{{&p.Roles, names.Roles}, {&p.Groups, names.Groups}, {&p.Permissions, names.Permissions}} {
		if *f.dst, err = unionOf(claims, f.names); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func unionOf(claims map[string]any, names []string) ([]string, error) {
	out := []string{}
	for _, name := range names {
		v, ok := claims[name]
		if !ok || v == nil {
			continue
		}
		items, err := stringList(v, name)
		if err != nil {
			return nil, err
		}
		for _, s := range items {
			if !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out, nil
}
