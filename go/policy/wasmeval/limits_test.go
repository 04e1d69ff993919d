package wasmeval

import (
	"context"
	"errors"
	"testing"
	"time"
)

// numbers.range runs inside the Wasm runtime library: one builtin call that
// runs long and allocates much without passing a loop of the policy's rules.
var rangeModules = map[string]string{"r.rego": "package r\n\nx := count(numbers.range(1, input.n))\n"}

func wantCount(t *testing.T, w *Evaluator, n string) {
	t.Helper()
	out, defined, err := w.Eval(context.Background(), []byte(`{"n": `+n+`}`))
	if err != nil || !defined || string(out) != n {
		t.Fatalf("n=%s: %s %v %v", n, out, defined, err)
	}
}

func TestTimeoutInsideRuntimeBuiltin(t *testing.T) {
	w := newWasm(t, rangeModules, "r/x", nil, WithPoolSize(1))
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, _, err := w.Eval(ctx, []byte(`{"n": 1000000}`))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want DeadlineExceeded, got %v", err)
	}
	if d := time.Since(start); d > 2*time.Second { // a hang, not a speed
		t.Fatalf("stopped after %v", d)
	}
	wantCount(t, w, "10") // the interrupted instance was replaced, not reused
}

func TestMemoryLimit(t *testing.T) {
	w := newWasm(t, rangeModules, "r/x", nil, WithPoolSize(1), WithMaxMemoryPages(64)) // 4 MiB
	for range 2 {
		_, _, err := w.Eval(context.Background(), []byte(`{"n": 1000000}`))
		if !errors.Is(err, ErrMemoryLimit) {
			t.Fatalf("want ErrMemoryLimit, got %v", err)
		}
		wantCount(t, w, "1000")
	}
}

// Close waits for a running evaluation: its memory is unmapped on Close, so
// closing under it would crash the process (before the wait, the evaluation
// failed with wazero's "module closed" instead of running to its deadline).
func TestCloseWaitsForRunningEvaluation(t *testing.T) {
	w := newWasm(t, rangeModules, "r/x", nil)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	evalErr := make(chan error, 1)
	go func() {
		_, _, err := w.Eval(ctx, []byte(`{"n": 1000000}`))
		evalErr <- err
	}()
	time.Sleep(50 * time.Millisecond) // the evaluation is running (or, on a loaded machine, not yet started)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	// Interrupted at its deadline, or refused because Close came first.
	if err := <-evalErr; !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, ErrClosed) {
		t.Fatalf("the evaluation Close ran under: %v", err)
	}
	if _, _, err := w.Eval(context.Background(), []byte(`{"n": 1}`)); !errors.Is(err, ErrClosed) {
		t.Fatalf("after Close: %v", err)
	}
}

// An instance an evaluation grew by more than keepGrowth is not pooled.
func TestGrownInstanceIsNotKept(t *testing.T) {
	w := newWasm(t, rangeModules, "r/x", nil, WithPoolSize(1))
	idle := func() int { return len(w.cur.Load().idle) }
	wantCount(t, w, "1000")
	if idle() != 1 {
		t.Fatalf("%d idle instances after a small evaluation, want 1", idle())
	}
	wantCount(t, w, "1000000") // grows the memory by far more than keepGrowth
	if idle() != 0 {
		t.Fatalf("%d idle instances after a large evaluation, want 0", idle())
	}
	wantCount(t, w, "1000")
}
