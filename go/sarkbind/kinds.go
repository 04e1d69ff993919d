package sarkbind

// The one table of error kinds. A Go error crosses as "sark:<kind>:<text>" and Python raises
// the class of <kind>. sark_accel/_kinds.py is generated from this table (go test
// ./go/sarkbind -run TestKindTable -update); tests fail when the table, that file and the
// registered Python classes drift. Rows for kinds only Python raises keep the table complete.
const (
	kindInvalidArgument    = "invalid_argument"
	kindNotFound           = "not_found"
	kindTimeout            = "timeout"
	kindUnavailable        = "unavailable"
	kindBackendUnavailable = "backend_unavailable"
	kindInternal           = "internal"
	kindPanic              = "panic"
	kindClosed             = "closed"
	kindForkedProcess      = "forked_process"

	kindInjectionPattern         = "injection_pattern"
	kindInjectionPatternNotFound = "injection_pattern_not_found"

	kindMCP = "mcp"

	kindPolicy                = "policy"
	kindPolicyCompile         = "policy_compile"
	kindPolicyNetworkDisabled = "policy_network_disabled"
	kindPolicyEval            = "policy_eval"
	kindPolicyTimeout         = "policy_timeout"
	kindPolicyUnavailable     = "policy_unavailable"
	kindPolicyNotReady        = "policy_not_ready"

	kindAnomalyInvalidEvent       = "anomaly_invalid_event"
	kindAnomalyInvalidState       = "anomaly_invalid_state"
	kindAnomalyUnsupportedVersion = "anomaly_unsupported_version"
	kindAnomalyCapacity           = "anomaly_capacity"
	// authn: one kind per refusal reason, "authn_" + the go/authn Reason; the text is the
	// refusal's fixed Detail, never the credential.
	kindAuthn = "authn"
)

// errorKind is one row: the Python class raised for kind (module.class), and the builtin it
// also subclasses so that `except ValueError` and the like keep working.
type errorKind struct {
	kind, module, class, builtin, doc string
}

const (
	errorsModule    = "sark_accel.errors"
	injectionErrors = "sark_accel.injection.errors"
	mcpErrors       = "sark_accel.mcp.errors"
	policyErrors    = "sark_accel.policy.errors"
	anomalyErrors   = "sark_accel.anomaly.errors"
	authnErrors     = "sark_accel.authn.errors"
)

var errorKinds = []errorKind{
	{kindInvalidArgument, errorsModule, "InvalidArgument", "ValueError", "an argument has the right type but an unacceptable value"},
	{kindNotFound, errorsModule, "NotFound", "KeyError", "a named object does not exist"},
	{kindTimeout, errorsModule, "Timeout", "TimeoutError", "an operation ran past its deadline"},
	{kindUnavailable, errorsModule, "Unavailable", "ConnectionError", "a service could not be reached (Python only)"},
	{kindBackendUnavailable, errorsModule, "BackendUnavailable", "RuntimeError", "backend go asked for, extension unusable (Python only)"},
	{kindInternal, errorsModule, "InternalError", "RuntimeError", "a bug: an untagged Go error, or a broken contract"},
	{kindPanic, errorsModule, "InternalError", "RuntimeError", "a recovered Go panic, with the first frames of its stack"},
	{kindClosed, errorsModule, "Closed", "ValueError", "the object was closed"},
	{kindForkedProcess, errorsModule, "ForkedProcessError", "RuntimeError", "a go-backend call in a forked child (Python only)"},

	{kindInjectionPattern, injectionErrors, "InvalidPattern", "ValueError", "a pattern is malformed or outside RE2"},
	{kindInjectionPatternNotFound, injectionErrors, "PatternNotFound", "KeyError", "remove_pattern of an unknown id"},

	{kindMCP, mcpErrors, "MCPError", "ValueError", "a JSON-RPC/MCP message is invalid; text is the error's canonical JSON"},

	{kindPolicy, policyErrors, "PolicyError", "Exception", "base class of the policy errors (never sent)"},
	{kindPolicyCompile, policyErrors, "PolicyCompileError", "ValueError", "a policy or query does not compile; text is JSON"},
	{kindPolicyNetworkDisabled, policyErrors, "PolicyNetworkDisabled", "ValueError", "a network builtin while network access is off"},
	{kindPolicyEval, policyErrors, "PolicyEvalError", "RuntimeError", "evaluation failed"},
	{kindPolicyTimeout, policyErrors, "PolicyTimeout", "TimeoutError", "an evaluation ran past its deadline or was canceled"},
	{kindPolicyUnavailable, policyErrors, "PolicyUnavailable", "ConnectionError", "the OPA server could not be reached (Python only)"},
	{kindPolicyNotReady, policyErrors, "PolicyNotReady", "ConnectionError", "an engine fed by bundles has not activated them all yet"},

	{kindAnomalyInvalidEvent, anomalyErrors, "InvalidEvent", "ValueError", "an event breaks a rule of go/anomaly/README.md section 1; text names the field"},
	{kindAnomalyInvalidState, anomalyErrors, "InvalidState", "ValueError", "an anomaly state to import is corrupt or inconsistent"},
	{kindAnomalyUnsupportedVersion, anomalyErrors, "UnsupportedVersion", "ValueError", "an anomaly state of a newer format version"},
	{kindAnomalyCapacity, anomalyErrors, "CapacityExceeded", "OverflowError", "a principal's window would count more than 2^32-1 events"},
	{kindAuthn, authnErrors, "AuthenticationError", "PermissionError", "base class of the credential refusals (never sent)"},
	{kindAuthn + "_malformed", authnErrors, "MalformedCredential", "PermissionError", "the token or key is not well-formed (also a wrong token type)"},
	{kindAuthn + "_bad_signature", authnErrors, "BadSignature", "PermissionError", "no candidate key verifies the token's signature"},
	{kindAuthn + "_algorithm_not_allowed", authnErrors, "AlgorithmNotAllowed", "PermissionError", "the token's alg is unsupported (none) or outside its key's allow-list"},
	{kindAuthn + "_unknown_kid", authnErrors, "UnknownKid", "PermissionError", "the token's kid names no key"},
	{kindAuthn + "_expired", authnErrors, "TokenExpired", "PermissionError", "the token's exp has passed"},
	{kindAuthn + "_not_yet_valid", authnErrors, "TokenNotYetValid", "PermissionError", "the token's nbf or iat is in the future"},
	{kindAuthn + "_wrong_issuer", authnErrors, "WrongIssuer", "PermissionError", "the token's iss is not the configured issuer"},
	{kindAuthn + "_wrong_audience", authnErrors, "WrongAudience", "PermissionError", "the token's aud holds no configured audience"},
	{kindAuthn + "_missing_claim", authnErrors, "MissingClaim", "PermissionError", "a required claim is absent or null"},
	{kindAuthn + "_revoked", authnErrors, "Revoked", "PermissionError", "the token or its jti was revoked"},
	{kindAuthn + "_unknown_key", authnErrors, "UnknownKey", "PermissionError", "no API key with this prefix, or a wrong secret"},
	{kindAuthn + "_inactive_key", authnErrors, "InactiveKey", "PermissionError", "the API key is inactive"},
	{kindAuthn + "_expired_key", authnErrors, "ExpiredKey", "PermissionError", "the API key has expired"},
	{kindAuthn + "_insufficient_scope", authnErrors, "InsufficientScope", "PermissionError", "the API key lacks the scope asked for"},
	{kindAuthn + "_busy", authnErrors, "Busy", "PermissionError", "every bcrypt slot is taken (or the revocation list is full): retry later"},
}
