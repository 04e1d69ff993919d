package policy

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The Wasm runtime implements numbers.range itself: one builtin call that runs
// long and allocates much without passing through a loop of the policy's rules.
const (
	rangeQuery  = "data.hostile.x"
	rangePolicy = "package hostile\nx := count(numbers.range(1, %s))\n"
)

func rangeEngine(t testing.TB, n string, timeout time.Duration) *Engine {
	t.Helper()
	e := newEngine(t, WithTimeout(timeout), WithWasmQueries(rangeQuery))
	mustLoad(t, e, "hostile", strings.Replace(rangePolicy, "%s", n, 1))
	if e.state.Load().wasm.evs[rangeQuery] == nil {
		t.Fatal("the query is not served by Wasm")
	}
	return e
}

func TestWasmTimeoutInsideBuiltin(t *testing.T) {
	e := rangeEngine(t, "1000000", 100*time.Millisecond)
	start := time.Now()
	_, err := e.Evaluate(context.Background(), rangeQuery, nil)
	if errClasses(err) != "timeout" {
		t.Fatalf("err = %v, want a timeout", err)
	}
	if d := time.Since(start); d > 2*time.Second { // catches a hang, not a speed
		t.Fatalf("the timeout took %v", d)
	}
}

// memoryHogEnv makes the test binary, run again by TestWasmMemoryLimitSubprocess,
// evaluate the memory-hungry policy under an address-space limit.
const memoryHogEnv = "SARK_TEST_WASM_MEMORY_HOG"

// addressSpaceLimit is the child's RLIMIT_AS: before the fix, the Go runtime
// died with "fatal error: out of memory" under 3 GB from wazero's copies.
const addressSpaceLimit = 3 << 30

func TestWasmMemoryLimitSubprocess(t *testing.T) {
	if os.Getenv(memoryHogEnv) != "" {
		memoryHog(t)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second) // a hang, not a speed
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestWasmMemoryLimitSubprocess$", "-test.v")
	cmd.Env = append(os.Environ(), memoryHogEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: TestWasmMemoryLimitSubprocess") {
		t.Fatalf("child did not pass:\n%s", out)
	}
	// The memory lives outside the Go heap and is unmapped with its instance:
	// the peak stays near the 256 MiB cap (before the fix: ~950 MB).
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10
	t.Logf("child peak RSS %d MiB", rss>>20)
	if rss > 700<<20 {
		t.Fatalf("child peak RSS %d MiB, want < 700 MiB", rss>>20)
	}
}

func memoryHog(t *testing.T) {
	lim := syscall.Rlimit{Cur: addressSpaceLimit, Max: addressSpaceLimit}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &lim); err != nil {
		t.Fatal(err)
	}
	e := rangeEngine(t, "100000000", time.Minute)
	for range 3 { // the failed instance is closed, not reused broken
		_, err := e.Evaluate(context.Background(), rangeQuery, nil)
		var ee *EvalError
		if !errors.As(err, &ee) || ee.Code != CodeMemoryLimit || errClasses(err) != "eval" {
			t.Fatalf("err = %v, want an EvalError %s", err, CodeMemoryLimit)
		}
		t.Log(err)
	}
	small := rangeEngine(t, "1000", time.Minute)
	wantJSON(t, mustEval(t, small, rangeQuery, ""), "1000")
}
