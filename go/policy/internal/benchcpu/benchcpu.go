// Package benchcpu reports process CPU time per benchmark operation ("cpu-ns/op") next to
// wall time: on a shared, overloaded machine wall time mostly measures the queue for the
// CPU, while CPU time stays the cost of the work (GC included). For RunParallel benchmarks
// it is the CPU summed over all cores per operation. Only benchmarks import it.
package benchcpu

import (
	"syscall"
	"testing"
)

// Timer holds the process CPU time at its start.
type Timer struct{ start int64 }

func now() int64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// Start turns on allocation reporting and starts counting CPU time.
func Start(b *testing.B) Timer {
	b.ReportAllocs()
	return Timer{now()}
}

// Report adds the CPU time per operation since Start to the benchmark's results.
func (t Timer) Report(b *testing.B) {
	if b.N > 0 {
		b.ReportMetric(float64(now()-t.start)/float64(b.N), "cpu-ns/op")
	}
}

// Cycle calls eval on each of inputs in turn, one per iteration, and reports CPU time.
func Cycle[T any](b *testing.B, inputs []T, eval func(T) error) {
	t := Start(b)
	i := 0
	for b.Loop() {
		if err := eval(inputs[i%len(inputs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	t.Report(b)
}

// CycleParallel is Cycle from b.RunParallel's goroutines.
func CycleParallel[T any](b *testing.B, inputs []T, eval func(T) error) {
	t := Start(b)
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if err := eval(inputs[i%len(inputs)]); err != nil {
				b.Error(err) // Fatal may not be called from these goroutines
				return
			}
			i++
		}
	})
	t.Report(b)
}
