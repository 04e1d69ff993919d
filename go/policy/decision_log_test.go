package policy

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// logReceiver is OPA's decision-log API: gzipped JSON arrays of events POSTed to /logs.
// While down it answers 500 and keeps nothing.
type logReceiver struct {
	mu      sync.Mutex
	down    bool
	refused int // uploads answered with 500
	events  []map[string]any
	ids     map[string]int
}

func (lr *logReceiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	lr.mu.Lock()
	defer lr.mu.Unlock()
	if lr.down {
		lr.refused++
		http.Error(w, "down", http.StatusInternalServerError)
		return
	}
	zr, err := gzip.NewReader(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var batch []map[string]any
	if err := json.NewDecoder(zr).Decode(&batch); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	for _, ev := range batch {
		lr.events = append(lr.events, ev)
		id, _ := ev["decision_id"].(string)
		lr.ids[id]++
	}
}

func (lr *logReceiver) setDown(down bool) {
	lr.mu.Lock()
	defer lr.mu.Unlock()
	lr.down = down
}

func (lr *logReceiver) count() int {
	lr.mu.Lock()
	defer lr.mu.Unlock()
	return len(lr.events)
}

const maskPolicy = `package system.log

mask contains "/input/password"

drop if input.input.user == "drop-me"
`

func TestDecisionLogsExactlyOnceMasked(t *testing.T) {
	bs := newBundleServer(t, tarball(t, gatewayBundle(t, "r1", []string{"alice"}, map[string]string{"/log.rego": maskPolicy}), "", ""))
	lr := &logReceiver{ids: map[string]int{}}
	logs := httptest.NewServer(lr)
	defer logs.Close()
	cfg := strings.Replace(string(controlConfig(bs.address, "")), `"labels"`, fmt.Sprintf(
		`"decision_logs": {"service": "logs", "reporting": {"min_delay_seconds": 1, "max_delay_seconds": 1}}, "labels"`), 1)
	cfg = strings.Replace(cfg, `"services": {`, fmt.Sprintf(`"services": {"logs": {"url": %q}, `, logs.URL), 1)
	e := fromConfig(t, []byte(cfg))
	waitReady(t, e, 10*time.Second)
	if got := e.cp.logs.Config().Reporting.BufferSizeLimitBytes; got == nil || *got != DefaultDecisionLogBufferBytes {
		t.Fatalf("decision-log buffer bound = %v, want the default %d", got, DefaultDecisionLogBufferBytes)
	}

	want := 0
	evaluate := func(n int) {
		for i := range n {
			in := fmt.Sprintf(`{"user":"alice","password":"hunter%d","n":%d}`, want, want)
			if _, err := e.Evaluate(context.Background(), gwQuery, []byte(in)); err != nil {
				t.Fatal(err)
			}
			want++
			if i%5 == 0 { // dropped by the drop rule: never uploaded
				if _, err := e.Evaluate(context.Background(), gwQuery, []byte(`{"user":"drop-me"}`)); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	evaluate(20)
	waitFor(t, 8*time.Second, "the first upload", func() bool { return lr.count() > 0 })
	lr.setDown(true) // an outage of a few upload periods, far shorter than the (unbounded) buffer
	evaluate(20)
	time.Sleep(2500 * time.Millisecond)
	lr.setDown(false)
	evaluate(20)
	waitFor(t, 10*time.Second, "every decision", func() bool { return lr.count() >= want })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	e.Close(ctx)
	cancel()

	lr.mu.Lock()
	defer lr.mu.Unlock()
	if lr.refused == 0 {
		t.Fatal("no upload was attempted during the outage: the test did not test retries")
	}
	if len(lr.events) != want {
		t.Fatalf("received %d events, want %d", len(lr.events), want)
	}
	seen := map[float64]bool{}
	for id, n := range lr.ids {
		if n != 1 || id == "" {
			t.Fatalf("decision %q received %d times", id, n)
		}
	}
	for _, ev := range lr.events {
		in, _ := ev["input"].(map[string]any)
		if _, leaked := in["password"]; leaked || in["user"] != "alice" {
			t.Fatalf("input not masked or dropped one uploaded: %v", ev["input"])
		}
		n, _ := in["n"].(float64)
		seen[n] = true
		erased, _ := ev["erased"].([]any)
		if len(erased) != 1 || erased[0] != "/input/password" {
			t.Fatalf("erased = %v", ev["erased"])
		}
		if ev["path"] != "gw/decision" {
			t.Fatalf("path = %v", ev["path"])
		}
		res, _ := ev["result"].(map[string]any)
		if res["allow"] != true || res["rev"] != "r1" {
			t.Fatalf("result = %v", ev["result"])
		}
		labels, _ := ev["labels"].(map[string]any)
		if id, _ := labels["id"].(string); labels["app"] != "sark-test" || len(id) != 36 {
			t.Fatalf("labels = %v", labels)
		}
		bundles, _ := ev["bundles"].(map[string]any)
		if gw, _ := bundles["gw"].(map[string]any); gw["revision"] != "r1" {
			t.Fatalf("bundles = %v", bundles)
		}
		if _, ok := ev["timestamp"].(string); !ok {
			t.Fatalf("timestamp = %v", ev["timestamp"])
		}
		if m, _ := ev["metrics"].(map[string]any); m["timer_rego_query_eval_ns"] == nil {
			t.Fatalf("metrics = %v", ev["metrics"])
		}
	}
	if len(seen) != want {
		t.Fatalf("%d distinct inputs logged, want %d", len(seen), want)
	}
}

func TestDecisionPath(t *testing.T) {
	for q, want := range map[string]string{
		"data.sark.gateway.decision": "sark/gateway/decision",
		`data.x["a b"]`:              "x/a b",
		"data":                       "",
	} {
		if got, ok := decisionPath(q); got != want || !ok {
			t.Errorf("decisionPath(%q) = %q, %v", q, got, ok)
		}
	}
	for _, q := range []string{"input.x", "data.x[input.y]", "1 + 1", "data.x == 1"} {
		if got, ok := decisionPath(q); ok {
			t.Errorf("decisionPath(%q) = %q, want no path", q, got)
		}
	}
}

// BenchmarkDecisionLog is the cost of logging: an engine fed by a bundle (and, for comparison,
// one that loaded the same bundle from a file), without and with decision_logs (uploaded to a receiver on 127.0.0.1 that keeps nothing), one decision per op.
func BenchmarkDecisionLog(b *testing.B) {
	bs := newBundleServer(b, tarball(b, gatewayBundle(b, "r1", []string{"alice"}, map[string]string{"/log.rego": maskPolicy}), "", ""))
	sink := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer sink.Close()
	logged := strings.Replace(string(controlConfig(bs.address, "")), `"labels"`,
		`"decision_logs": {"service": "logs", "reporting": {"min_delay_seconds": 1, "max_delay_seconds": 1}}, "labels"`, 1)
	logged = strings.Replace(logged, `"services": {`, fmt.Sprintf(`"services": {"logs": {"url": %q}, `, sink.URL), 1)
	in := []byte(`{"user":"alice","password":"hunter2","tool":"fs.read_file","args":{"path":"/srv/a.txt"}}`)
	file := filepath.Join(b.TempDir(), "gw.tar.gz")
	if err := os.WriteFile(file, tarball(b, gatewayBundle(b, "r1", []string{"alice"}, nil), "", ""), 0o600); err != nil {
		b.Fatal(err)
	}
	for name, cfg := range map[string][]byte{"load_bundle": nil, "plain": controlConfig(bs.address, ""), "decision_logs": []byte(logged)} {
		b.Run(name, func(b *testing.B) {
			var e *Engine
			if cfg == nil { // the same bundle without a control plane, for comparison
				e = newEngine(b)
				if err := e.LoadBundle(file); err != nil {
					b.Fatal(err)
				}
			} else {
				e = fromConfig(b, cfg)
				waitReady(b, e, 10*time.Second)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := e.Evaluate(context.Background(), gwQuery, in); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestBoundDecisionLogBuffer(t *testing.T) {
	for cfg, want := range map[string]string{
		`{}`:                   `{}`,
		`{"decision_logs":{}}`: `{"decision_logs":{"reporting":{"buffer_size_limit_bytes":33554432}}}`,
		`{"decision_logs":{"reporting":{"buffer_size_limit_bytes":1000}}}`: `{"decision_logs":{"reporting":{"buffer_size_limit_bytes":1000}}}`,
		`{"decision_logs":{"reporting":{"buffer_type":"event"}}}`:          `{"decision_logs":{"reporting":{"buffer_type":"event"}}}`,
		`{"decision_logs":{"reporting":{"buffer_type":"size"}}}`:           `{"decision_logs":{"reporting":{"buffer_size_limit_bytes":33554432,"buffer_type":"size"}}}`,
		// OPA refuses a byte limit beside a rate limit: the rate bounds the growth instead.
		`{"decision_logs":{"reporting":{"max_decisions_per_second":5}}}`: `{"decision_logs":{"reporting":{"max_decisions_per_second":5}}}`,
	} {
		var doc map[string]any
		if err := json.Unmarshal([]byte(cfg), &doc); err != nil {
			t.Fatal(err)
		}
		boundDecisionLogBuffer(doc)
		if got, _ := json.Marshal(doc); string(got) != want {
			t.Errorf("%s -> %s, want %s", cfg, got, want)
		}
	}
}

// TestDecisionLogsRefusedInput: an input the engine refuses is logged with its error and
// without the input (it is not decoded again for the log).
func TestDecisionLogsRefusedInput(t *testing.T) {
	bs := newBundleServer(t, tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "", ""))
	lr := &logReceiver{ids: map[string]int{}}
	logs := httptest.NewServer(lr)
	defer logs.Close()
	cfg := strings.Replace(string(controlConfig(bs.address, "")), `"labels"`,
		`"decision_logs": {"service": "logs", "reporting": {"min_delay_seconds": 1, "max_delay_seconds": 1}}, "labels"`, 1)
	cfg = strings.Replace(cfg, `"services": {`, fmt.Sprintf(`"services": {"logs": {"url": %q}, `, logs.URL), 1)
	e := fromConfig(t, []byte(cfg))
	waitReady(t, e, 10*time.Second)
	deep := strings.Repeat("[", 200) + strings.Repeat("]", 200)
	if _, err := e.Evaluate(context.Background(), gwQuery, []byte(deep)); !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("Evaluate(too deep) = %v, want ErrInvalidInput", err)
	}
	waitFor(t, 8*time.Second, "the refused decision in the log", func() bool { return lr.count() == 1 })
	lr.mu.Lock()
	defer lr.mu.Unlock()
	ev := lr.events[0]
	if _, has := ev["input"]; has || ev["error"] == nil || ev["path"] != "gw/decision" {
		t.Fatalf("logged %v, want the error without the input", ev)
	}
}

// TestDecisionLogsMaskIsBounded: a mask policy that runs long is cut at the engine's timeout,
// and its entry is dropped, never uploaded unmasked.
func TestDecisionLogsMaskIsBounded(t *testing.T) {
	const slowMask = "package system.log\n\nmask contains \"/input/password\" if {\n" +
		"\tsome i in numbers.range(1, 5000)\n\tsome j in numbers.range(1, 5000)\n\ti * j < 0\n}\n"
	bs := newBundleServer(t, tarball(t, gatewayBundle(t, "r1", []string{"alice"}, map[string]string{"/log.rego": slowMask}), "", ""))
	lr := &logReceiver{ids: map[string]int{}}
	logs := httptest.NewServer(lr)
	defer logs.Close()
	cfg := strings.Replace(string(controlConfig(bs.address, "")), `"labels"`,
		`"decision_logs": {"service": "logs", "reporting": {"min_delay_seconds": 1, "max_delay_seconds": 1}}, "labels"`, 1)
	cfg = strings.Replace(cfg, `"services": {`, fmt.Sprintf(`"services": {"logs": {"url": %q}, `, logs.URL), 1)
	e := fromConfig(t, []byte(cfg), WithTimeout(300*time.Millisecond))
	waitReady(t, e, 10*time.Second)
	start := time.Now()
	if d := decide(t, e, "alice"); !d.Allow {
		t.Fatalf("alice: %+v", d)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Fatalf("a logged decision took %v: the mask policy was not bounded", took)
	}
	time.Sleep(2500 * time.Millisecond) // two upload periods
	if n := lr.count(); n != 0 {
		t.Fatalf("%d entries uploaded, want the unmaskable one dropped", n)
	}
}
