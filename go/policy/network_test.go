package policy

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestNetworkBuiltinsRefused(t *testing.T) {
	mods := map[string]string{
		"http.send":          `package n` + "\n" + `r := http.send({"method": "get", "url": "http://127.0.0.1:1/"})` + "\n",
		"net.lookup_ip_addr": `package n` + "\n" + `r := net.lookup_ip_addr("localhost")` + "\n",
	}
	for name, src := range mods {
		e := newEngine(t)
		err := e.LoadPolicy("n.rego", src)
		var ce *CompileError
		if !errors.As(err, &ce) || errClasses(err) != "network_disabled+compile" {
			t.Fatalf("%s: %v", name, err)
		}
		if !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "WithNetworkAccess") {
			t.Fatalf("%s: unclear message %q", name, err)
		}
		// The query language is restricted the same way.
		_, err = e.Evaluate(context.Background(), name+`("x")`, nil)
		if !errors.Is(err, ErrNetworkDisabled) {
			t.Fatalf("%s in a query: %v", name, err)
		}
		// Local builtins that share the net.* prefix stay available.
		wantJSON(t, mustEval(t, e, `net.cidr_contains("10.0.0.0/8", "10.1.2.3")`, ""), "true")
	}
}

func TestNetworkAccessOption(t *testing.T) {
	e := newEngine(t, WithNetworkAccess("allowed.invalid"))
	mustLoad(t, e, "n.rego", `package n
r := http.send({"method": "get", "url": "http://127.0.0.1:1/", "raise_error": false})
`)
	// 127.0.0.1 is not in the allowed hosts: http.send reports an error object
	// instead of connecting.
	r := mustEval(t, e, "data.n.r", "")
	if !r.Defined || !strings.Contains(string(r.JSON), "disallowed host") {
		t.Fatalf("http.send to a host outside allow_net: %s", r.JSON)
	}
}
