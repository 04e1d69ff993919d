package policy

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
	"github.com/sark-accel/sark-accel/go/policy/internal/benchcpu"
)

// benchInputs cycles through 60 distinct gateway requests (allowed and denied).
func benchInputs() [][]byte {
	ins := gatewayInputs()
	out := make([][]byte, len(ins))
	for i, s := range ins {
		out[i] = []byte(s)
	}
	return out
}

// evaluate is the operation most benchmarks cycle through.
func evaluate(e *Engine, query string) func([]byte) error {
	ctx := context.Background()
	return func(in []byte) error { _, err := e.Evaluate(ctx, query, in); return err }
}

func BenchmarkEvaluateGateway(b *testing.B) {
	benchcpu.Cycle(b, benchInputs(), evaluate(gatewayEngine(b), gatewayQuery))
}

// BenchmarkEvaluateGatewaySingleInput is the same request every time (allowed path).
func BenchmarkEvaluateGatewaySingleInput(b *testing.B) {
	benchcpu.Cycle(b, benchInputs()[1:2], evaluate(gatewayEngine(b), gatewayQuery))
}

// cachedGateway is a gateway engine with a decision cache holding every bench input.
func cachedGateway(b *testing.B) func([]byte) error {
	eval := evaluate(gatewayEngine(b, WithDecisionCache(10000, time.Hour)), gatewayQuery)
	for _, in := range benchInputs() {
		if err := eval(in); err != nil {
			b.Fatal(err)
		}
	}
	return eval
}

func BenchmarkEvaluateGatewayCached(b *testing.B) {
	benchcpu.Cycle(b, benchInputs(), cachedGateway(b))
}

func BenchmarkEvaluateGatewayParallel(b *testing.B) {
	benchcpu.CycleParallel(b, benchInputs(), evaluate(gatewayEngine(b), gatewayQuery))
}

func BenchmarkEvaluateGatewayCachedParallel(b *testing.B) {
	benchcpu.CycleParallel(b, benchInputs(), cachedGateway(b))
}

// BenchmarkEvaluateBatchGateway: one call with 60 inputs; ns/op is per batch.
func BenchmarkEvaluateBatchGateway(b *testing.B) {
	e := gatewayEngine(b)
	var batch [][]byte
	for _, in := range gatewayInputs() {
		batch = append(batch, []byte(in))
	}
	ctx := context.Background()
	benchcpu.Cycle(b, [][][]byte{batch}, func(in [][]byte) error { _, err := e.EvaluateBatch(ctx, gatewayQuery, in); return err })
}

func BenchmarkEvaluateTrivial(b *testing.B) {
	e := newEngine(b)
	mustLoad(b, e, "p", "package p\nallow if input.tool == \"x\"\n")
	benchcpu.Cycle(b, [][]byte{[]byte(`{"tool":"x"}`)}, evaluate(e, "data.p.allow"))
}

// Components of the uncached path, for comparison with the whole evaluation.
func BenchmarkParseInput(b *testing.B) {
	benchcpu.Cycle(b, benchInputs()[1:2], func(in []byte) error { _, err := parseInput(in, 0, MaxInputDepth, false, false); return err })
}

func BenchmarkValueFromReader(b *testing.B) {
	benchcpu.Cycle(b, benchInputs()[1:2], func(in []byte) error { _, err := ast.ValueFromReader(bytes.NewReader(in)); return err })
}

func BenchmarkResultJSON(b *testing.B) {
	v := ast.MustParseTerm(`{"allow": false, "reasons": {"argument_command_blocked", "outside_time_window", "risk_too_high"}, "cache_ttl": 60}`).Value
	benchcpu.Cycle(b, []ast.Value{v}, func(v ast.Value) error { _, err := astjson.Marshal(v); return err })
}
