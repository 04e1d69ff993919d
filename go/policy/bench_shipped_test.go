package policy

import (
	"bufio"
	"os"
	"strconv"
	"testing"

	"github.com/sark-accel/sark-accel/go/policy/internal/benchcpu"
)

// shippedBundle is the example gateway policy shipped in the Python package; the
// Python benchmark and the README's demo evaluate the same bundle and traffic.
const shippedBundle = "../../sark_accel/policies/gateway"

// BenchmarkShippedGateway evaluates the shipped bundle over its 253 example requests.
// SARK_BENCH_POLICY=<bundle dir> measures another bundle over the same requests
// (for comparing rewrites of the policy).
func BenchmarkShippedGateway(b *testing.B) { benchShipped(b) }

// BenchmarkShippedGatewayWasm is BenchmarkShippedGateway with the decision
// compiled to Wasm (WithWasmQueries).
func BenchmarkShippedGatewayWasm(b *testing.B) { benchShipped(b, WithWasmQueries(gatewayQuery)) }

func benchShipped(b *testing.B, opts ...Option) {
	dir := shippedBundle
	if d := os.Getenv("SARK_BENCH_POLICY"); d != "" {
		dir = d
	}
	e := newEngine(b, opts...)
	if err := e.LoadBundle(dir); err != nil {
		b.Fatal(err)
	}
	benchcpu.Cycle(b, shippedRequests(b), evaluate(e, gatewayQuery))
}

func shippedRequests(b testing.TB) [][]byte {
	f, err := os.Open(shippedBundle + "/examples/requests.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var ins [][]byte
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		ins = append(ins, append([]byte(nil), sc.Bytes()...))
	}
	if len(ins) == 0 {
		b.Fatal("no example requests")
	}
	return ins
}

// BenchmarkShippedGatewayWasmSetData is one set_data on an engine serving the
// shipped decision with Wasm: the data goes to the existing evaluators (before,
// each change compiled the policy to Wasm again).
func BenchmarkShippedGatewayWasmSetData(b *testing.B) {
	e := newEngine(b, WithWasmQueries(gatewayQuery))
	if err := e.LoadBundle(shippedBundle); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := range b.N {
		if err := e.SetData("bench/n", []byte(strconv.Itoa(i))); err != nil {
			b.Fatal(err)
		}
	}
}
