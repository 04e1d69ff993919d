package authn

// Via names the kind of credential a Principal was authenticated with.
type Via string

const (
	ViaJWT    Via = "jwt"
	ViaAPIKey Via = "api_key"
)

// Principal is who a credential belongs to. Callers must not modify it: cached answers share it.
type Principal struct {
	ID          string
	Roles       []string
	Groups      []string
	Permissions []string
	Claims      map[string]any // verified JWT claims (numbers as json.Number); nil for API keys
	Via         Via
	Scopes      []string // API key scopes; nil for JWTs
}
