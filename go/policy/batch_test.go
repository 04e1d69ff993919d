package policy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestEvaluateMany(t *testing.T) {
	e := New(WithTimeout(500*time.Millisecond), WithMaxInputBytes(100))
	mustLoad(t, e, "p", `package p
v := input.x if input.x
v := 1 if input.conflict
v := 2 if input.conflict
v := n if {
	input.slow
	n := count([x | some i in numbers.range(1, 5000); some j in numbers.range(1, 5000); x := i * j])
}
`)
	inputs := `[{"x": 1}, {}, {"conflict": true}, {"x": "ü"}, {"slow": true}, {"x": 1.0}, null, {"x": "` +
		strings.Repeat("y", 120) + `"}, {"x": false}]`
	out, err := e.EvaluateMany(context.Background(), "data.p.v", []byte(inputs))
	if err != nil {
		t.Fatal(err)
	}
	var items []map[string]json.RawMessage
	if err := json.Unmarshal(out, &items); err != nil {
		t.Fatalf("output %s: %v", out, err)
	}
	if len(items) != 9 {
		t.Fatalf("%d items: %s", len(items), out)
	}
	want := []string{`{"result":1}`, `{}`, `kind:policy_eval`, `{"result":"ü"}`, `kind:policy_timeout`, `{"result":1.0}`, `{}`,
		`kind:policy_invalid_input`, `{}`}
	for i, w := range want {
		got := items[i]
		if kind, ok := strings.CutPrefix(w, "kind:"); ok {
			var e struct{ Kind, Message string }
			if err := json.Unmarshal(got["error"], &e); err != nil || e.Kind != kind || e.Message == "" {
				t.Errorf("item %d = %s, want error kind %s", i, got["error"], kind)
			}
			continue
		}
		b, _ := json.Marshal(got)
		if w == `{"result":1.0}` {
			// json.Marshal of RawMessage keeps the number text.
			if string(got["result"]) != "1.0" {
				t.Errorf("item %d result %s, want 1.0", i, got["result"])
			}
			continue
		}
		if string(b) != w {
			t.Errorf("item %d = %s, want %s", i, b, w)
		}
	}
}

func TestEvaluateManyOrderAndParallelism(t *testing.T) {
	// A generous timeout: under -race on a busy 2-core machine 4 workers contend.
	e := gatewayEngine(t, WithBatchWorkers(4), WithTimeout(10*time.Second))
	ins := gatewayInputs()
	out, err := e.EvaluateMany(context.Background(), gatewayQuery, []byte("["+strings.Join(ins, ",")+"]"))
	if err != nil {
		t.Fatal(err)
	}
	var items []struct {
		Result json.RawMessage `json:"result"`
		Error  json.RawMessage `json:"error"`
	}
	if err := json.Unmarshal(out, &items); err != nil {
		t.Fatal(err)
	}
	if len(items) != len(ins) {
		t.Fatalf("%d results for %d inputs", len(items), len(ins))
	}
	for i, in := range ins {
		if items[i].Error != nil {
			t.Fatalf("item %d: %s", i, items[i].Error)
		}
		single := mustEval(t, e, gatewayQuery, in)
		if !jsonEqual(t, single.JSON, items[i].Result) {
			t.Fatalf("item %d: batch %s, single %s", i, items[i].Result, single.JSON)
		}
	}
}

func TestEvaluateManyWholeCallErrors(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "p", "package p\nv := 1\n")
	for _, bad := range []string{``, `{}`, `[1,`, `"x"`, `[1] 2`} {
		if _, err := e.EvaluateMany(context.Background(), "data.p.v", []byte(bad)); !errors.Is(err, ErrInvalidInput) {
			t.Errorf("batch %q: %v", bad, err)
		}
	}
	var ce *CompileError
	if _, err := e.EvaluateMany(context.Background(), "data.p[", []byte(`[{}]`)); !errors.As(err, &ce) {
		t.Errorf("bad query: %v", err)
	}
	out, err := e.EvaluateMany(context.Background(), "data.p.v", []byte(` [ ] `))
	if err != nil || string(out) != "[]" {
		t.Errorf("empty batch: %s %v", out, err)
	}
	// A canceled context fails every item, each with its own error.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out, err = e.EvaluateMany(ctx, "data.p.v", []byte(`[{}, {}]`))
	if err != nil || strings.Count(string(out), `"kind":"policy_canceled"`) != 2 {
		t.Errorf("canceled batch: %s %v", out, err)
	}
}

func TestEvaluateBatchGoAPI(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "p", "package p\nv := input.n * 2\n")
	inputs := make([][]byte, 100)
	for i := range inputs {
		inputs[i] = fmt.Appendf(nil, `{"n": %d}`, i)
	}
	res, err := e.EvaluateBatch(context.Background(), "data.p.v", inputs)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if r.Err != nil || string(r.Result.JSON) != fmt.Sprint(2*i) {
			t.Fatalf("item %d: %s %v", i, r.Result.JSON, r.Err)
		}
	}
}
