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

	kindAnomalyInvalidEvent       = "anomaly_invalid_event"
	kindAnomalyInvalidState       = "anomaly_invalid_state"
	kindAnomalyUnsupportedVersion = "anomaly_unsupported_version"
	kindAnomalyCapacity           = "anomaly_capacity"
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

	{kindAnomalyInvalidEvent, anomalyErrors, "InvalidEvent", "ValueError", "an event breaks a rule of go/anomaly/README.md section 1; text names the field"},
	{kindAnomalyInvalidState, anomalyErrors, "InvalidState", "ValueError", "an anomaly state to import is corrupt or inconsistent"},
	{kindAnomalyUnsupportedVersion, anomalyErrors, "UnsupportedVersion", "ValueError", "an anomaly state of a newer format version"},
	{kindAnomalyCapacity, anomalyErrors, "CapacityExceeded", "OverflowError", "a principal's window would count more than 2^32-1 events"},
}
