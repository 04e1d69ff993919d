package policy

import (
	"fmt"
	"testing"
)

func gatewayInput(user string, roles []string, tool string, args string, ts int64, risk int) string {
	rs := "["
	for i, r := range roles {
		if i > 0 {
			rs += ","
		}
		rs += fmt.Sprintf("%q", r)
	}
	rs += "]"
	return fmt.Sprintf(`{"user":{"id":%q,"roles":%s},"tool":{"name":%q,"arguments":%s},"time_ns":%d,"session":{"risk_score":%d}}`,
		user, rs, tool, args, ts, risk)
}

func TestGatewayPolicy(t *testing.T) {
	e := gatewayEngine(t)
	cases := []struct {
		name, input, want string
	}{
		{"developer reads a file", gatewayInput("dev1", []string{"developer"}, "files.read", `{"path":"/src/main.go"}`, businessHours, 10),
			`{"allow":true,"reasons":[],"cache_ttl":300}`},
		{"path traversal", gatewayInput("dev1", []string{"developer"}, "files.read", `{"path":"/src/../../etc/passwd"}`, businessHours, 10),
			`{"allow":false,"reasons":["argument_path_blocked"],"cache_ttl":300}`},
		{"rm -rf at night by a viewer", gatewayInput("v1", []string{"viewer"}, "shell.exec", `{"command":"RM  -RF /"}`, lateNight, 95),
			`{"allow":false,"reasons":["argument_command_blocked","outside_time_window","risk_too_high","role_not_permitted","sensitivity_critical_exceeds_clearance"],"cache_ttl":60}`},
		{"unknown tool", gatewayInput("a", []string{"admin"}, "nope", `{}`, businessHours, 0),
			`{"allow":false,"reasons":["unknown_tool"],"cache_ttl":60}`},
		{"disabled admin", gatewayInput("user8", []string{"admin"}, "secrets.read", `{}`, businessHours, 0),
			`{"allow":false,"reasons":["disabled_user"],"cache_ttl":120}`},
		{"no roles", gatewayInput("x", nil, "git.read", `{}`, businessHours, 0),
			`{"allow":false,"reasons":["no_clearance","role_not_permitted"],"cache_ttl":60}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantJSON(t, mustEval(t, e, gatewayQuery, c.input), c.want)
		})
	}
}
