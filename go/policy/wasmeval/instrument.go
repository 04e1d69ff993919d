package wasmeval

import (
	"errors"
	"fmt"
)

// Interrupting a running evaluation.
//
// wazero's WithCloseOnContextDone makes compiled code leave native code and
// check the module state in Go at every loop iteration. For OPA's policy modules that tripled the cost of an evaluation
// (gateway policy: ~220 µs CPU without, ~740 µs with). Instead, every loop of
// the module is instrumented to count down a new mutable global and, when it
// reaches zero, reset it and call the host through the import the module has
// anyway: opa_builtin0 with the reserved builtin id checkBuiltinID. The host
// side (opaBuiltin) checks the evaluation's context there and aborts it when
// the context is done. A loop iteration costs a global decrement and a branch.
//
// Rego itself cannot loop forever (no unbounded recursion, iteration over
// finite collections), but an evaluation can take very long, in the loops of
// the functions generated for the policy's rules (nested iteration over large
// collections) and in the runtime library's: a builtin implemented in Wasm
// such as numbers.range(1, 1000000) builds a huge value from a small input in
// one call. So the loops of every function are instrumented, the library's
// included (gateway policy: a few percent at most, within the noise of
// BENCHMARKS.md's runs; an earlier measurement said ~30%). Recursion in the library (comparing nested values) is bounded by the
// size of the values, which is bounded by the memory limit.

const (
	checkEvery     = 8192
	checkBuiltinID = -1

	secGlobal = 6
	secCode   = 10
)

// instrumentLoops adds the countdown global and the check at the top of every
// loop of every function body.
func instrumentLoops(secs []section, imp importInfo) ([]section, error) {
	if imp.builtin0 < 0 {
		return nil, errors.New("wasm: module does not import env.opa_builtin0")
	}
	// The new global goes after the imported and defined ones.
	g := imp.globals
	gi := -1
	for i, s := range secs {
		if s.id == secGlobal {
			gi = i
		}
	}
	newGlobal := []byte{0x7f, 0x01, 0x41} // i32, mutable, i32.const
	newGlobal = appendS32(newGlobal, checkEvery)
	newGlobal = append(newGlobal, 0x0b) // end
	if gi >= 0 {
		r := &wasmReader{b: secs[gi].content}
		n, err := r.u32()
		if err != nil {
			return nil, err
		}
		g += n
		content := appendU32(nil, n+1)
		content = append(content, secs[gi].content[r.off:]...)
		secs[gi].content = append(content, newGlobal...)
	} else {
		content := appendU32(nil, 1)
		content = append(content, newGlobal...)
		at := len(secs)
		for i, s := range secs {
			if s.id != 0 && sectionRank[s.id] > sectionRank[secGlobal] {
				at = i
				break
			}
		}
		secs = append(secs[:at], append([]section{{secGlobal, content}}, secs[at:]...)...)
	}

	// global.get g; i32.eqz; if; i32.const N; global.set g;
	//   i32.const -1; i32.const 0; call opa_builtin0; drop; end;
	// global.get g; i32.const 1; i32.sub; global.set g
	var check []byte
	check = append(check, 0x23)
	check = appendU32(check, g)
	check = append(check, 0x45, 0x04, 0x40, 0x41)
	check = appendS32(check, checkEvery)
	check = append(check, 0x24)
	check = appendU32(check, g)
	check = append(check, 0x41)
	check = appendS32(check, checkBuiltinID)
	check = append(check, 0x41, 0x00, 0x10)
	check = appendU32(check, uint32(imp.builtin0))
	check = append(check, 0x1a, 0x0b, 0x23)
	check = appendU32(check, g)
	check = append(check, 0x41, 0x01, 0x6b, 0x24)
	check = appendU32(check, g)

	for i, s := range secs {
		if s.id != secCode {
			continue
		}
		out, err := instrumentCode(s.content, check)
		if err != nil {
			return nil, err
		}
		secs[i].content = out
	}
	return secs, nil
}

func appendS32(b []byte, v int32) []byte {
	x := int64(v)
	for {
		c := byte(x & 0x7f)
		x >>= 7
		if (x == 0 && c&0x40 == 0) || (x == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func instrumentCode(content, check []byte) ([]byte, error) {
	r := &wasmReader{b: content}
	n, err := r.u32()
	if err != nil {
		return nil, err
	}
	out := appendU32(make([]byte, 0, len(content)+len(content)/8), n)
	var body []byte
	for range n {
		size, err := r.u32()
		if err != nil {
			return nil, err
		}
		fn, err := r.bytes(int(size))
		if err != nil {
			return nil, err
		}
		body, err = instrumentBody(body[:0], fn, check)
		if err != nil {
			return nil, err
		}
		out = appendU32(out, uint32(len(body)))
		out = append(out, body...)
	}
	if r.off != len(content) {
		return nil, errors.New("wasm: trailing bytes in code section")
	}
	return out, nil
}

// instrumentBody copies one function body, inserting check after each loop
// instruction. It decodes every instruction to find them.
func instrumentBody(out, fn, check []byte) ([]byte, error) {
	r := &wasmReader{b: fn}
	groups, err := r.u32()
	if err != nil {
		return nil, err
	}
	for range groups {
		if _, err := r.u32(); err != nil {
			return nil, err
		}
		if _, err := r.byte(); err != nil {
			return nil, err
		}
	}
	out = append(out, fn[:r.off]...)
	for r.off < len(fn) {
		start := r.off
		op, _ := r.byte()
		if err := skipImmediates(r, op); err != nil {
			return nil, fmt.Errorf("wasm: opcode %#x at %d: %w", op, start, err)
		}
		out = append(out, fn[start:r.off]...)
		if op == 0x03 { // loop
			out = append(out, check...)
		}
	}
	return out, nil
}

func (r *wasmReader) leb() error {
	for range 10 {
		c, err := r.byte()
		if err != nil {
			return err
		}
		if c&0x80 == 0 {
			return nil
		}
	}
	return errors.New("bad LEB128")
}

func (r *wasmReader) lebs(n int) error {
	for range n {
		if err := r.leb(); err != nil {
			return err
		}
	}
	return nil
}

func (r *wasmReader) blockType() error {
	if r.off >= len(r.b) {
		return errTruncated
	}
	switch r.b[r.off] {
	case 0x40, 0x7f, 0x7e, 0x7d, 0x7c, 0x7b, 0x70, 0x6f:
		r.off++
		return nil
	}
	return r.leb() // type index (s33)
}

var errUnknownOpcode = errors.New("unsupported opcode")

func skipImmediates(r *wasmReader, op byte) error {
	switch {
	case op == 0x02 || op == 0x03 || op == 0x04: // block, loop, if
		return r.blockType()
	case op <= 0x01 || op == 0x05 || op == 0x0b || op == 0x0f || op == 0x1a || op == 0x1b || op == 0xd1:
		return nil
	case op == 0x0c || op == 0x0d || op == 0x10 || op == 0x12 || op == 0xd2: // br, br_if, call, return_call, ref.func
		return r.leb()
	case op == 0x0e: // br_table
		n, err := r.u32()
		if err != nil {
			return err
		}
		return r.lebs(int(n) + 1)
	case op == 0x11 || op == 0x13: // call_indirect, return_call_indirect
		return r.lebs(2)
	case op == 0x1c: // select t*
		n, err := r.u32()
		if err != nil {
			return err
		}
		_, err = r.bytes(int(n))
		return err
	case op >= 0x20 && op <= 0x26: // locals, globals, table.get/set
		return r.leb()
	case op >= 0x28 && op <= 0x3e: // loads and stores: memarg
		return r.lebs(2)
	case op == 0x3f || op == 0x40: // memory.size, memory.grow
		return r.leb()
	case op == 0x41 || op == 0x42: // i32.const, i64.const
		return r.leb()
	case op == 0x43:
		_, err := r.bytes(4)
		return err
	case op == 0x44:
		_, err := r.bytes(8)
		return err
	case op >= 0x45 && op <= 0xc4: // numeric
		return nil
	case op == 0xd0: // ref.null
		_, err := r.byte()
		return err
	case op == 0xfc:
		sub, err := r.u32()
		if err != nil {
			return err
		}
		switch {
		case sub <= 7: // saturating truncation
			return nil
		case sub == 8 || sub == 10 || sub == 12 || sub == 14: // memory.init, memory.copy, table.init, table.copy
			return r.lebs(2)
		case sub <= 17: // data.drop, memory.fill, elem.drop, table.grow/size/fill
			return r.leb()
		}
	}
	return errUnknownOpcode
}
