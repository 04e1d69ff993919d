package policy

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestEvaluateBatch(t *testing.T) {
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
	inputs := []string{`{"x": 1}`, `{}`, `{"conflict": true}`, `{"x": "ü"}`, `{"slow": true}`, `{"x": 1.0}`, `null`,
		`{"x": "` + strings.Repeat("y", 120) + `"}`, `{"x": false}`, ``}
	// want: the result's JSON text, "" for undefined, or "error:" and the error's classes.
	want := []string{`1`, ``, `error:eval`, `"ü"`, `error:timeout`, `1.0`, ``, `error:invalid_input`, ``, ``}
	in := make([][]byte, len(inputs))
	for i, s := range inputs {
		in[i] = []byte(s)
	}
	out, err := e.EvaluateBatch(context.Background(), "data.p.v", in)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(want) {
		t.Fatalf("%d results for %d inputs", len(out), len(want))
	}
	for i, w := range want {
		r := out[i]
		if classes, ok := strings.CutPrefix(w, "error:"); ok {
			if errClasses(r.Err) != classes || r.Err.Error() == "" || r.Result.Defined {
				t.Errorf("item %d = %+v, %v; want a %s error", i, r.Result, r.Err, classes)
			}
			continue
		}
		if r.Err != nil || r.Result.Defined != (w != "") || string(r.Result.JSON) != w {
			t.Errorf("item %d = %s (defined %v), %v; want %q", i, r.Result.JSON, r.Result.Defined, r.Err, w)
		}
	}
}

func TestEvaluateBatchOrderAndParallelism(t *testing.T) {
	// A generous timeout: under -race on a busy 2-core machine 4 workers contend.
	e := gatewayEngine(t, WithBatchWorkers(4), WithTimeout(10*time.Second))
	ins := gatewayInputs()
	batch := make([][]byte, len(ins))
	for i, in := range ins {
		batch[i] = []byte(in)
	}
	out, err := e.EvaluateBatch(context.Background(), gatewayQuery, batch)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != len(ins) {
		t.Fatalf("%d results for %d inputs", len(out), len(ins))
	}
	for i, in := range ins {
		if out[i].Err != nil {
			t.Fatalf("item %d: %v", i, out[i].Err)
		}
		single := mustEval(t, e, gatewayQuery, in)
		if out[i].Result.Defined != single.Defined || !jsonEqual(t, single.JSON, out[i].Result.JSON) {
			t.Fatalf("item %d: batch %s, single %s", i, out[i].Result.JSON, single.JSON)
		}
	}
}

func TestEvaluateBatchWholeCallErrors(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "p", "package p\nv := 1\n")
	var ce *CompileError
	if _, err := e.EvaluateBatch(context.Background(), "data.p[", [][]byte{[]byte(`{}`)}); !errors.As(err, &ce) {
		t.Errorf("bad query: %v", err)
	}
	for _, empty := range [][][]byte{nil, {}} {
		if out, err := e.EvaluateBatch(context.Background(), "data.p.v", empty); err != nil || len(out) != 0 {
			t.Errorf("empty batch: %+v %v", out, err)
		}
	}
	// A canceled context fails every item, each with its own error.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	out, err := e.EvaluateBatch(ctx, "data.p.v", [][]byte{[]byte(`{}`), []byte(`{}`)})
	if err != nil || len(out) != 2 {
		t.Fatalf("canceled batch: %+v %v", out, err)
	}
	for i, r := range out {
		if errClasses(r.Err) != "canceled" || !errors.Is(r.Err, context.Canceled) {
			t.Errorf("canceled batch item %d: %v", i, r.Err)
		}
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
