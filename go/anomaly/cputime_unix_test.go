//go:build unix

package anomaly

import "syscall"

// cpuNanos is the process's user+system CPU time: benchmarks report it next to wall time
// because the shared machines they run on give a benchmark a fraction of a core.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
