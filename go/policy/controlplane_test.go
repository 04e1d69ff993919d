package policy

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

const gwQuery = "data.gw.decision"

type gwDecision struct {
	Rev       string `json:"rev"`
	Allow     bool   `json:"allow"`
	PolicyRev string `json:"policy_rev"`
}

func decide(t *testing.T, e *Engine, user string) gwDecision {
	t.Helper()
	r, err := e.Evaluate(context.Background(), gwQuery, []byte(`{"user":"`+user+`"}`))
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	var d gwDecision
	if err := json.Unmarshal(r.JSON, &d); err != nil {
		t.Fatalf("result %s: %v", r.JSON, err)
	}
	return d
}

func bundleStatus(t *testing.T, e *Engine) BundleStatus {
	t.Helper()
	st := e.Status()
	if len(st) != 1 || st[0].Name != "gw" {
		t.Fatalf("Status() = %+v, want one bundle gw", st)
	}
	return st[0]
}

func TestFromConfigActivatesEachNewBundle(t *testing.T) {
	bs := newBundleServer(t, tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "", ""))
	// Wasm and the decision cache must follow each activation as they follow LoadBundle.
	e := fromConfig(t, controlConfig(bs.address, ""), WithWasmQueries(gwQuery), WithDecisionCache(100, 0))
	waitReady(t, e, 10*time.Second)
	if d := decide(t, e, "alice"); d != (gwDecision{"r1", true, "r1"}) {
		t.Fatalf("r1 alice: %+v", d)
	}
	if got := e.WasmStatus()[gwQuery]; got != "wasm" {
		t.Fatalf("WasmStatus = %q", got)
	}
	// Unchanged bundle: the poller gets 304s and nothing is activated again.
	waitFor(t, 5*time.Second, "a 304", func() bool { return bs.notMod.Load() >= 1 })
	if s := bundleStatus(t, e); s.Activations != 1 || s.Revision != "r1" || s.LastError != "" || s.LastDownload.IsZero() {
		t.Fatalf("status after 304: %+v", s)
	}

	bs.publish(tarball(t, gatewayBundle(t, "r2", []string{"bob"}, nil), "", ""))
	waitFor(t, 5*time.Second, "r2", func() bool { return bundleStatus(t, e).Revision == "r2" })
	if d := decide(t, e, "alice"); d != (gwDecision{"r2", false, "r2"}) {
		t.Fatalf("r2 alice (cached under r1 as allowed): %+v", d)
	}
	if d := decide(t, e, "bob"); d != (gwDecision{"r2", true, "r2"}) {
		t.Fatalf("r2 bob: %+v", d)
	}
	if s := bundleStatus(t, e); s.Activations != 2 {
		t.Fatalf("activations = %d, want 2", s.Activations)
	}
	if got := e.BundleRevisions()["gw"]; got != "r2" {
		t.Fatalf("BundleRevisions = %v", e.BundleRevisions())
	}
}

func TestFromConfigRefusesChanges(t *testing.T) {
	bs := newBundleServer(t, tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "", ""))
	e := fromConfig(t, controlConfig(bs.address, ""))
	waitReady(t, e, 10*time.Second)
	for name, err := range map[string]error{
		"LoadPolicy": e.LoadPolicy("x.rego", "package x\n"),
		"SetData":    e.SetData("gw/users", []byte(`["mallory"]`)),
		"RemoveData": e.RemoveData("gw"),
	} {
		if !errors.Is(err, ErrManaged) || !errors.Is(err, ErrInvalidInput) {
			t.Errorf("%s on a configured engine: %v, want ErrManaged", name, err)
		}
	}
	if d := decide(t, e, "mallory"); d.Allow {
		t.Fatalf("a refused SetData changed the decision: %+v", d)
	}
}

func TestFromConfigRefusesConfigs(t *testing.T) {
	for name, cfg := range map[string]string{
		"not an object":   `[1]`,
		"no bundles":      `{"services": {"s": {"url": "http://127.0.0.1:1"}}}`,
		"discovery":       `{"services": {"s": {"url": "http://127.0.0.1:1"}}, "discovery": {"resource": "d"}, "bundles": {"b": {"resource": "b"}}}`,
		"unknown service": `{"bundles": {"b": {"service": "nope", "resource": "b"}}}`,
	} {
		e, err := FromConfig(context.Background(), []byte(cfg))
		if !errors.Is(err, ErrInvalidInput) {
			t.Errorf("%s: FromConfig = %v, %v; want ErrInvalidInput", name, e, err)
		}
	}
}

func TestFromConfigYAML(t *testing.T) {
	bs := newBundleServer(t, tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "", ""))
	yaml := "services:\n  bundles:\n    url: " + bs.address + "\nbundles:\n  gw:\n    service: bundles\n    resource: bundles/gw.tar.gz\n"
	e := fromConfig(t, []byte(yaml))
	waitReady(t, e, 10*time.Second)
	if d := decide(t, e, "alice"); !d.Allow {
		t.Fatalf("alice: %+v", d)
	}
}

func TestFromConfigServerDownAtStartFailsClosed(t *testing.T) {
	addr := refusedAddress(t)
	e := fromConfig(t, controlConfig("http://"+addr, ""))
	ctx, cancel := context.WithTimeout(context.Background(), 1500*time.Millisecond)
	err := e.WaitReady(ctx)
	cancel()
	if !errors.Is(err, ErrNotReady) {
		t.Fatalf("WaitReady with the server down: %v, want ErrNotReady", err)
	}
	if _, err := e.Evaluate(context.Background(), gwQuery, []byte(`{"user":"alice"}`)); !errors.Is(err, ErrNotReady) {
		t.Fatalf("Evaluate before activation: %v, want ErrNotReady", err)
	}
	if _, err := e.EvaluateBatch(context.Background(), gwQuery, [][]byte{[]byte(`{}`)}); !errors.Is(err, ErrNotReady) {
		t.Fatalf("EvaluateBatch before activation: %v, want ErrNotReady", err)
	}
	if _, err := e.EvaluateValue(context.Background(), gwQuery, nil); !errors.Is(err, ErrNotReady) {
		t.Fatalf("EvaluateValue before activation: %v, want ErrNotReady", err)
	}
	waitFor(t, 5*time.Second, "the download error in Status", func() bool { return bundleStatus(t, e).LastError != "" })
	if s := bundleStatus(t, e); s.Activations != 0 || s.Revision != "" {
		t.Fatalf("status: %+v", s)
	}

	// The server comes up on that address: the engine becomes ready.
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("address %s was taken meanwhile: %v", addr, err)
	}
	bs := &bundleServer{body: tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "", "")}
	srv := httptest.NewUnstartedServer(bs)
	srv.Listener.Close()
	srv.Listener = l
	srv.Start()
	defer srv.Close()
	waitReady(t, e, 10*time.Second)
	if d := decide(t, e, "alice"); !d.Allow || d.Rev != "r1" {
		t.Fatalf("after the server came up: %+v", d)
	}
}

const signingKeys = `, "signing": {"keyid": "k1"}`

func signedConfig(url string) []byte {
	cfg := string(controlConfig(url, signingKeys))
	return []byte(strings.Replace(cfg, `"labels"`, `"keys": {"k1": {"algorithm": "HS256", "key": "right-secret"}}, "labels"`, 1))
}

func TestFromConfigKeepsLastGoodBundle(t *testing.T) {
	bs := newBundleServer(t, tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "k1", "right-secret"))
	e := fromConfig(t, signedConfig(bs.address))
	waitReady(t, e, 10*time.Second)

	bad := map[string][]byte{
		"corrupt":          []byte("\x1f\x8b not a tarball"),
		"unsigned":         tarball(t, gatewayBundle(t, "r2", []string{"mallory"}, nil), "", ""),
		"wrong key":        tarball(t, gatewayBundle(t, "r3", []string{"mallory"}, nil), "k1", "wrong-secret"),
		"does not compile": tarball(t, gatewayBundle(t, "r4", []string{"mallory"}, map[string]string{"/bad.rego": "package bad\n\nx if {"}), "k1", "right-secret"),
		// OPA activates it, but the engine refuses network builtins: its own compile fails.
		"network builtin": tarball(t, gatewayBundle(t, "r5", []string{"mallory"}, map[string]string{
			"/net.rego": "package net\n\nx := http.send({\"method\": \"get\", \"url\": \"http://127.0.0.1:1\"})\n"}), "k1", "right-secret"),
		"server down": nil,
	}
	for name, body := range bad {
		before := bundleStatus(t, e).Activations
		if body == nil {
			bs.setDown(true)
		} else {
			bs.publish(body)
		}
		waitFor(t, 8*time.Second, name+" reported", func() bool { return bundleStatus(t, e).LastError != "" })
		s := bundleStatus(t, e)
		if s.Revision != "r1" || s.Activations != before {
			t.Errorf("%s: status %+v, want r1 still active", name, s)
		}
		if d := decide(t, e, "alice"); d != (gwDecision{"r1", true, "r1"}) {
			t.Errorf("%s: alice got %+v, want r1's decision", name, d)
		}
		if d := decide(t, e, "mallory"); d.Allow {
			t.Errorf("%s: mallory allowed by a refused bundle: %+v", name, d)
		}
		// Recover: the good bundle again, so the next case starts from a clean status.
		bs.setDown(false)
		bs.publish(tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "k1", "right-secret"))
		waitFor(t, 8*time.Second, name+" cleared", func() bool { return bundleStatus(t, e).LastError == "" })
	}
}

// TestFromConfigSwapIsAtomic evaluates from several goroutines while bundles change:
// every decision comes from one bundle, its policy and its data together.
func TestFromConfigSwapIsAtomic(t *testing.T) {
	bs := newBundleServer(t, tarball(t, gatewayBundle(t, "r0", []string{"u0"}, nil), "", ""))
	e := fromConfig(t, controlConfig(bs.address, ""))
	waitReady(t, e, 10*time.Second)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var bad []string
	for range 4 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				r, err := e.Evaluate(context.Background(), gwQuery, []byte(`{"user":"u1"}`))
				var d gwDecision
				if err == nil {
					err = json.Unmarshal(r.JSON, &d)
				}
				if err != nil || d.Rev != d.PolicyRev || d.Allow != strings.HasPrefix(d.Rev, "r1") {
					mu.Lock()
					bad = append(bad, string(r.JSON)+" "+errString(err))
					mu.Unlock()
				}
			}
		})
	}
	for i, rev := range []string{"r1", "r2", "r1b"} {
		users := []string{"u" + rev[1:2]}
		bs.publish(tarball(t, gatewayBundle(t, rev, users, nil), "", ""))
		waitFor(t, 8*time.Second, rev, func() bool { return bundleStatus(t, e).Activations == i+2 })
	}
	close(stop)
	wg.Wait()
	if len(bad) > 0 {
		t.Fatalf("%d inconsistent decisions, e.g. %s", len(bad), bad[0])
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestFromConfigBearerAndStatus: the service's bearer token is sent (and never shows in
// Status), and the status plugin reports the active revision to its service.
func TestFromConfigBearerAndStatus(t *testing.T) {
	const token = "s3cret-token-value"
	bs := &bundleServer{body: tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "", "")}
	var mu sync.Mutex
	var reports []map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+token {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if r.URL.Path == "/status" {
			var rep map[string]any
			if err := json.NewDecoder(r.Body).Decode(&rep); err == nil {
				mu.Lock()
				reports = append(reports, rep)
				mu.Unlock()
			}
			return
		}
		bs.ServeHTTP(w, r)
	}))
	defer srv.Close()
	cfg := func(tok string) []byte {
		c := string(controlConfig(srv.URL, ""))
		c = strings.Replace(c, `{"url": "`+srv.URL+`"}`, `{"url": "`+srv.URL+`", "credentials": {"bearer": {"token": "`+tok+`"}}}`, 1)
		return []byte(strings.Replace(c, `"labels"`, `"status": {"service": "bundles"}, "labels"`, 1))
	}

	wrong := fromConfig(t, cfg("wrong-token-value"))
	waitFor(t, 8*time.Second, "the refusal in Status", func() bool { return bundleStatus(t, wrong).LastError != "" })
	if s := bundleStatus(t, wrong); s.Activations != 0 || strings.Contains(s.LastError, "wrong-token-value") {
		t.Fatalf("status with a wrong token: %+v", s)
	}

	e := fromConfig(t, cfg(token))
	waitReady(t, e, 10*time.Second)
	if d := decide(t, e, "alice"); !d.Allow {
		t.Fatalf("alice: %+v", d)
	}
	waitFor(t, 10*time.Second, "a status report naming r1", func() bool {
		mu.Lock()
		defer mu.Unlock()
		for _, rep := range reports {
			b, _ := rep["bundles"].(map[string]any)
			if gw, _ := b["gw"].(map[string]any); gw["active_revision"] == "r1" {
				return true
			}
		}
		return false
	})
}
