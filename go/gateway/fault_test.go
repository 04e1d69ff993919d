package gateway

import (
	"errors"
	"testing"
	"time"

	"github.com/sark-accel/sark-accel/go/cache"
	"github.com/sark-accel/sark-accel/go/policy"
)

// fullGateway has every stage on.
func fullGateway(t *testing.T) *Gateway {
	return newGateway(t, WithPolicy(shippedEngine(t), ""), WithAuthenticator(authenticator(t)),
		WithDetector(sharedDetector(t)), WithAnomaly(newAnomaly(t)), WithCache(newCache(t, nil), 0))
}

// TestEveryStageFailsClosed makes each stage fail, by error and by panic, and expects a deny
// with error:<stage> from that stage, on a request every stage would otherwise allow.
func TestEveryStageFailsClosed(t *testing.T) {
	g := fullGateway(t)
	req := Request{Message: call("docs.search", map[string]any{"query": "x"}), Credentials: bearer(t, "bob", "developer")}
	if d := authorize(g, req); !d.Allow {
		t.Fatalf("baseline: %+v", d)
	}
	boom := errors.New("boom")
	for _, s := range stages {
		for _, mode := range []string{"error", "panic"} {
			g.cfg.cache.(*cache.Cache[string]).Clear() // a hit would decide before the policy stage
			g.fault = func(at Stage) error {
				if at != s.name {
					return nil
				}
				if mode == "panic" {
					panic("injected")
				}
				return boom
			}
			d := authorize(g, req)
			want := "error:" + string(s.name)
			if d.Allow || d.Stage != s.name || joined(d.Reasons) != want {
				t.Errorf("%s %s: %+v", s.name, mode, d)
				continue
			}
			var se *StageError
			if !errors.As(d.Err, &se) || se.Stage != s.name || (mode == "error" && !errors.Is(d.Err, boom)) {
				t.Errorf("%s %s: Err %v", s.name, mode, d.Err)
			}
			code, id, data := errorOf(t, d.ErrorResponse)
			wantID := "7"
			if s.name == StageParse {
				wantID = "null" // the message was not read
			}
			if code != CodeDenied || string(id) != wantID || data["stage"] != string(s.name) {
				t.Errorf("%s %s: response %s", s.name, mode, d.ErrorResponse)
			}
		}
	}
	g.fault = nil
	if d := authorize(g, req); !d.Allow {
		t.Fatalf("after the faults: %+v", d)
	}
}

// TestEngineErrorsFailClosed uses real engine failures, no injected ones.
func TestEngineErrorsFailClosed(t *testing.T) {
	// A policy whose rule conflicts at evaluation.
	e := regoEngine(t, "package t\ndecision := true if input.method\ndecision := false if input.server == \"\"")
	g := newGateway(t, WithPolicy(e, "data.t.decision"))
	d := authorize(g, Request{Message: call("x", map[string]any{}), Principal: developer("a")})
	if d.Allow || joined(d.Reasons) != "error:policy" || d.Err == nil {
		t.Fatalf("conflict: %+v", d)
	}
	// An anomaly event the detector refuses (a principal id over its length limit).
	g = newGateway(t, WithPolicy(shippedEngine(t), ""), WithAnomaly(newAnomaly(t)))
	long := make([]byte, 2000)
	for i := range long {
		long[i] = 'a'
	}
	d = authorize(g, Request{Message: call("docs.search", map[string]any{"query": "x"}), Principal: developer(string(long))})
	if d.Allow || joined(d.Reasons) != "error:anomaly" {
		t.Fatalf("anomaly refusal: %+v", d)
	}
	// A policy evaluation past its timeout.
	slow := regoEngine(t, "package t\ndecision := count([x | some x in numbers.range(1, 100000000)]) > 0",
		policy.WithTimeout(50*time.Millisecond))
	g = newGateway(t, WithPolicy(slow, "data.t.decision"))
	d = authorize(g, Request{Message: call("x", map[string]any{}), Principal: developer("a")})
	if d.Allow || joined(d.Reasons) != "error:policy" {
		t.Fatalf("timeout: %+v", d)
	}
}
