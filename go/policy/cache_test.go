package policy

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
)

func gatewayInputs() []string {
	var ins []string
	roles := [][]string{{"developer"}, {"viewer"}, {"admin"}, {"support", "analyst"}, nil}
	tools := []string{"files.read", "shell.exec", "db.query", "crm.lookup", "nope", "secrets.read"}
	args := []string{`{"path":"/src/a.go"}`, `{"command":"ls -la"}`, `{"command":"rm -rf /"}`, `{"path":"../../etc/shadow"}`}
	for i := range 60 {
		ts := businessHours
		if i%3 == 0 {
			ts = lateNight
		}
		ins = append(ins, gatewayInput(fmt.Sprintf("user%d", i), roles[i%len(roles)], tools[i%len(tools)], args[i%len(args)], ts, (i*7)%100))
	}
	return ins
}

func TestDecisionCacheGivesIdenticalResults(t *testing.T) {
	plain := gatewayEngine(t)
	cached := gatewayEngine(t, WithDecisionCache(1000, time.Minute))
	ins := gatewayInputs()
	for round := range 3 { // round 0 fills the cache, later rounds hit it
		for _, in := range ins {
			a := mustEval(t, plain, gatewayQuery, in)
			b := mustEval(t, cached, gatewayQuery, in)
			if a.Defined != b.Defined || string(a.JSON) != string(b.JSON) {
				t.Fatalf("round %d input %s: uncached %s, cached %s", round, in, a.JSON, b.JSON)
			}
		}
	}
	if n := canonicalEntries(cached.cache); n != len(ins) {
		t.Fatalf("cache holds %d entries, want %d", n, len(ins))
	}
	// Undefined results are cached and stay undefined.
	for range 2 {
		if r := mustEval(t, cached, "data.sark.gateway.nothing", `{}`); r.Defined {
			t.Fatal("undefined became defined")
		}
	}
}

func TestDecisionCacheKeyIsCanonical(t *testing.T) {
	e := newEngine(t, WithDecisionCache(100, 0))
	mustLoad(t, e, "p", "package p\nv := input\n")
	a := mustEval(t, e, "data.p.v", `{"a": 1, "b": [true, null]}`)
	b := mustEval(t, e, "data.p.v", "{\"b\":[true,null],\n \"a\":1}")
	if string(a.JSON) != string(b.JSON) || canonicalEntries(e.cache) != 1 {
		t.Fatalf("equal inputs cached separately: %d entries", canonicalEntries(e.cache))
	}
	// 1 and 1.0 are different inputs with different outputs.
	x := mustEval(t, e, "data.p.v", `1`)
	y := mustEval(t, e, "data.p.v", `1.0`)
	if string(x.JSON) != "1" || string(y.JSON) != "1.0" {
		t.Fatalf("1 vs 1.0: %s %s", x.JSON, y.JSON)
	}
	// No input and a null input differ too.
	if r := mustEval(t, e, "data.p.v", ""); r.Defined {
		t.Fatal("no input gave a defined input")
	}
	wantJSON(t, mustEval(t, e, "data.p.v", "null"), "null")
	// Returned bytes are copies: changing them does not poison the cache.
	r := mustEval(t, e, "data.p.v", `"abc"`)
	r.JSON[1] = 'X'
	wantJSON(t, mustEval(t, e, "data.p.v", `"abc"`), `"abc"`)
}

func TestDecisionCacheInvalidation(t *testing.T) {
	e := newEngine(t, WithDecisionCache(100, time.Minute))
	mustLoad(t, e, "p", "package p\nallow if input.user in data.users\n")
	mustSetData(t, e, "users", `["alice"]`)
	in := `{"user":"bob"}`
	if mustEval(t, e, "data.p.allow", in).Defined {
		t.Fatal("bob allowed")
	}
	mustSetData(t, e, "users", `["alice","bob"]`) // data change
	wantJSON(t, mustEval(t, e, "data.p.allow", in), "true")
	mustLoad(t, e, "p", "package p\nallow if input.user == \"nobody\"\n") // policy change
	if r := mustEval(t, e, "data.p.allow", in); r.Defined {
		t.Fatalf("stale cached decision after policy change: %s", r.JSON)
	}
	mustLoad(t, e, "q", "package q\nx := 1\n") // adding a policy
	if e.cache.lru.Len() != 0 {
		t.Fatalf("cache not purged: %d", canonicalEntries(e.cache))
	}
	// Failed changes keep the cache (the revision does not move).
	mustEval(t, e, "data.p.allow", in)
	_ = e.LoadPolicy("q", "package q\nx := \n")
	if canonicalEntries(e.cache) != 1 {
		t.Fatalf("failed change purged the cache: %d", canonicalEntries(e.cache))
	}
}

func TestDecisionCacheTTL(t *testing.T) {
	e := newEngine(t, WithDecisionCache(100, 30*time.Millisecond))
	mustLoad(t, e, "p", "package p\nnow := time.now_ns()\n")
	a := mustEval(t, e, "data.p.now", "")
	b := mustEval(t, e, "data.p.now", "")
	if string(a.JSON) != string(b.JSON) {
		t.Fatal("second evaluation within the TTL was not served from the cache")
	}
	time.Sleep(50 * time.Millisecond)
	c := mustEval(t, e, "data.p.now", "")
	if string(a.JSON) == string(c.JSON) {
		t.Fatal("entry served after its TTL")
	}
}

func TestDecisionCacheBounded(t *testing.T) {
	e := newEngine(t, WithDecisionCache(10, 0))
	mustLoad(t, e, "p", "package p\nv := input\n")
	for i := range 50 {
		if _, err := e.Evaluate(context.Background(), "data.p.v", fmt.Appendf(nil, "%d", i)); err != nil {
			t.Fatal(err)
		}
	}
	if n := e.cache.lru.Len(); n != 10 {
		t.Fatalf("cache holds %d entries, bound is 10", n)
	}
}

func TestEvaluateValueSharesCacheKeys(t *testing.T) {
	e := newEngine(t, WithDecisionCache(100, 0))
	mustLoad(t, e, "p", "package p\nv := input\n")
	in := `{"b": [1.0, "x", null], "a": {"z": true}}`
	a := mustEval(t, e, "data.p.v", in)
	v, err := ast.ValueFromReader(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.EvaluateValue(context.Background(), "data.p.v", v)
	if err != nil {
		t.Fatal(err)
	}
	if string(a.JSON) != string(b.JSON) || canonicalEntries(e.cache) != 1 {
		t.Fatalf("EvaluateValue: %s vs %s, %d cache entries", a.JSON, b.JSON, canonicalEntries(e.cache))
	}
}

// canonicalEntries counts the entries keyed by canonical input; each Evaluate also adds
// one keyed by the raw input text (see rawCacheKey), which these tests do not count.
func canonicalEntries(c *decisionCache) int {
	n := 0
	for _, k := range c.lru.Keys() {
		if !isRawKey(k) {
			n++
		}
	}
	return n
}

// isRawKey parses "<rev>\x00<len(query)>\x00<query><marker>...": raw keys have marker 0x01.
func isRawKey(k string) bool {
	parts := strings.SplitN(k, "\x00", 3)
	if len(parts) != 3 {
		return false
	}
	n, err := strconv.Atoi(parts[1])
	return err == nil && len(parts[2]) > n && parts[2][n] == 1
}
