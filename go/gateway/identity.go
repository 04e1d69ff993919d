package gateway

import (
	"errors"
	"slices"
	"strings"

	"github.com/sark-accel/sark-accel/go/authn"
)

// Reasons of the authn stage (a refused credential gives "unauthenticated: <authn reason>").
const (
	reasonNoIdentity       = "unauthenticated: missing_credentials"
	reasonTwoIdentities    = "invalid_request: credentials and principal are exclusive"
	reasonNoAuthenticator  = "unauthenticated: no_authenticator"
	reasonEmptyPrincipalID = "unauthenticated: empty_principal"
	apiKeyPrefix           = "sark_sk_"
	bearerScheme           = "bearer "
	unauthenticatedPrefix  = "unauthenticated: "
)

// authenticate establishes the principal: the caller's, or the one the credentials prove.
func (p *pipeline) authenticate() (bool, error) {
	req := p.req
	switch {
	case req.Principal != nil && req.Credentials != "":
		p.d.deny(StageAuthn, []string{reasonTwoIdentities})
		return true, nil
	case req.Principal != nil:
		p.principal = req.Principal
	case req.Credentials == "":
		p.d.deny(StageAuthn, []string{reasonNoIdentity})
		return true, nil
	case p.g.cfg.authenticator == nil:
		p.d.deny(StageAuthn, []string{reasonNoAuthenticator})
		return true, nil
	default:
		c, apiKey := credential(req.Credentials)
		if apiKey {
			p.yield() // an API key not verified yet runs bcrypt: tens of milliseconds
		}
		ap, err := verify(p.g.cfg.authenticator, c, apiKey)
		if err != nil {
			var ae *authn.Error
			if !errors.As(err, &ae) {
				return false, err
			}
			p.d.deny(StageAuthn, []string{unauthenticatedPrefix + string(ae.Reason)})
			return true, nil
		}
		p.principal = principalOf(ap)
	}
	if p.principal.ID == "" {
		p.d.deny(StageAuthn, []string{reasonEmptyPrincipalID})
		return true, nil
	}
	p.d.Principal = p.principal.ID
	return false, nil
}

// credential takes an Authorization header value or a bare credential: after an optional
// "Bearer " (any case), a SARK API key by its prefix, else a JWT.
func credential(credentials string) (c string, apiKey bool) {
	c = credentials
	if len(c) >= len(bearerScheme) && strings.EqualFold(c[:len(bearerScheme)], bearerScheme) {
		c = strings.TrimLeft(c[len(bearerScheme):], " ")
	}
	return c, strings.HasPrefix(c, apiKeyPrefix)
}

// verify checks a credential as credential split it.
func verify(a *authn.Authenticator, c string, apiKey bool) (*authn.Principal, error) {
	if apiKey {
		return a.VerifyAPIKey(c, "")
	}
	return a.VerifyJWT(c)
}

// principalOf turns a verified credential into the policy's user. MFA: the JWT claim "mfa"
// is true, or its "amr" list holds "mfa".
func principalOf(ap *authn.Principal) *Principal {
	mfa := ap.Claims["mfa"] == true
	if amr, ok := ap.Claims["amr"].([]any); ok && slices.Contains(amr, any("mfa")) {
		mfa = true
	}
	return &Principal{ID: ap.ID, Roles: ap.Roles, Groups: ap.Groups, Permissions: ap.Permissions, MFA: mfa}
}
