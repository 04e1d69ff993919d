package wasmeval

import (
	"context"
	"testing"

	"github.com/sark-accel/sark-accel/go/policy/internal/benchcpu"
)

// BenchmarkWasmGatewayVariants measures the design choices on the shipped
// gateway policy: default (instrumented policy loops, regex in Go),
// nativeRegex (regex.match in the Wasm runtime, which recompiles each
// pattern in every evaluation), wazeroClose (wazero's WithCloseOnContextDone
// instead of the instrumented loops), none (no way to interrupt) and
// wazero's interpreter.
func BenchmarkWasmGatewayVariants(b *testing.B) {
	bf := shippedBundle(b)
	for _, v := range []struct {
		name string
		o    Option
	}{
		{"default", func(*config) {}},
		{"nativeRegex", WithHostBuiltins()},
		{"wazeroClose", func(c *config) { c.interrupt = interruptWazero }},
		{"none", func(c *config) { c.interrupt = interruptNone }},
		{"interpreter", func(c *config) { c.interpreter = true }},
	} {
		b.Run(v.name, func(b *testing.B) {
			w, err := New(context.Background(), bf.modules, gatewayEntrypoint, bf.data, v.o)
			if err != nil {
				b.Fatal(err)
			}
			defer w.Close()
			benchcpu.Cycle(b, bf.requests, eval(w))
		})
	}
}

// BenchmarkWasmTrivial is the fixed cost of an evaluation: a constant, and
// the input parsed and written back.
func BenchmarkWasmTrivial(b *testing.B) {
	bf := shippedBundle(b)
	for _, v := range []struct{ name, src string }{
		{"true", "package p\nx := true\n"},
		{"input", "package p\nx := input\n"},
	} {
		b.Run(v.name, func(b *testing.B) {
			w, err := New(context.Background(), map[string]string{"p.rego": v.src}, "p/x", bf.data, func(c *config) { c.interrupt = interruptNone })
			if err != nil {
				b.Fatal(err)
			}
			defer w.Close()
			benchcpu.Cycle(b, bf.requests, eval(w))
		})
	}
}
