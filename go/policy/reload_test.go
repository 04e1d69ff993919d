package policy

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestHotReloadUnderLoad swaps policies and data while several goroutines
// evaluate. Every result must match exactly one published revision.
func TestHotReloadUnderLoad(t *testing.T) {
	e := newEngine(t)
	mustSetData(t, e, "rev/n", "0")
	mustLoad(t, e, "p", "package p\nv := 0\nw := 0\n")
	mustLoad(t, e, "q", "package q\npair := [data.p.v, data.p.w, data.rev.n]\n")

	type expect struct{ v, n int }
	var expected sync.Map // revision -> expect
	expected.Store(e.Revision(), expect{0, 0})

	type seen struct {
		rev  uint64
		json string
	}
	const readers = 4
	var stop atomic.Bool
	var wg sync.WaitGroup
	results := make([][]seen, readers)
	errs := make(chan error, readers)
	for r := range readers {
		wg.Go(func() {
			for !stop.Load() {
				res, err := e.Evaluate(context.Background(), "data.q.pair", nil)
				if err != nil {
					errs <- err
					return
				}
				results[r] = append(results[r], seen{res.Revision, string(res.JSON)})
			}
		})
	}
	v, n := 0, 0
	for i := 1; i <= 60; i++ {
		if i%2 == 0 {
			v = i
			mustLoad(t, e, "p", fmt.Sprintf("package p\nv := %d\nw := %d\n", i, i))
		} else {
			n = i
			mustSetData(t, e, "rev/n", fmt.Sprint(i))
		}
		expected.Store(e.Revision(), expect{v, n})
		if i%10 == 0 {
			// A failing change in the middle must not disturb anyone.
			if err := e.LoadPolicy("p", "package p\nv := \n"); err == nil {
				t.Fatal("broken policy compiled")
			}
		}
	}
	stop.Store(true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("evaluation failed during reload: %v", err)
	}
	total := 0
	for _, rs := range results {
		for _, s := range rs {
			total++
			x, ok := expected.Load(s.rev)
			if !ok {
				t.Fatalf("result from unknown revision %d", s.rev)
			}
			want := x.(expect)
			var got [3]int
			if err := json.Unmarshal([]byte(s.json), &got); err != nil {
				t.Fatal(err)
			}
			if got != [3]int{want.v, want.v, want.n} {
				t.Fatalf("revision %d: got %v, want v=%d n=%d", s.rev, got, want.v, want.n)
			}
		}
	}
	if total == 0 {
		t.Fatal("no evaluations ran")
	}
	t.Logf("%d evaluations checked across %d revisions", total, e.Revision())
}

// TestConcurrentPrepare prepares many distinct queries on one compiled state from
// several goroutines at once (the compiler is shared; -race checks it).
func TestConcurrentPrepare(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "p", "package p\nf(x) := x * 2\nv := 21\n")
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Go(func() {
			for i := range 30 {
				q := fmt.Sprintf("data.p.f(%d)", (i+g)%40)
				r, err := e.Evaluate(context.Background(), q, nil)
				if err != nil {
					t.Error(err)
					return
				}
				if want := fmt.Sprint(2 * ((i + g) % 40)); string(r.JSON) != want {
					t.Errorf("%s = %s, want %s", q, r.JSON, want)
				}
			}
		})
	}
	wg.Wait()
}

func TestMaxQueriesBound(t *testing.T) {
	e := newEngine(t, WithMaxQueries(2))
	mustLoad(t, e, "p", "package p\nf(x) := x + 1\n")
	for i := range 5 {
		for range 2 {
			r := mustEval(t, e, fmt.Sprintf("data.p.f(%d)", i), "")
			if string(r.JSON) != fmt.Sprint(i+1) {
				t.Fatalf("f(%d) = %s", i, r.JSON)
			}
		}
	}
	if n := e.state.Load().nQueries.Load(); n > 2 {
		t.Fatalf("%d prepared queries kept, bound is 2", n)
	}
}

func TestEvaluateResultText(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "p", "package p\nv := input.x if input.x\n")
	for in, want := range map[string]string{`{"x": 1.0}`: `1.0`, `{}`: ``, `{"x":"é"}`: `"é"`} {
		r, err := e.Evaluate(context.Background(), "data.p.v", []byte(in))
		if err != nil || string(r.JSON) != want || r.Defined != (want != "") {
			t.Errorf("Evaluate(%s) = %+v, %v; want %s", in, r, err, want)
		}
	}
	if _, err := e.Evaluate(context.Background(), "data.p.v", []byte("{")); errClasses(err) != "invalid_input" {
		t.Errorf("invalid input: %v", err)
	}
}

// TestInFlightEvaluationFinishesOnOldSet swaps the policy while a slow evaluation
// runs: the evaluation completes with the revision it started on.
func TestInFlightEvaluationFinishesOnOldSet(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "p", `package p
v := [1, n] if n := count([x | some i in numbers.range(1, 200); some j in numbers.range(1, 200); x := i + j])
`)
	oldRev := e.Revision()
	type outcome struct {
		r   Result
		err error
	}
	done := make(chan outcome, 1)
	started := make(chan struct{})
	go func() {
		close(started)
		r, err := e.Evaluate(context.Background(), "data.p.v", nil)
		done <- outcome{r, err}
	}()
	<-started
	time.Sleep(20 * time.Millisecond)
	mustLoad(t, e, "p", "package p\nv := [2, 0]\n")
	select {
	case o := <-done:
		t.Skipf("evaluation finished before the swap (%v); machine too fast for this check", o.err)
	default:
	}
	wantJSON(t, mustEval(t, e, "data.p.v", ""), "[2,0]") // new set serves at once
	o := <-done
	if o.err != nil {
		t.Fatal(o.err)
	}
	if o.r.Revision != oldRev || !strings.HasPrefix(string(o.r.JSON), "[1,") {
		t.Fatalf("in-flight result %s at revision %d, want old revision %d", o.r.JSON, o.r.Revision, oldRev)
	}
}
