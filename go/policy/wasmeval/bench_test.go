package wasmeval

import (
	"context"
	"testing"

	"github.com/sark-accel/sark-accel/go/policy/internal/benchcpu"
)

// The shipped gateway bundle, cycling through its 253 example requests.

// eval is the operation the benchmarks cycle through.
func eval(w *Evaluator) func([]byte) error {
	ctx := context.Background()
	return func(in []byte) error { _, _, err := w.Eval(ctx, in); return err }
}

func evalTopdown(td *topdownRef) func([]byte) error {
	ctx := context.Background()
	return func(in []byte) error { _, err := td.Evaluate(ctx, gatewayQuery, in); return err }
}

func BenchmarkWasmGateway(b *testing.B) {
	bf := shippedBundle(b)
	benchcpu.Cycle(b, bf.requests, eval(newWasm(b, bf.modules, gatewayEntrypoint, bf.data)))
}

func BenchmarkTopdownGateway(b *testing.B) {
	bf := shippedBundle(b)
	benchcpu.Cycle(b, bf.requests, evalTopdown(newTopdown(b, bf.modules, bf.data)))
}

func BenchmarkWasmGatewayParallel(b *testing.B) {
	bf := shippedBundle(b)
	benchcpu.CycleParallel(b, bf.requests, eval(newWasm(b, bf.modules, gatewayEntrypoint, bf.data)))
}

func BenchmarkTopdownGatewayParallel(b *testing.B) {
	bf := shippedBundle(b)
	benchcpu.CycleParallel(b, bf.requests, evalTopdown(newTopdown(b, bf.modules, bf.data)))
}

// BenchmarkNewGateway is the one-time cost: Rego to Wasm, wazero's compiler,
// the first instance with the data parsed.
func BenchmarkNewGateway(b *testing.B) {
	bf := shippedBundle(b)
	benchcpu.Cycle(b, []struct{}{{}}, func(struct{}) error {
		w, err := New(context.Background(), bf.modules, gatewayEntrypoint, bf.data)
		if err != nil {
			return err
		}
		_ = w.Close()
		return nil
	})
}
