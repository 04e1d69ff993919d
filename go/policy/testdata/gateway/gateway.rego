# A realistic SARK gateway policy used by the tests and benchmarks: role-based
# tool access, sensitivity clearance, per-tool time windows, per-argument regex
# guards, disabled users and a risk ceiling. The decision carries a cache TTL.
package sark.gateway

sensitivity_rank := {"public": 0, "internal": 1, "confidential": 2, "critical": 3}

tool := data.sark.tools[input.tool.name]

request_ns := input.time_ns

user_roles contains role if {
	some role in input.user.roles
	data.sark.roles[role]
}

clearance := max({sensitivity_rank[data.sark.roles[r].max_sensitivity] | some r in user_roles})

default allow := false

allow if count(deny) == 0

deny contains "unknown_tool" if not tool

deny contains "disabled_user" if input.user.id in data.sark.disabled_users

deny contains "role_not_permitted" if {
	tool
	not role_permits
}

role_permits if {
	some r in user_roles
	some t in data.sark.roles[r].tools
	t in {"*", input.tool.name}
}

deny contains "no_clearance" if {
	tool
	count(user_roles) == 0
}

deny contains sprintf("sensitivity_%s_exceeds_clearance", [tool.sensitivity]) if {
	sensitivity_rank[tool.sensitivity] > clearance
}

deny contains "outside_time_window" if outside_window

outside_window if {
	[hour, _, _] := time.clock([request_ns, "UTC"])
	hour < tool.window.start_hour
}

outside_window if {
	[hour, _, _] := time.clock([request_ns, "UTC"])
	hour >= tool.window.end_hour
}

outside_window if {
	tool.window.days
	not time.weekday(request_ns) in tool.window.days
}

deny contains sprintf("argument_%s_blocked", [name]) if {
	some name, patterns in tool.arg_deny
	value := input.tool.arguments[name]
	is_string(value)
	some pattern in patterns
	regex.match(pattern, value)
}

deny contains "risk_too_high" if {
	input.session.risk_score > data.sark.max_risk[tool.sensitivity]
}

default cache_ttl := 60

cache_ttl := data.sark.cache_ttl[tool.sensitivity]

decision := {"allow": allow, "reasons": deny, "cache_ttl": cache_ttl}
