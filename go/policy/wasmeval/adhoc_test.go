package wasmeval

import (
	"context"
	"testing"
)

func BenchmarkAdhocVariants(b *testing.B) {
	bf := shippedBundle(b)
	wasm, err := Compile(context.Background(), bf.modules, gatewayEntrypoint, nil, 0)
	if err != nil {
		b.Fatal(err)
	}
	for _, v := range []struct {
		name string
		o    Option
	}{
		{"default", func(*config) {}},
		{"noCloseOnDone", func(c *config) { c.noCloseOnDone = true }},
		{"interpreter", func(c *config) { c.interpreter = true }},
	} {
		b.Run(v.name, func(b *testing.B) {
			w, err := NewFromWasm(context.Background(), wasm, gatewayEntrypoint, bf.data, v.o)
			if err != nil {
				b.Fatal(err)
			}
			defer w.Close()
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
		})
	}
}
