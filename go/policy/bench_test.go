package policy

import (
	"bytes"
	"context"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
)

// cpuTimer reports process CPU time per operation ("cpu-ns/op") next to wall
// time: on a shared, overloaded machine wall time mostly measures the queue for
// the CPU, while CPU time stays the cost of the work (GC included). For
// RunParallel benchmarks it is the CPU summed over all cores per operation.
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

// benchInputs cycles through 60 distinct gateway requests (allowed and denied).
func benchInputs() [][]byte {
	ins := gatewayInputs()
	out := make([][]byte, len(ins))
	for i, s := range ins {
		out[i] = []byte(s)
	}
	return out
}

func BenchmarkEvaluateGateway(b *testing.B) {
	e := gatewayEngine(b)
	ins := benchInputs()
	ctx := context.Background()
	cpu := startCPU(b)
	i := 0
	for b.Loop() {
		if _, err := e.Evaluate(ctx, gatewayQuery, ins[i%len(ins)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	cpu.report(b)
}

// BenchmarkEvaluateGatewaySingleInput is the same request every time (allowed path).
func BenchmarkEvaluateGatewaySingleInput(b *testing.B) {
	e := gatewayEngine(b)
	in := benchInputs()[1]
	ctx := context.Background()
	cpu := startCPU(b)
	for b.Loop() {
		if _, err := e.Evaluate(ctx, gatewayQuery, in); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b)
}

func BenchmarkEvaluateGatewayCached(b *testing.B) {
	e := gatewayEngine(b, WithDecisionCache(10000, time.Hour))
	ins := benchInputs()
	ctx := context.Background()
	for _, in := range ins {
		if _, err := e.Evaluate(ctx, gatewayQuery, in); err != nil {
			b.Fatal(err)
		}
	}
	cpu := startCPU(b)
	i := 0
	for b.Loop() {
		if _, err := e.Evaluate(ctx, gatewayQuery, ins[i%len(ins)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
	cpu.report(b)
}

func BenchmarkEvaluateGatewayParallel(b *testing.B) {
	e := gatewayEngine(b)
	ins := benchInputs()
	ctx := context.Background()
	cpu := startCPU(b)
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := e.Evaluate(ctx, gatewayQuery, ins[i%len(ins)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
	cpu.report(b)
}

func BenchmarkEvaluateGatewayCachedParallel(b *testing.B) {
	e := gatewayEngine(b, WithDecisionCache(10000, time.Hour))
	ins := benchInputs()
	ctx := context.Background()
	for _, in := range ins {
		if _, err := e.Evaluate(ctx, gatewayQuery, in); err != nil {
			b.Fatal(err)
		}
	}
	cpu := startCPU(b)
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := e.Evaluate(ctx, gatewayQuery, ins[i%len(ins)]); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
	cpu.report(b)
}

// BenchmarkEvaluateManyGateway: one call with 60 inputs; ns/op is per batch.
func BenchmarkEvaluateManyGateway(b *testing.B) {
	e := gatewayEngine(b)
	batch := []byte("[" + strings.Join(gatewayInputs(), ",") + "]")
	ctx := context.Background()
	cpu := startCPU(b)
	for b.Loop() {
		if _, err := e.EvaluateMany(ctx, gatewayQuery, batch); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b)
}

func BenchmarkEvaluateTrivial(b *testing.B) {
	e := newEngine(b)
	mustLoad(b, e, "p", "package p\nallow if input.tool == \"x\"\n")
	in := []byte(`{"tool":"x"}`)
	ctx := context.Background()
	cpu := startCPU(b)
	for b.Loop() {
		if _, err := e.Evaluate(ctx, "data.p.allow", in); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b)
}

// Components of the uncached path, for comparison with the whole evaluation.
func BenchmarkParseInput(b *testing.B) {
	in := benchInputs()[1]
	cpu := startCPU(b)
	for b.Loop() {
		if _, err := parseInput(in, 0, false); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b)
}

func BenchmarkValueFromReader(b *testing.B) {
	in := benchInputs()[1]
	cpu := startCPU(b)
	for b.Loop() {
		if _, err := ast.ValueFromReader(bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b)
}

func BenchmarkResultJSON(b *testing.B) {
	v := ast.MustParseTerm(`{"allow": false, "reasons": {"argument_command_blocked", "outside_time_window", "risk_too_high"}, "cache_ttl": 60}`).Value
	cpu := startCPU(b)
	for b.Loop() {
		if _, err := astjson.Marshal(v); err != nil {
			b.Fatal(err)
		}
	}
	cpu.report(b)
}
