package gateway

import (
	"strings"
	"testing"

	"github.com/sark-accel/sark-accel/go/authn"
	"golang.org/x/crypto/bcrypt"
)

// TestAPIKeyCredentials: a SARK API key, bare or after "Bearer ", authenticates as its
// record's principal; a wrong secret for a known prefix and an inactive key are refused.
const testAPIKey = "sark_sk_live_AbCd-_12_" + "s3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3tS3cr3t_"

// apiKeyGateway is a gateway whose authenticator knows testAPIKey (principal svc-build) and
// whose policy allows svc-build only; it returns the authenticator and the bcrypt hash too.
func apiKeyGateway(t *testing.T) (*Gateway, *authn.Authenticator, []byte) {
	t.Helper()
	hash, err := bcrypt.GenerateFromPassword([]byte(testAPIKey), bcrypt.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	a := authenticator(t)
	if err := a.AddAPIKey(authn.APIKeyRecord{Prefix: "AbCd-_12", Hash: string(hash), Principal: "svc-build"}); err != nil {
		t.Fatal(err)
	}
	e := regoEngine(t, "package t\ndecision := {\"allow\": input.user.id == \"svc-build\"}")
	return newGateway(t, WithPolicy(e, "data.t.decision"), WithAuthenticator(a)), a, hash
}

func TestAPIKeyCredentials(t *testing.T) {
	const key = testAPIKey
	g, a, hash := apiKeyGateway(t)
	msg := call("x", map[string]any{})
	for _, cred := range []string{key, "Bearer " + key} {
		if d := authorize(g, Request{Message: msg, Credentials: cred}); !d.Allow || d.Principal != "svc-build" {
			t.Fatalf("%+v", d)
		}
	}
	wrong := key[:len(key)-3] + "xyz"
	if d := authorize(g, Request{Message: msg, Credentials: wrong}); d.Allow || d.Stage != StageAuthn ||
		!strings.HasPrefix(joined(d.Reasons), "unauthenticated: ") || strings.Contains(string(d.ErrorResponse), "s3cr3t") {
		t.Fatalf("wrong secret: %+v", d)
	}
	if err := a.AddAPIKey(authn.APIKeyRecord{Prefix: "AbCd-_12", Hash: string(hash), Principal: "svc-build", Inactive: true}); err != nil {
		t.Fatal(err)
	}
	if d := authorize(g, Request{Message: msg, Credentials: key}); d.Allow || joined(d.Reasons) != "unauthenticated: inactive_key" {
		t.Fatalf("inactive: %+v", d)
	}
}
