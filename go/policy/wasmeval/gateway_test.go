package wasmeval

import (
	"context"
	"sort"
	"testing"
)

// TestShippedGatewayParity evaluates the 253 example requests of the shipped
// bundle with Wasm and compares with the reference decisions (a real OPA
// server) and with go/policy's topdown engine.
func TestShippedGatewayParity(t *testing.T) {
	b := shippedBundle(t)
	if len(b.requests) != len(b.decisions) || len(b.requests) == 0 {
		t.Fatalf("%d requests, %d decisions", len(b.requests), len(b.decisions))
	}
	w := newWasm(t, b.modules, gatewayEntrypoint, b.data)
	hb := w.HostBuiltins()
	sort.Strings(hb)
	t.Logf("host builtins: %v", hb)
	td := newTopdown(t, b.modules, b.data)
	ctx := context.Background()
	for i, in := range b.requests {
		got, defined, err := w.Eval(ctx, in)
		if err != nil {
			t.Fatalf("request %d: %v", i+1, err)
		}
		if !defined {
			t.Fatalf("request %d: undefined", i+1)
		}
		if !sameJSON(t, got, b.decisions[i]) {
			t.Errorf("request %d: wasm %s\nreference %s", i+1, got, b.decisions[i])
		}
		r, err := td.Evaluate(ctx, gatewayQuery, in)
		if err != nil {
			t.Fatal(err)
		}
		if !r.Defined || string(got) != string(r.JSON) { // byte for byte
			t.Errorf("request %d: wasm %s\ntopdown %s", i+1, got, r.JSON)
		}
	}
}
