package injection

import "testing"

// A panic in a spawned goroutine reaches the caller of wait, where recover sees it.
func TestSpawnRaisesAPanicOnTheWaitingGoroutine(t *testing.T) {
	ran := make(chan struct{}, 1)
	wait := spawn(func() { ran <- struct{}{} }, func() { panic("boom") })
	defer func() {
		if p := recover(); p != "boom" {
			t.Fatalf("recovered %v, want boom", p)
		}
		<-ran // the other job ran to its end
	}()
	wait()
	t.Fatal("wait returned")
}

func TestSpawnWaitsForEveryJob(t *testing.T) {
	var a, b int
	spawn(func() { a = 1 }, func() { b = 2 })()
	if a != 1 || b != 2 {
		t.Fatalf("a=%d b=%d", a, b)
	}
}
