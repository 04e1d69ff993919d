package gateway

import "time"

// Request is one message to authorize, as a gateway receives it.
type Request struct {
	// Message is the raw JSON-RPC message (one message; a batch is denied).
	Message []byte
	// Credentials is an Authorization header value ("Bearer <jwt>") or an API key; a bare
	// JWT is accepted too. Exclusive with Principal.
	Credentials string
	// Principal is an identity the caller has already established, instead of Credentials.
	Principal *Principal
	// Server names the MCP server the message is for.
	Server string
	// Context is a JSON object passed to the policy as input.context (nil: {}).
	Context []byte
	// Time is when the request happened (zero: the gateway's clock).
	Time time.Time
	// Yield, when set, is called once, on the calling goroutine, right before the first stage
	// that can take long (the injection scan, the policy), and never for a request decided
	// before it (a cache hit, a refused message or credential). A host holding a lock that
	// other threads need while a request runs releases it there: the binding gives up
	// Python's GIL, so a cache hit never pays for the hand-off. AuthorizeMany ignores it.
	Yield func()
}

// Principal is who a request acts for, as the policy sees it (input.user).
type Principal struct {
	ID          string
	Roles       []string
	Groups      []string
	Permissions []string
	MFA         bool
}
