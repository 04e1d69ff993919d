package wasmeval

import (
	"context"
	"errors"
	"testing"
	"time"
)

// stripCustomSections drops the name section (and any other custom one):
// then every function's loops are instrumented, the runtime library's too,
// which exercises the instruction decoder on all of OPA's runtime.
func stripCustomSections(t *testing.T, mod []byte) []byte {
	t.Helper()
	r := &wasmReader{b: mod, off: 8}
	out := append([]byte(nil), mod[:8]...)
	for r.off < len(r.b) {
		id, _ := r.byte()
		n, _ := r.u32()
		c, err := r.bytes(int(n))
		if err != nil {
			t.Fatal(err)
		}
		if id != 0 {
			out = appendSection(out, id, c)
		}
	}
	return out
}

func TestInstrumentEveryFunction(t *testing.T) {
	b := shippedBundle(t)
	ctx := context.Background()
	mod, err := Compile(ctx, b.modules, gatewayEntrypoint)
	if err != nil {
		t.Fatal(err)
	}
	bare := stripCustomSections(t, mod)
	if len(bare) >= len(mod) {
		t.Fatal("no custom section stripped")
	}
	w, err := NewFromWasm(ctx, bare, gatewayEntrypoint, b.data)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for i, in := range b.requests {
		got, _, err := w.Eval(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if !sameJSON(t, got, b.decisions[i]) {
			t.Fatalf("request %d: %s", i+1, got)
		}
	}

	slow, err := Compile(ctx, map[string]string{"slow.rego": slowPolicy}, "slow/n")
	if err != nil {
		t.Fatal(err)
	}
	ws, err := NewFromWasm(ctx, stripCustomSections(t, slow), "slow/n", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	tctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, _, err := ws.Eval(tctx, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("want DeadlineExceeded, got %v", err)
	}
}

func TestOwnMemoryRejectsOtherModules(t *testing.T) {
	for _, m := range [][]byte{nil, []byte("\x00asm\x02\x00\x00\x00"), []byte("\x00asm\x01\x00\x00\x00")} {
		if _, err := ownMemory(m, true); err == nil {
			t.Errorf("%q: no error", m)
		}
	}
}
