package wasmeval

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"

	_ "github.com/open-policy-agent/opa/v1/features/wasm" // OPA's own wazero-based Wasm engine
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/util"

	"github.com/sark-accel/sark-accel/go/policy/internal/benchcpu"
)

// BenchmarkOPARegoWasmTarget is OPA's own Wasm evaluation path,
// rego.Target("wasm") (internal/wasm/sdk, also wazero since OPA 1.x), on the
// same requests: a reference point for this package.
func BenchmarkOPARegoWasmTarget(b *testing.B) {
	bf := shippedBundle(b)
	var data map[string]any
	if err := util.UnmarshalJSON(bf.data, &data); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	pq, err := rego.New(
		rego.Query(gatewayQuery),
		rego.Module("gateway.rego", bf.modules["gateway.rego"]),
		rego.Store(inmem.NewFromObject(data)),
		rego.Target("wasm"),
	).PrepareForEval(ctx)
	if err != nil {
		b.Fatal(err)
	}
	inputs := make([]any, len(bf.requests))
	for i, r := range bf.requests {
		if err := util.NewJSONDecoder(bytes.NewReader(r)).Decode(&inputs[i]); err != nil {
			b.Fatal(err)
		}
	}
	// Same decisions?
	for i, in := range inputs {
		rs, err := pq.Eval(ctx, rego.EvalInput(in))
		if err != nil {
			b.Fatal(err)
		}
		got, _ := json.Marshal(rs[0].Expressions[0].Value)
		if !sameJSON(b, got, bf.decisions[i]) {
			b.Fatalf("request %d: %s", i+1, got)
		}
	}
	benchcpu.Cycle(b, inputs, func(in any) error { _, err := pq.Eval(ctx, rego.EvalInput(in)); return err })
}
