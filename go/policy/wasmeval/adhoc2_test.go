package wasmeval

import (
	"context"
	"sort"
	"testing"
)

func TestAdhocLoops(t *testing.T) {
	bf := shippedBundle(t)
	wasm, err := Compile(context.Background(), bf.modules, gatewayEntrypoint, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := &wasmReader{b: wasm, off: 8}
	names := map[uint32]string{}
	var code []byte
	var nimp uint32
	for r.off < len(r.b) {
		id, _ := r.byte()
		n, _ := r.u32()
		c, _ := r.bytes(int(n))
		if id == 2 {
			_, info, _ := dropMemoryImport(c)
			nimp = info.funcs
		}
		if id == 10 {
			code = c
		}
		if id == 0 {
			cr := &wasmReader{b: c}
			nm, _ := cr.name()
			if nm != "name" {
				continue
			}
			for cr.off < len(c) {
				sub, _ := cr.byte()
				sz, _ := cr.u32()
				body, _ := cr.bytes(int(sz))
				if sub != 1 {
					continue
				}
				br := &wasmReader{b: body}
				cnt, _ := br.u32()
				for range cnt {
					idx, _ := br.u32()
					s, _ := br.name()
					names[idx] = s
				}
			}
		}
	}
	cr := &wasmReader{b: code}
	n, _ := cr.u32()
	type fl struct {
		name  string
		loops int
	}
	var out []fl
	total := 0
	for i := range n {
		sz, _ := cr.u32()
		fn, _ := cr.bytes(int(sz))
		br := &wasmReader{b: fn}
		g, _ := br.u32()
		for range g {
			br.u32()
			br.byte()
		}
		loops := 0
		for br.off < len(fn) {
			op, _ := br.byte()
			if err := skipImmediates(br, op); err != nil {
				t.Fatal(err)
			}
			if op == 3 {
				loops++
			}
		}
		total += loops
		if nm := names[nimp+i]; len(nm) > 1 && (nm[0] == 'g' && nm[1] >= '0' && nm[1] <= '9' || nm == "eval" || nm == "opa_eval") {
			t.Logf("POLICY %d %s", loops, nm)
		}
		if loops > 0 {
			out = append(out, fl{names[nimp+i], loops})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].loops > out[j].loops })
	t.Logf("%d functions, %d with loops, %d loops, %d names", n, len(out), total, len(names))
	for _, f := range out {
		t.Logf("%4d %s", f.loops, f.name)
	}
}
