package policy

import (
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"
)

// testTimeout replaces the 100 ms default in tests that are not about timeouts:
// under -race on a loaded 2-core machine an ordinary evaluation can be descheduled
// for longer than that.
const testTimeout = 10 * time.Second

func newEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	return New(append([]Option{WithTimeout(testTimeout)}, opts...)...)
}

func mustLoad(t testing.TB, e *Engine, id, src string) {
	t.Helper()
	if err := e.LoadPolicy(id, src); err != nil {
		t.Fatalf("LoadPolicy(%s): %v", id, err)
	}
}

func mustSetData(t testing.TB, e *Engine, path, js string) {
	t.Helper()
	if err := e.SetData(path, []byte(js)); err != nil {
		t.Fatalf("SetData(%s): %v", path, err)
	}
}

func mustEval(t testing.TB, e *Engine, query, input string) Result {
	t.Helper()
	var in []byte
	if input != "" {
		in = []byte(input)
	}
	r, err := e.Evaluate(context.Background(), query, in)
	if err != nil {
		t.Fatalf("Evaluate(%s, %s): %v", query, input, err)
	}
	return r
}

// wantJSON checks a defined result equals want, compared as JSON values.
func wantJSON(t testing.TB, r Result, want string) {
	t.Helper()
	if !r.Defined {
		t.Fatalf("result undefined, want %s", want)
	}
	if !jsonEqual(t, r.JSON, []byte(want)) {
		t.Fatalf("result %s, want %s", r.JSON, want)
	}
}

func jsonEqual(t testing.TB, a, b []byte) bool {
	t.Helper()
	// Numbers compare by their text, so 1 and 1.0 differ and 1e700 is fine.
	x, err := decodeJSON(a, 0)
	if err != nil {
		t.Fatalf("bad JSON %q: %v", a, err)
	}
	y, err := decodeJSON(b, 0)
	if err != nil {
		t.Fatalf("bad JSON %q: %v", b, err)
	}
	xb, _ := json.Marshal(x)
	yb, _ := json.Marshal(y)
	return string(xb) == string(yb)
}

// gatewayEngine loads the test gateway policy and its data.
func gatewayEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	e := newEngine(t, opts...)
	src, err := os.ReadFile("testdata/gateway/gateway.rego")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/gateway/data.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.SetData("", data); err != nil {
		t.Fatal(err)
	}
	mustLoad(t, e, "gateway.rego", string(src))
	return e
}

// Wednesday 2026-11-25 10:30 UTC and 22:00 UTC.
var (
	businessHours = time.Date(2026, 11, 25, 10, 30, 0, 0, time.UTC).UnixNano()
	lateNight     = time.Date(2026, 11, 25, 22, 0, 0, 0, time.UTC).UnixNano()
)

const gatewayQuery = "data.sark.gateway.decision"
