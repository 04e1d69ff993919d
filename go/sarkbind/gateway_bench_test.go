package sarkbind

import (
	"encoding/json"
	"strings"
	"testing"
)

// BenchmarkGatewayAuthorizeHit: the binding's side of a decision-cache hit from Python (a 2 KB
// tools/call, a bearer JWT), everything gopy's wrapper calls but the cgo crossing itself.
func BenchmarkGatewayAuthorizeHit(b *testing.B) {
	e := newGatewayEngines(b)
	cfg, _ := json.Marshal(gatewayConfig{Policy: e.policy, Parser: e.parser, Detector: e.detector,
		Authenticator: e.authn, Cache: e.cache, CacheTTLNs: 60e9, RequireAuthorization: []string{"tools/call"}})
	h, err := GatewayNew(string(cfg))
	if err != nil {
		b.Fatal(err)
	}
	defer GatewayClose(h)
	token := "Bearer " + hs256(b, map[string]any{"sub": "alice", "roles": []string{"developer"}})
	msg := `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"fs.write_file","arguments":` +
		`{"path":"/workspace/notes.md","content":"` + strings.Repeat("Meeting notes: the rollout plan. ", 60) + `"}}}`
	for i := range 2 { // a miss, then a hit
		out, err := GatewayAuthorize(h, wed10ns, wed10ns, msg, token, "", "mcp-fs", "")
		if err != nil || !strings.HasPrefix(out[min(len(out), 112):], "[true,") || strings.Contains(out, `"cache"`) != (i == 1) {
			b.Fatalf("%s %v", out, err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := GatewayAuthorize(h, wed10ns, wed10ns, msg, token, "", "mcp-fs", ""); err != nil {
			b.Fatal(err)
		}
	}
}
