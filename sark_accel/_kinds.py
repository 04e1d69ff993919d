"""Generated from go/sarkbind/kinds.go by `go test ./go/sarkbind -run TestKindTable -update`: do not edit.

KINDS maps each error kind to (module, class, builtin): the sark-accel exception raised for
"sark:<kind>:<text>", and the builtin it also subclasses.
"""

from __future__ import annotations

KINDS: dict[str, tuple[str, str, str]] = {
    # an argument has the right type but an unacceptable value
    "invalid_argument": ("sark_accel.errors", "InvalidArgument", "ValueError"),
    # a named object does not exist
    "not_found": ("sark_accel.errors", "NotFound", "KeyError"),
    # an operation ran past its deadline
    "timeout": ("sark_accel.errors", "Timeout", "TimeoutError"),
    # a service could not be reached (Python only)
    "unavailable": ("sark_accel.errors", "Unavailable", "ConnectionError"),
    # backend go asked for, extension unusable (Python only)
    "backend_unavailable": ("sark_accel.errors", "BackendUnavailable", "RuntimeError"),
    # a bug: an untagged Go error, or a broken contract
    "internal": ("sark_accel.errors", "InternalError", "RuntimeError"),
    # a recovered Go panic, with the first frames of its stack
    "panic": ("sark_accel.errors", "InternalError", "RuntimeError"),
    # the object was closed
    "closed": ("sark_accel.errors", "Closed", "ValueError"),
    # a go-backend call in a forked child (Python only)
    "forked_process": ("sark_accel.errors", "ForkedProcessError", "RuntimeError"),
    # a pattern is malformed or outside RE2
    "injection_pattern": ("sark_accel.injection.errors", "InvalidPattern", "ValueError"),
    # remove_pattern of an unknown id
    "injection_pattern_not_found": ("sark_accel.injection.errors", "PatternNotFound", "KeyError"),
    # a JSON-RPC/MCP message is invalid; text is the error's canonical JSON
    "mcp": ("sark_accel.mcp.errors", "MCPError", "ValueError"),
    # base class of the policy errors (never sent)
    "policy": ("sark_accel.policy.errors", "PolicyError", "Exception"),
    # a policy or query does not compile; text is JSON
    "policy_compile": ("sark_accel.policy.errors", "PolicyCompileError", "ValueError"),
    # a network builtin while network access is off
    "policy_network_disabled": ("sark_accel.policy.errors", "PolicyNetworkDisabled", "ValueError"),
    # evaluation failed
    "policy_eval": ("sark_accel.policy.errors", "PolicyEvalError", "RuntimeError"),
    # an evaluation ran past its deadline or was canceled
    "policy_timeout": ("sark_accel.policy.errors", "PolicyTimeout", "TimeoutError"),
    # the OPA server could not be reached (Python only)
    "policy_unavailable": ("sark_accel.policy.errors", "PolicyUnavailable", "ConnectionError"),
    # an engine fed by bundles has not activated them all yet
    "policy_not_ready": ("sark_accel.policy.errors", "PolicyNotReady", "ConnectionError"),
    # an event breaks a rule of go/anomaly/README.md section 1; text names the field
    "anomaly_invalid_event": ("sark_accel.anomaly.errors", "InvalidEvent", "ValueError"),
    # an anomaly state to import is corrupt or inconsistent
    "anomaly_invalid_state": ("sark_accel.anomaly.errors", "InvalidState", "ValueError"),
    # an anomaly state of a newer format version
    "anomaly_unsupported_version": ("sark_accel.anomaly.errors", "UnsupportedVersion", "ValueError"),
    # a principal's window would count more than 2^32-1 events
    "anomaly_capacity": ("sark_accel.anomaly.errors", "CapacityExceeded", "OverflowError"),
    # base class of the credential refusals (never sent)
    "authn": ("sark_accel.authn.errors", "AuthenticationError", "PermissionError"),
    # the token or key is not well-formed (also a wrong token type)
    "authn_malformed": ("sark_accel.authn.errors", "MalformedCredential", "PermissionError"),
    # no candidate key verifies the token's signature
    "authn_bad_signature": ("sark_accel.authn.errors", "BadSignature", "PermissionError"),
    # the token's alg is unsupported (none) or outside its key's allow-list
    "authn_algorithm_not_allowed": ("sark_accel.authn.errors", "AlgorithmNotAllowed", "PermissionError"),
    # the token's kid names no key
    "authn_unknown_kid": ("sark_accel.authn.errors", "UnknownKid", "PermissionError"),
    # the token's exp has passed
    "authn_expired": ("sark_accel.authn.errors", "TokenExpired", "PermissionError"),
    # the token's nbf or iat is in the future
    "authn_not_yet_valid": ("sark_accel.authn.errors", "TokenNotYetValid", "PermissionError"),
    # the token's iss is not the configured issuer
    "authn_wrong_issuer": ("sark_accel.authn.errors", "WrongIssuer", "PermissionError"),
    # the token's aud holds no configured audience
    "authn_wrong_audience": ("sark_accel.authn.errors", "WrongAudience", "PermissionError"),
    # a required claim is absent or null
    "authn_missing_claim": ("sark_accel.authn.errors", "MissingClaim", "PermissionError"),
    # the token or its jti was revoked
    "authn_revoked": ("sark_accel.authn.errors", "Revoked", "PermissionError"),
    # no API key with this prefix, or a wrong secret
    "authn_unknown_key": ("sark_accel.authn.errors", "UnknownKey", "PermissionError"),
    # the API key is inactive
    "authn_inactive_key": ("sark_accel.authn.errors", "InactiveKey", "PermissionError"),
    # the API key has expired
    "authn_expired_key": ("sark_accel.authn.errors", "ExpiredKey", "PermissionError"),
    # the API key lacks the scope asked for
    "authn_insufficient_scope": ("sark_accel.authn.errors", "InsufficientScope", "PermissionError"),
    # every bcrypt slot is taken (or the revocation list is full): retry later
    "authn_busy": ("sark_accel.authn.errors", "Busy", "PermissionError"),
}
