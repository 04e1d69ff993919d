package gateway

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sark-accel/sark-accel/go/anomaly"
	"github.com/sark-accel/sark-accel/go/authn"
	"github.com/sark-accel/sark-accel/go/cache"
	"github.com/sark-accel/sark-accel/go/injection"
	"github.com/sark-accel/sark-accel/go/policy"
)

const shippedBundle = "../../sark_accel/policies/gateway"

// wed10 is Wednesday 2026-11-25 10:00 UTC: business hours for the shipped policy.
var wed10 = time.Unix(0, 1795600800000000000).UTC()

var jwtSecret = []byte("gateway-test-secret-of-32-bytes!")

// testTimeout replaces the engines' 100 ms evaluation timeout, which a loaded machine running
// the race detector can exceed (a decision then fails closed and a test expecting it fails).
const testTimeout = 10 * time.Second

func shippedEngine(t testing.TB) *policy.Engine {
	t.Helper()
	e := policy.New(policy.WithTimeout(testTimeout))
	if err := e.LoadBundle(shippedBundle); err != nil {
		t.Fatal(err)
	}
	return e
}

// regoEngine is an engine holding one Rego module.
func regoEngine(t testing.TB, src string, opts ...policy.Option) *policy.Engine {
	t.Helper()
	e := policy.New(append([]policy.Option{policy.WithTimeout(testTimeout)}, opts...)...)
	if err := e.LoadPolicy("test.rego", src); err != nil {
		t.Fatal(err)
	}
	return e
}

func authenticator(t testing.TB) *authn.Authenticator {
	t.Helper()
	k, err := authn.HMACKey("k1", jwtSecret, "HS256")
	if err != nil {
		t.Fatal(err)
	}
	a, err := authn.New(authn.WithKeys(k), authn.WithClock(func() time.Time { return wed10 }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return a
}

// mintHS256 signs claims with jwtSecret (kid k1).
func mintHS256(t testing.TB, claims map[string]any) string {
	t.Helper()
	enc := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return base64.RawURLEncoding.EncodeToString(b)
	}
	signing := enc(map[string]any{"alg": "HS256", "typ": "JWT", "kid": "k1"}) + "." + enc(claims)
	m := hmac.New(sha256.New, jwtSecret)
	m.Write([]byte(signing))
	return signing + "." + base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

func bearer(t testing.TB, sub string, roles ...string) string {
	return "Bearer " + mintHS256(t, map[string]any{"sub": sub, "roles": roles, "exp": wed10.Unix() + 3600})
}

var (
	detectorOnce sync.Once
	detector     *injection.Detector
)

// sharedDetector is built and warmed once: its regexes compile on first use.
func sharedDetector(t testing.TB) *injection.Detector {
	t.Helper()
	detectorOnce.Do(func() {
		d, err := injection.New()
		if err != nil {
			t.Fatal(err)
		}
		d.Warm()
		detector = d
	})
	return detector
}

func newCache(t testing.TB, clock cache.Clock) *cache.Cache[string] {
	t.Helper()
	var opts []cache.Option
	if clock != nil {
		opts = append(opts, cache.WithClock(clock))
	}
	c, err := cache.New[string](1000, time.Minute, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func newAnomaly(t testing.TB, opts ...anomaly.Option) *anomaly.Detector {
	t.Helper()
	opts = append([]anomaly.Option{anomaly.WithClock(func() int64 { return wed10.UnixNano() + int64(time.Hour) })}, opts...)
	d, err := anomaly.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func newGateway(t testing.TB, opts ...Option) *Gateway {
	t.Helper()
	g, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// call is a tools/call request with id 7.
func call(tool string, args any) []byte {
	b, err := json.Marshal(map[string]any{
		"jsonrpc": "2.0", "id": 7, "method": "tools/call",
		"params": map[string]any{"name": tool, "arguments": args},
	})
	if err != nil {
		panic(err)
	}
	return b
}

func developer(id string) *Principal {
	return &Principal{ID: id, Roles: []string{"developer"}}
}

func authorize(g *Gateway, req Request) Decision {
	if req.Time.IsZero() {
		req.Time = wed10
	}
	return g.Authorize(context.Background(), req)
}

// errorOf decodes a JSON-RPC error response.
func errorOf(t testing.TB, resp []byte) (code int, id json.RawMessage, data map[string]any) {
	t.Helper()
	var r struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Error   struct {
			Code    int            `json:"code"`
			Message string         `json:"message"`
			Data    map[string]any `json:"data"`
		} `json:"error"`
	}
	if err := json.Unmarshal(resp, &r); err != nil || r.JSONRPC != "2.0" || r.Error.Message == "" {
		t.Fatalf("not a JSON-RPC error response: %s (%v)", resp, err)
	}
	return r.Error.Code, r.ID, r.Error.Data
}

func joined(ss []string) string { return strings.Join(ss, " | ") }

// wasmEngine is the shipped policy with its decision rule run as OPA Wasm.
func wasmEngine(t testing.TB) *policy.Engine {
	t.Helper()
	e := policy.New(policy.WithWasmQueries(DefaultQuery), policy.WithTimeout(testTimeout))
	if err := e.LoadBundle(shippedBundle); err != nil {
		t.Fatal(err)
	}
	return e
}
