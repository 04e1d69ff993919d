package anomaly

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"
	"time"
)

const benchNow = int64(19030) * nsPerDay // the day after the benchmark history

// history is perPrincipal events for each of principals principals, each using tools tools,
// spread over the days of the 30-day window before benchNow.
func history(principals, perPrincipal, tools, days int) [][]Event {
	rng := rand.New(rand.NewPCG(1, 1))
	out := make([][]Event, principals)
	for p := range out {
		name := fmt.Sprintf("principal-%06d", p)
		evs := make([]Event, perPrincipal)
		for i := range evs {
			evs[i] = Event{
				Principal:   name,
				Timestamp:   benchNow - int64(1+rng.IntN(days))*nsPerDay + rng.Int64N(nsPerDay),
				Tool:        fmt.Sprintf("tool-%02d", rng.IntN(tools)),
				Sensitivity: Sensitivity(rng.IntN(3)),
				ResultSize:  rng.Int64N(500),
				Location:    []string{"US-EAST", "EU-WEST"}[rng.IntN(2)],
				Server:      fmt.Sprintf("server-%d", rng.IntN(3)),
			}
		}
		slices.SortFunc(evs, func(a, b Event) int { return cmp.Compare(a.Timestamp, b.Timestamp) }) // a stream in time order
		out[p] = evs
	}
	return out
}

func loaded(b *testing.B, groups [][]Event) *Detector {
	b.Helper()
	d, err := New(WithClock(func() int64 { return benchNow + int64(12*time.Hour) }))
	if err != nil {
		b.Fatal(err)
	}
	for _, evs := range groups {
		for _, ev := range evs {
			if err := d.Observe(ev); err != nil {
				b.Fatal(err)
			}
		}
	}
	return d
}

// BenchmarkObserveAndDetect: one event against 1,000 principals with 300 events, 20 tools each.
func BenchmarkObserveAndDetect(b *testing.B) {
	groups := history(1000, 300, 20, 30)
	d := loaded(b, groups)
	probes := history(1000, 10, 20, 1)
	b.ResetTimer()
	cpu := cpuNanos()
	defer reportCPU(b, cpu, 1)
	for i := 0; b.Loop(); i++ {
		ev := probes[i%1000][i/1000%10]
		ev.Timestamp = benchNow + int64(i%int(12*time.Hour/time.Millisecond))*int64(time.Millisecond)
		if _, err := d.ObserveAndDetect(ev); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	groups := history(1000, 300, 20, 30)
	d := loaded(b, groups)
	probes := history(1000, 10, 20, 1)
	b.ResetTimer()
	cpu := cpuNanos()
	defer reportCPU(b, cpu, 1)
	for i := 0; b.Loop(); i++ {
		if _, err := d.Detect(probes[i%1000][i/1000%10]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSARKStyleDetect: what SARK does without a stored baseline, in Go: rebuild the
// baseline from the principal's 300 events of the window, then check (compare ObserveAndDetect).
func BenchmarkSARKStyleDetect(b *testing.B) {
	groups := history(1000, 300, 20, 30)
	probes := history(1000, 10, 20, 1)
	b.ResetTimer()
	cpu := cpuNanos()
	defer reportCPU(b, cpu, 1)
	for i := 0; b.Loop(); i++ {
		base, err := BuildBaseline(groups[i%1000], 30)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := DetectAgainst(probes[i%1000][i/1000%10], base, groups[i%1000][290:]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildBaseline1M: SARK's batch baseline for 10,000 principals of 100 events each.
func BenchmarkBuildBaseline1M(b *testing.B) {
	groups := history(10_000, 100, 20, 30)
	b.ResetTimer()
	cpu := cpuNanos()
	for b.Loop() {
		for _, evs := range groups {
			if _, err := BuildBaseline(evs, 30); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ns/event")
	reportCPU(b, cpu, 1e6)
}

// reportCPU reports the process CPU time since start per operation and per unit (events).
func reportCPU(b *testing.B, start int64, perOp float64) {
	if used := cpuNanos() - start; used > 0 && start > 0 {
		b.ReportMetric(float64(used)/float64(b.N)/perOp, "cpu-ns/event")
	}
}

// BenchmarkBytesPerPrincipal reports the heap a principal with 20 tools holds, for history over
// 1 day and over all 30 days of the window (runtime.MemStats after GC, 2,000 principals).
func BenchmarkBytesPerPrincipal(b *testing.B) {
	for _, days := range []int{1, 30} {
		b.Run(fmt.Sprintf("days=%d", days), func(b *testing.B) {
			const n = 2000
			groups := history(n, 600, 20, days)
			var perPrincipal float64
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.GC()
				runtime.ReadMemStats(&before)
				d := loaded(b, groups)
				runtime.GC()
				runtime.ReadMemStats(&after)
				perPrincipal = float64(after.HeapAlloc-before.HeapAlloc) / n
				runtime.KeepAlive(d)
			}
			b.ReportMetric(perPrincipal, "bytes/principal")
		})
	}
}
