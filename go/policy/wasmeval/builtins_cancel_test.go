package wasmeval

import (
	"context"
	"testing"
	"time"
)

// The end of an evaluation's context reaches Go builtins through topdown.Cancel, and a
// finished evaluation's Cancel stays untouched when its context ends later.
func TestBuiltinContextFollowsEvaluationContext(t *testing.T) {
	inst := &instance{ev: &Evaluator{}}
	ctx, cancel := context.WithCancel(context.Background())
	live := &evalState{ctx: ctx, inst: inst}
	liveCancel := live.builtinContext().Cancel
	done, cancelDone := context.WithCancel(context.Background())
	finished := &evalState{ctx: done, inst: inst}
	finishedCancel := finished.builtinContext().Cancel
	finished.finish()
	cancelDone()

	if liveCancel.Cancelled() {
		t.Fatal("cancelled before its context ended")
	}
	cancel()
	deadline := time.Now().Add(5 * time.Second) // a hang, not a speed
	for !liveCancel.Cancelled() {
		if time.Now().After(deadline) {
			t.Fatal("the evaluation's context ended, its builtins' Cancel never followed")
		}
		time.Sleep(time.Millisecond)
	}
	live.finish()
	if finishedCancel.Cancelled() {
		t.Fatal("a finished evaluation's Cancel followed its context")
	}
}
