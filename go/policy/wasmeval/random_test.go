package wasmeval

import (
	"context"
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// TestRandomGatewayInputs mutates the example requests at random (roles,
// tools, actions, argument values taken from other requests, wrong types,
// missing fields, unicode) and compares the Wasm decision with topdown's.
func TestRandomGatewayInputs(t *testing.T) {
	b := shippedBundle(t)
	w := newWasm(t, b.modules, gatewayEntrypoint, b.data)
	td := newTopdown(t, b.modules, b.data)
	ctx := context.Background()

	var reqs []map[string]any
	for _, r := range b.requests {
		var m map[string]any
		if err := json.Unmarshal(r, &m); err != nil {
			t.Fatal(err)
		}
		reqs = append(reqs, m)
	}
	var cfg struct {
		Sark struct {
			Gateway struct {
				Config struct {
					Roles map[string]any `json:"roles"`
					Tools map[string]any `json:"tools"`
				} `json:"config"`
			} `json:"gateway"`
		} `json:"sark"`
	}
	if err := json.Unmarshal(b.data, &cfg); err != nil {
		t.Fatal(err)
	}
	var roles, tools []any
	for r := range cfg.Sark.Gateway.Config.Roles {
		roles = append(roles, r)
	}
	for tl := range cfg.Sark.Gateway.Config.Tools {
		tools = append(tools, tl)
	}
	var argValues []any
	for _, r := range reqs {
		if a, ok := r["arguments"].(map[string]any); ok {
			for _, v := range a {
				argValues = append(argValues, v)
			}
		}
	}
	weird := []any{nil, true, 0, -1, 1.5, 1e300, "", "é😀\u0000x", []any{}, map[string]any{}, "../../etc/passwd",
		"/workspace/../etc", "(?i)drop table x", "rm -rf / --no-preserve-root", 1795339582264560348, "169.254.169.254"}

	n := 3000
	if testing.Short() {
		n = 300
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []any) any { return xs[rng.IntN(len(xs))] }
	for i := range n {
		src, _ := json.Marshal(reqs[rng.IntN(len(reqs))])
		var m map[string]any
		_ = json.Unmarshal(src, &m)
		for range 1 + rng.IntN(4) {
			switch rng.IntN(10) {
			case 0:
				rs := []any{}
				for range rng.IntN(4) {
					rs = append(rs, pick(roles))
				}
				if rng.IntN(4) == 0 {
					rs = append(rs, "nobody", 7)
				}
				if u, ok := m["user"].(map[string]any); ok {
					u["roles"] = rs
				}
			case 1:
				if tl, ok := m["tool"].(map[string]any); ok {
					tl["name"] = pick(tools)
				} else {
					m["tool"] = pick(tools)
				}
			case 2:
				m["action"] = pick([]any{"tool:invoke", "tool:describe", "tool:delete", 3, nil})
			case 3:
				if a, ok := m["arguments"].(map[string]any); ok {
					for k := range a {
						if rng.IntN(2) == 0 {
							a[k] = pick(argValues)
						} else {
							a[k] = pick(weird)
						}
					}
				}
			case 4:
				m["time_ns"] = pick([]any{0, 1795339582264560348, 1795286003279443197, 1.7953e18, "soon", -5})
			case 5:
				delete(m, pick([]any{"user", "tool", "arguments", "action", "context"}).(string))
			case 6:
				if u, ok := m["user"].(map[string]any); ok {
					u["mfa"] = pick([]any{true, false, nil, "yes"})
					u["id"] = pick([]any{"alice", "", 5, "é😀"})
				}
			case 7:
				m["arguments"] = pick(weird)
			case 8:
				if tl, ok := m["tool"].(map[string]any); ok {
					tl["sensitivity_level"] = pick([]any{"public", "internal", "confidential", "restricted", "top", 1})
				}
			case 9:
				m["tool"] = pick(weird)
			}
		}
		in, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		got, defined, err := w.Eval(ctx, in)
		if err != nil {
			t.Fatalf("input %d %s: wasm: %v", i, in, err)
		}
		r, err := td.Evaluate(ctx, gatewayQuery, in)
		if err != nil {
			t.Fatalf("input %d %s: topdown: %v", i, in, err)
		}
		if defined != r.Defined || (defined && string(got) != string(r.JSON)) { // byte for byte
			t.Errorf("input %d %s:\nwasm    %s (%v)\ntopdown %s (%v)", i, in, got, defined, r.JSON, r.Defined)
		}
	}
}
