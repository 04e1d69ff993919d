package policy

import (
	"context"
	"errors"
	"testing"
	"time"
)

// slowPolicy iterates 25 million times: seconds of work, far above any timeout here.
const slowPolicy = `package slow
n := count([x | some i in numbers.range(1, 5000); some j in numbers.range(1, 5000); x := i * j])
`

func TestEngineTimeout(t *testing.T) {
	e := New(WithTimeout(50 * time.Millisecond))
	mustLoad(t, e, "slow", slowPolicy)
	start := time.Now()
	_, err := e.Evaluate(context.Background(), "data.slow.n", nil)
	if errClasses(err) != "timeout" {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("timeout took %v", d)
	}
	// The engine still works afterwards.
	mustLoad(t, e, "fast", "package fast\nok := true\n")
	wantJSON(t, mustEval(t, e, "data.fast.ok", ""), "true")
}

func TestDefaultTimeout(t *testing.T) {
	e := New()
	mustLoad(t, e, "slow", slowPolicy)
	start := time.Now()
	_, err := e.Evaluate(context.Background(), "data.slow.n", nil)
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d < DefaultTimeout || d > 2*time.Second {
		t.Fatalf("default timeout took %v", d)
	}
}

func TestCallerDeadlineAndCancel(t *testing.T) {
	e := New(WithTimeout(time.Minute))
	mustLoad(t, e, "slow", slowPolicy)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	if _, err := e.Evaluate(ctx, "data.slow.n", nil); !errors.Is(err, ErrTimeout) {
		t.Fatalf("caller deadline: %v", err)
	}

	ctx, cancel = context.WithCancel(context.Background())
	time.AfterFunc(30*time.Millisecond, cancel)
	_, err := e.Evaluate(ctx, "data.slow.n", nil)
	if errClasses(err) != "canceled" || !errors.Is(err, context.Canceled) {
		t.Fatalf("caller cancel: %v", err)
	}
	// Already canceled: fails before evaluating.
	if _, err := e.Evaluate(ctx, "data.slow.n", nil); !errors.Is(err, ErrCanceled) {
		t.Fatalf("pre-canceled: %v", err)
	}
}
