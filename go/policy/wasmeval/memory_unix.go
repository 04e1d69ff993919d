//go:build unix

package wasmeval

import (
	"syscall"

	"github.com/tetratelabs/wazero/experimental"
)

// Linear memories live outside the Go heap. wazero's default grows a memory
// with append, leaving every previous copy to the collector: a policy that
// filled a 256 MiB memory made the process grow by ~1 GB and could exhaust an
// address-space limit (Go's fatal "out of memory", which no recover catches).
// Here a memory is an anonymous mapping, unmapped as soon as its instance is
// closed, and a refused growth is an ordinary failed memory.grow (the policy
// aborts, see ErrMemoryLimit).
var memoryAllocator experimental.MemoryAllocator = experimental.MemoryAllocatorFunc(
	func(_, maxBytes uint64) experimental.LinearMemory { return &mappedMemory{max: maxBytes} })

type mappedMemory struct {
	buf []byte // the whole mapping; the memory is a prefix of it
	max uint64
}

func (m *mappedMemory) Reallocate(size uint64) []byte {
	if size <= uint64(cap(m.buf)) {
		return m.buf[:size]
	}
	if size > m.max {
		return nil
	}
	// Map twice what is asked (untouched pages cost no RAM), so that growth
	// page by page maps and copies rarely.
	n := min(max(size, 2*uint64(cap(m.buf))), m.max)
	b, err := syscall.Mmap(-1, 0, int(n), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil
	}
	copy(b, m.buf)
	m.Free()
	m.buf = b
	return m.buf[:size]
}

func (m *mappedMemory) Free() {
	if m.buf != nil {
		_ = syscall.Munmap(m.buf[:cap(m.buf)])
		m.buf = nil
	}
}
