package wasmeval

import (
	"context"
	"fmt"
	"testing"
)

func BenchmarkAdhocVariants(b *testing.B) {
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

func BenchmarkAdhocTrivial(b *testing.B) {
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

func BenchmarkAdhocOpt(b *testing.B) {
	bf := shippedBundle(b)
	for _, lvl := range []int{0, 1, 2} {
		b.Run(fmt.Sprint(lvl), func(b *testing.B) {
			w, err := New(context.Background(), bf.modules, gatewayEntrypoint, bf.data, func(c *config) { c.interrupt = interruptNone; c.optimize = lvl })
			if err != nil {
				b.Fatal(err)
			}
			defer w.Close()
			ctx := context.Background()
			for i, in := range bf.requests {
				got, _, err := w.Eval(ctx, in)
				if err != nil {
					b.Fatal(err)
				}
				if !sameJSON(b, got, bf.decisions[i]) {
					b.Fatalf("O%d request %d: %s", lvl, i, got)
				}
			}
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
