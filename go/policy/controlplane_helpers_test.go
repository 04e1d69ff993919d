package policy

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	opabundle "github.com/open-policy-agent/opa/v1/bundle"
)

// bundleServer serves one bundle at /bundles/gw.tar.gz with an ETag (its SHA-256), and
// answers If-None-Match with 304, as a static file server does.
type bundleServer struct {
	mu      sync.Mutex
	body    []byte
	down    bool // 503 for every request
	ok      atomic.Int64
	notMod  atomic.Int64
	srv     *httptest.Server
	address string
}

func newBundleServer(t testing.TB, body []byte) *bundleServer {
	t.Helper()
	bs := &bundleServer{body: body}
	bs.srv = httptest.NewServer(bs)
	bs.address = bs.srv.URL
	t.Cleanup(bs.srv.Close)
	return bs
}

func (bs *bundleServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	bs.mu.Lock()
	body, down := bs.body, bs.down
	bs.mu.Unlock()
	if down {
		http.Error(w, "down", http.StatusServiceUnavailable)
		return
	}
	if r.URL.Path != "/bundles/gw.tar.gz" {
		http.NotFound(w, r)
		return
	}
	sum := sha256.Sum256(body)
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	if r.Header.Get("If-None-Match") == etag {
		bs.notMod.Add(1)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	bs.ok.Add(1)
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/gzip")
	_, _ = w.Write(body)
}

func (bs *bundleServer) publish(body []byte) {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	bs.body = body
}

func (bs *bundleServer) setDown(down bool) {
	bs.mu.Lock()
	defer bs.mu.Unlock()
	bs.down = down
}

// gatewayPolicy answers {"rev", "allow"} from the bundle's own data, so a result shows
// which bundle decided it and whether its policy and data came from the same bundle.
const gatewayPolicy = `package gw

default allow := false

allow if input.user in data.gw.users

decision := {"rev": data.gw.rev, "allow": allow, "policy_rev": "%s"}
`

// gatewayBundle is a bundle of revision rev allowing users; extra modules are added as is.
func gatewayBundle(t testing.TB, rev string, users []string, extra map[string]string) opabundle.Bundle {
	t.Helper()
	us := make([]any, len(users))
	for i, u := range users {
		us[i] = u
	}
	b := opabundle.Bundle{
		Manifest: opabundle.Manifest{Revision: rev, Roots: &[]string{""}},
		Data:     map[string]any{"gw": map[string]any{"rev": rev, "users": us}},
		Modules: []opabundle.ModuleFile{{
			URL: "/gw.rego", Path: "/gw.rego", Raw: []byte(fmt.Sprintf(gatewayPolicy, rev)),
		}},
	}
	for path, src := range extra {
		b.Modules = append(b.Modules, opabundle.ModuleFile{URL: path, Path: path, Raw: []byte(src)})
	}
	return b
}

// tarball writes b as a .tar.gz, signed with the HS256 key secret under keyID when
// secret is not empty.
func tarball(t testing.TB, b opabundle.Bundle, keyID, secret string) []byte {
	t.Helper()
	if secret != "" {
		if err := b.GenerateSignature(opabundle.NewSigningConfig(secret, "HS256", ""), keyID, false); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := opabundle.NewWriter(&buf).Write(b); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// controlConfig is an OPA configuration polling url every second.
func controlConfig(url, extra string) []byte {
	return []byte(fmt.Sprintf(`{
  "services": {"bundles": {"url": %q}},
  "labels": {"app": "sark-test"},
  "bundles": {"gw": {"service": "bundles", "resource": "bundles/gw.tar.gz",
    "polling": {"min_delay_seconds": 1, "max_delay_seconds": 1}%s}}
}`, url, extra))
}

func fromConfig(t testing.TB, config []byte, opts ...Option) *Engine {
	t.Helper()
	e, err := FromConfig(context.Background(), config, append([]Option{WithTimeout(testTimeout)}, opts...)...)
	if err != nil {
		t.Fatalf("FromConfig: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		e.Close(ctx)
	})
	return e
}

func waitReady(t testing.TB, e *Engine, d time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	if err := e.WaitReady(ctx); err != nil {
		t.Fatalf("WaitReady: %v (status %+v)", err, e.Status())
	}
}

// waitFor polls cond every 20 ms for at most d.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// refusedAddress is a 127.0.0.1 address nothing listens on (until the test listens).
func refusedAddress(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	return addr
}
