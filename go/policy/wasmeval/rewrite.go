package wasmeval

import (
	"bytes"
	"errors"
	"fmt"
)

// An OPA policy module imports its linear memory as env.memory. wazero host
// modules can only export functions, so instead of providing the memory from
// the host, ownMemory rewrites the binary: the memory import is removed, the
// module defines a memory with the same limits itself and exports it as
// "memory". Because the imported memory was memory index 0 and the module has
// no other memory, every memory instruction keeps addressing the same memory.
// The remaining env.* imports (opa_abort, opa_println, opa_builtin0..4) are
// plain functions, provided by one shared wazero host module.

const (
	secImport = 2
	secMemory = 5
	secExport = 7

	kindFunc   = 0
	kindTable  = 1
	kindMemory = 2
	kindGlobal = 3
)

// sectionRank is the position of each known section id in the order the Wasm
// spec requires (custom sections, id 0, may appear anywhere).
var sectionRank = map[byte]int{1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 12: 10, 10: 11, 11: 12}

type wasmReader struct {
	b   []byte
	off int
}

var errTruncated = errors.New("wasm: truncated module")

func (r *wasmReader) byte() (byte, error) {
	if r.off >= len(r.b) {
		return 0, errTruncated
	}
	c := r.b[r.off]
	r.off++
	return c, nil
}

func (r *wasmReader) u32() (uint32, error) {
	var v uint32
	for shift := 0; shift < 35; shift += 7 {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= uint32(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, nil
		}
	}
	return 0, errors.New("wasm: bad LEB128")
}

func (r *wasmReader) bytes(n int) ([]byte, error) {
	if n < 0 || r.off+n > len(r.b) {
		return nil, errTruncated
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s, nil
}

func (r *wasmReader) name() (string, error) {
	n, err := r.u32()
	if err != nil {
		return "", err
	}
	s, err := r.bytes(int(n))
	return string(s), err
}

// limits skips a limits encoding and returns its raw bytes.
func (r *wasmReader) limits() ([]byte, error) {
	start := r.off
	flag, err := r.byte()
	if err != nil {
		return nil, err
	}
	switch flag {
	case 0:
		_, err = r.u32()
	case 1:
		if _, err = r.u32(); err == nil {
			_, err = r.u32()
		}
	default:
		return nil, fmt.Errorf("wasm: unsupported limits flag %#x (shared or 64-bit memory)", flag)
	}
	if err != nil {
		return nil, err
	}
	return r.b[start:r.off], nil
}

func appendU32(b []byte, v uint32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func appendName(b []byte, s string) []byte {
	b = appendU32(b, uint32(len(s)))
	return append(b, s...)
}

func appendSection(b []byte, id byte, content []byte) []byte {
	b = append(b, id)
	b = appendU32(b, uint32(len(content)))
	return append(b, content...)
}

type section struct {
	id      byte
	content []byte
}

// ownMemory returns a copy of the module in which the imported env.memory is
// a defined memory exported as "memory". With interruptible, every loop also
// counts down a new global and calls the host every checkEvery iterations
// (see instrument.go).
func ownMemory(mod []byte, interruptible bool) ([]byte, error) {
	header := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	if !bytes.HasPrefix(mod, header) {
		return nil, errors.New("wasm: not a version 1 Wasm binary")
	}
	r := &wasmReader{b: mod, off: len(header)}
	var secs []section
	for r.off < len(r.b) {
		id, err := r.byte()
		if err != nil {
			return nil, err
		}
		n, err := r.u32()
		if err != nil {
			return nil, err
		}
		content, err := r.bytes(int(n))
		if err != nil {
			return nil, err
		}
		secs = append(secs, section{id, content})
	}

	var memLimits []byte
	var memExported bool
	var imp importInfo
	for i, s := range secs {
		switch s.id {
		case secMemory:
			return nil, errors.New("wasm: module defines its own memory (expected OPA's imported env.memory)")
		case secImport:
			out, info, err := dropMemoryImport(s.content)
			if err != nil {
				return nil, err
			}
			secs[i].content = out
			memLimits = info.memLimits
			imp = info
		case secExport:
			var err error
			if memExported, err = exportsMemory(s.content); err != nil {
				return nil, err
			}
		}
	}
	if memLimits == nil {
		return nil, errors.New("wasm: module does not import env.memory")
	}
	if interruptible {
		var err error
		if secs, err = instrumentLoops(secs, imp); err != nil {
			return nil, err
		}
	}

	memSec := appendU32(nil, 1)
	memSec = append(memSec, memLimits...)

	out := append([]byte(nil), header...)
	placed, exportSeen := false, false
	for _, s := range secs {
		if !placed && s.id != 0 && sectionRank[s.id] > sectionRank[secMemory] {
			out = appendSection(out, secMemory, memSec)
			placed = true
		}
		content := s.content
		if s.id == secExport {
			exportSeen = true
			if !memExported {
				content = addMemoryExport(content)
			}
		}
		out = appendSection(out, s.id, content)
	}
	if !placed {
		out = appendSection(out, secMemory, memSec)
	}
	if !exportSeen {
		out = appendSection(out, secExport, addMemoryExport(appendU32(nil, 0)))
	}
	return out, nil
}

type importInfo struct {
	memLimits []byte // raw limits of env.memory
	funcs     uint32 // imported functions
	globals   uint32 // imported globals
	builtin0  int64  // function index of env.opa_builtin0, -1 if absent
}

// dropMemoryImport removes the env.memory entry from an import section and
// returns the new section content and what the imports are.
func dropMemoryImport(content []byte) ([]byte, importInfo, error) {
	info := importInfo{builtin0: -1}
	r := &wasmReader{b: content}
	n, err := r.u32()
	if err != nil {
		return nil, info, err
	}
	var kept [][]byte
	var limits []byte
	for range n {
		start := r.off
		modName, err := r.name()
		if err != nil {
			return nil, info, err
		}
		field, err := r.name()
		if err != nil {
			return nil, info, err
		}
		kind, err := r.byte()
		if err != nil {
			return nil, info, err
		}
		switch kind {
		case kindFunc:
			if modName == "env" && field == "opa_builtin0" {
				info.builtin0 = int64(info.funcs)
			}
			info.funcs++
			_, err = r.u32()
		case kindTable:
			if _, err = r.byte(); err == nil {
				_, err = r.limits()
			}
		case kindMemory:
			var lim []byte
			lim, err = r.limits()
			if err == nil {
				if modName != "env" || field != "memory" || limits != nil {
					return nil, info, fmt.Errorf("wasm: unexpected memory import %s.%s", modName, field)
				}
				limits = lim
				continue
			}
		case kindGlobal:
			info.globals++
			if _, err = r.byte(); err == nil {
				_, err = r.byte()
			}
		default:
			err = fmt.Errorf("wasm: unknown import kind %#x", kind)
		}
		if err != nil {
			return nil, info, err
		}
		kept = append(kept, content[start:r.off])
	}
	if r.off != len(content) {
		return nil, info, errors.New("wasm: trailing bytes in import section")
	}
	out := appendU32(nil, uint32(len(kept)))
	for _, k := range kept {
		out = append(out, k...)
	}
	info.memLimits = limits
	return out, info, nil
}

func exportsMemory(content []byte) (bool, error) {
	r := &wasmReader{b: content}
	n, err := r.u32()
	if err != nil {
		return false, err
	}
	for range n {
		name, err := r.name()
		if err != nil {
			return false, err
		}
		kind, err := r.byte()
		if err != nil {
			return false, err
		}
		if _, err := r.u32(); err != nil {
			return false, err
		}
		if kind == kindMemory {
			if name != "memory" {
				return false, fmt.Errorf("wasm: memory exported as %q", name)
			}
			return true, nil
		}
	}
	return false, nil
}

func addMemoryExport(content []byte) []byte {
	r := &wasmReader{b: content}
	n, _ := r.u32() // already validated by exportsMemory
	out := appendU32(nil, n+1)
	out = append(out, content[r.off:]...)
	out = appendName(out, "memory")
	out = append(out, kindMemory)
	return appendU32(out, 0)
}
