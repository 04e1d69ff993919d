package wasmeval

import (
	"context"
	"syscall"
	"testing"
)

// cpuTimer reports process CPU time per operation ("cpu-ns/op") next to wall
// time, as go/policy's benchmarks do: the machine is shared, wall time
// includes waiting for a CPU.
type cpuTimer struct{ start int64 }

func cpuNow() int64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func startCPU(b *testing.B) cpuTimer {
	b.ReportAllocs()
	return cpuTimer{cpuNow()}
}

func (c cpuTimer) report(b *testing.B) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuNow()-c.start)/float64(b.N), "cpu-ns/op")
	}
}

// The shipped gateway bundle, cycling through its 253 example requests.

func BenchmarkWasmGateway(b *testing.B) {
	bf := shippedBundle(b)
	w := newWasm(b, bf.modules, gatewayEntrypoint, bf.data)
	ctx := context.Background()
	cpu := startCPU(b)
	i := 0
	for b.Loop() {
		if _, _, err := w.Eval(ctx, bf.requests[i%len(bf.requests)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	cpu.report(b)
}

func BenchmarkTopdownGateway(b *testing.B) {
	bf := shippedBundle(b)
	td := newTopdown(b, bf.modules, bf.data)
	ctx := context.Background()
	cpu := startCPU(b)
	i := 0
	for b.Loop() {
		if _, err := td.Evaluate(ctx, gatewayQuery, bf.requests[i%len(bf.requests)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	cpu.report(b)
}

func BenchmarkWasmGatewayParallel(b *testing.B) {
	bf := shippedBundle(b)
	w := newWasm(b, bf.modules, gatewayEntrypoint, bf.data)
	ctx := context.Background()
	cpu := startCPU(b)
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, _, err := w.Eval(ctx, bf.requests[i%len(bf.requests)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
	cpu.report(b)
}

func BenchmarkTopdownGatewayParallel(b *testing.B) {
	bf := shippedBundle(b)
	td := newTopdown(b, bf.modules, bf.data)
	ctx := context.Background()
	cpu := startCPU(b)
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := td.Evaluate(ctx, gatewayQuery, bf.requests[i%len(bf.requests)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
	cpu.report(b)
}

// BenchmarkNewGateway is the one-time cost: Rego to Wasm, wazero's compiler,
// the first instance with the data parsed.
func BenchmarkNewGateway(b *testing.B) {
	bf := shippedBundle(b)
	cpu := startCPU(b)
	for b.Loop() {
		w, err := New(context.Background(), bf.modules, gatewayEntrypoint, bf.data)
		if err != nil {
			b.Fatal(err)
		}
		_ = w.Close()
	}
	cpu.report(b)
}
