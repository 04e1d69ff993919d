package policy

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// networkBuiltins are the OPA builtins that open network connections. The rest of
// the capabilities list (opa.runtime, time.now_ns, crypto.*, io.jwt.* with
// caller-supplied keys, net.cidr_*) stays local to the process.
var networkBuiltins = map[string]bool{
	ast.HTTPSend.Name:        true,
	ast.NetLookupIPAddr.Name: true,
}

// capabilitiesFor removes the network builtins unless cfg allows them, so a policy
// that calls them fails at compile time instead of at the first request.
func capabilitiesFor(cfg *config) *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	if cfg.network {
		if len(cfg.allowedHosts) > 0 {
			caps.AllowNet = append([]string(nil), cfg.allowedHosts...)
		}
		return caps
	}
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if !networkBuiltins[b.Name] {
			kept = append(kept, b)
		}
	}
	caps.Builtins = kept
	caps.AllowNet = []string{} // empty, not nil: no host is reachable even if a builtin slipped through
	return caps
}

// networkCompileMessage rewrites OPA's "undefined function http.send" into a message
// that says why, and reports whether it did.
func networkCompileMessage(msg string) (string, bool) {
	const prefix = "undefined function "
	i := strings.Index(msg, prefix)
	if i < 0 {
		return msg, false
	}
	name := msg[i+len(prefix):]
	if j := strings.IndexAny(name, " \n"); j >= 0 {
		name = name[:j]
	}
	if !networkBuiltins[name] {
		return msg, false
	}
	return msg + " (network builtins are disabled; enable them with WithNetworkAccess)", true
}
