package sarkbind

import (
	"os"
	"runtime"
)

// minProcs is the fewest Ps (GOMAXPROCS) the extension's Go runtime runs with, so that every
// Python thread of a typical pool finds one when it calls into Go.
//
// A Python thread that returns from Go to Python keeps its P, parked in the syscall state,
// until it calls in again or sysmon takes the P back, which happens after 20 us to 10 ms.
// With fewer Ps than calling threads, a thread that calls in finds none free and waits for
// sysmon, and every evaluation pays for hand-offs between OS threads: on 2 cores at GOMAXPROCS
// 2, Wasm evaluations from 4 and 8 threads ran at 0.64-0.87x the one-thread rate with a
// growing global run queue in GODEBUG=schedtrace; at 16 they ran at 1.3-1.5x (BENCHMARKS.md,
// "Thread scaling"). The Ps do not add CPU use: at most as many run as the OS has cores for.
// A GOMAXPROCS in the environment is left as it is.
const minProcs = 16

// cores is GOMAXPROCS as the Go runtime chose it (the CPUs this process may use, cgroup limits
// included), before init raised it: the parallelism of work Go fans out itself.
var cores = runtime.GOMAXPROCS(0)

func init() {
	if _, set := os.LookupEnv("GOMAXPROCS"); !set && cores < minProcs {
		runtime.GOMAXPROCS(minProcs)
	}
}

// MaxProcs returns GOMAXPROCS (info()["go_maxprocs"]).
func MaxProcs() (n int, err error) {
	defer guard(&err)
	return runtime.GOMAXPROCS(0), nil
}
