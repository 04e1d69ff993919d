# METADATA
# title: SARK MCP gateway tool authorization (example)
# description: |
#   Decides whether a user may invoke an MCP tool with the given arguments.
#   Everything that varies (roles, tools, sensitivity, hours, argument guards)
#   lives in data.sark.gateway.config (data.json) so the rules stay fixed.
#
#   Entry point: data.sark.gateway.decision, always defined, for any input:
#     {"allow": bool, "reasons": [sorted deny reasons], "filtered_parameters": [sorted],
#      "cache_ttl": seconds, "sensitivity": str, "tool": str, "user": str,
#      "roles": [sorted known roles], "policy_version": str}
#
#   Input (SARK's authorization request):
#     {"user": {"id": str, "roles": [str], "mfa": bool},
#      "action": "tool:invoke" | "tool:describe"     (optional, default "tool:invoke"),
#      "tool": {"name": str, "sensitivity_level": str}  (or just the name as a string),
#      "arguments": {...},
#      "time_ns": int                                    (optional; default time.now_ns()),
#      "injection": {"decision": "allow"|"alert"|"block", "findings": [pattern ids], "risk_score": int}
#                                                        (optional; go/gateway's scan stage),
#      "anomaly": {"level": "none"|"warning"|"critical", "types": [str]}
#                                                        (optional; go/gateway's anomaly stage)}
#
#   Performance: every lookup goes through an object key (role -> config,
#   tool -> config, tool name -> true); no rule iterates over all tools or all
#   roles, only over the user's roles and the one tool's constraints.
package sark.gateway

# An import is a compile-time alias: each cfg.x.y lookup reads only that path from
# the store. (A rule `cfg := data...config` would copy the whole config per query.)
import data.sark.gateway.config as cfg

# --- request fields, each with a total definition -------------------------

default user_id := ""

user_id := input.user.id if is_string(input.user.id)

default tool_name := ""

tool_name := input.tool.name if is_string(input.tool.name)

tool_name := input.tool if is_string(input.tool)

action := object.get(input, "action", "tool:invoke")

default args := {}

args := input.arguments if is_object(input.arguments)

# Roles of the user that the configuration knows (unknown roles grant nothing).
roles contains r if {
	some r in input.user.roles
	cfg.roles[r]
}

tool_cfg := cfg.tools[tool_name]

# Category of "fs.read_file" is "fs"; a role granting "fs.*" grants every fs tool.
tool_wildcard := concat("", [split(tool_name, ".")[0], ".*"])

# Sensitivity comes from the configuration; for tools the configuration does not
# list, SARK's tool registry passes it in input.tool.sensitivity_level.
sensitivity := s if {
	s := tool_cfg.sensitivity
} else := s if {
	s := input.tool.sensitivity_level
	cfg.sensitivity_levels[s]
} else := s if {
	# go/gateway's input names it tool.sensitivity.
	s := input.tool.sensitivity
	cfg.sensitivity_levels[s]
} else := "unknown"

cache_ttl := t if {
	t := cfg.cache_ttl[sensitivity]
} else := cfg.default_cache_ttl

# --- permissions ----------------------------------------------------------

tool_permitted if {
	some r in roles
	cfg.roles[r].tools[tool_name]
}

tool_permitted if {
	some r in roles
	cfg.roles[r].tools[tool_wildcard]
}

tool_permitted if {
	some r in roles
	cfg.roles[r].tools["*"]
}

default clearance := -1

clearance := max({cfg.sensitivity_levels[cfg.roles[r].max_sensitivity] | some r in roles}) if count(roles) > 0

clearance_name := n if {
	some n, level in cfg.sensitivity_levels
	level == clearance
} else := "none"

any_hours_role if {
	some r in roles
	cfg.roles[r].hours == "any"
}

break_glass_role if {
	some r in roles
	cfg.roles[r].break_glass == true
}

view_secrets_role if {
	some r in roles
	cfg.roles[r].view_secrets == true
}

# --- time -----------------------------------------------------------------

now_ns := input.time_ns if {
	is_number(input.time_ns)
} else := time.now_ns()

business_hours if {
	bh := cfg.business_hours
	clock := time.clock([now_ns, bh.timezone])
	clock[0] >= bh.start_hour
	clock[0] < bh.end_hour
	bh.days[time.weekday([now_ns, bh.timezone])]
}

# --- deny reasons ---------------------------------------------------------

deny contains "invalid_input: user.id must be a non-empty string" if user_id == ""

deny contains "invalid_input: tool.name must be a non-empty string" if tool_name == ""

deny contains "invalid_input: arguments must be an object" if {
	not is_object(object.get(input, "arguments", {}))
}

deny contains sprintf("unsupported_action: %v", [action]) if not cfg.actions[action]

deny contains "no_known_role" if {
	user_id != ""
	count(roles) == 0
}

deny contains sprintf("tool_not_permitted: %s", [tool_name]) if {
	tool_name != ""
	count(roles) > 0
	not tool_permitted
}

deny contains sprintf("unknown_sensitivity: %s", [tool_name]) if {
	tool_name != ""
	sensitivity == "unknown"
}

deny contains sprintf("sensitivity_exceeds_clearance: %s > %s", [sensitivity, clearance_name]) if {
	count(roles) > 0
	cfg.sensitivity_levels[sensitivity] > clearance
}

deny contains sprintf("mfa_required: %s", [tool_name]) if {
	tool_cfg.requires_mfa == true
	not input.user.mfa == true
}

deny contains "outside_business_hours" if {
	count(roles) > 0
	not any_hours_role
	not business_hours
}

deny contains sprintf("tool_restricted_to_business_hours: %s", [tool_name]) if {
	tool_cfg.business_hours_only == true
	not break_glass_role
	not business_hours
}

# Argument guards apply to tool:invoke only: describing a tool passes no arguments.
guard_arguments if action == "tool:invoke"

guard_arguments if action == "gateway:tool:invoke"

deny contains sprintf("missing_argument: %s", [name]) if {
	guard_arguments
	some name in tool_cfg.required
	not has_argument(name)
}

deny contains sprintf("argument_too_long: %s (%d > %d)", [name, count(value), limit]) if {
	guard_arguments
	some name, limit in tool_cfg.max_length
	value := args[name]
	is_string(value)
	count(value) > limit
}

deny contains sprintf("argument_too_large: %s (%v > %v)", [name, value, limit]) if {
	guard_arguments
	some name, limit in tool_cfg.max_value
	value := args[name]
	is_number(value)
	value > limit
}

deny contains sprintf("argument_forbidden_pattern: %s (%s)", [name, pattern_id]) if {
	guard_arguments
	some name, patterns in tool_cfg.deny_patterns
	value := args[name]
	is_string(value)
	some pattern_id, pattern in patterns
	regex.match(pattern, value)
}

deny contains sprintf("argument_not_allowed: %s", [name]) if {
	guard_arguments
	some name, pattern in tool_cfg.allow_patterns
	value := args[name]
	not allowed_by_pattern(pattern, value)
}

deny contains sprintf("path_not_allowed: %s", [name]) if {
	guard_arguments
	some name, prefixes in tool_cfg.path_prefixes
	value := args[name]
	not path_allowed(value, prefixes)
}

# --- signals of go/gateway's earlier stages (absent in SARK's own input) ----

# The injection scanner's decision on the arguments: a block denies, naming the patterns.
deny contains sprintf("injection_blocked: %s", [concat(",", injection_findings)]) if {
	input.injection.decision == "block"
}

injection_findings := [id | some id in input.injection.findings; is_string(id)]

# A critical anomaly alert asks for stronger authentication before the call may proceed.
deny contains "step_up_required: anomaly_critical" if input.anomaly.level == "critical"

has_argument(name) if args[name] != null

allowed_by_pattern(pattern, value) if {
	is_string(value)
	regex.match(pattern, value)
}

# A path is allowed when it is absolute, starts with an allowed prefix and has
# no ".." segment (so "/workspace/../etc/passwd" is refused).
path_allowed(value, prefixes) if {
	is_string(value)
	not path_traversal(value)
	some prefix in prefixes
	startswith(value, prefix)
}

path_traversal(value) if {
	some segment in split(value, "/")
	segment == ".."
}

# --- filtered parameters (arguments the caller's roles may not see) --------

filtered_parameters contains name if {
	some name, allowed_roles in tool_cfg.restricted_parameters
	_ = args[name]
	not role_in(allowed_roles)
}

filtered_parameters contains name if {
	not view_secrets_role
	some name, _ in args
	cfg.secret_parameters[lower(name)]
}

role_in(allowed_roles) if {
	some r in allowed_roles
	roles[r]
}

# --- decision -------------------------------------------------------------

allow := count(deny) == 0

decision := {
	"allow": allow,
	"reasons": sort(deny),
	"filtered_parameters": sort(filtered_parameters),
	"cache_ttl": cache_ttl,
	"sensitivity": sensitivity,
	"tool": tool_name,
	"user": user_id,
	"roles": sort(roles),
	"policy_version": cfg.version,
}
