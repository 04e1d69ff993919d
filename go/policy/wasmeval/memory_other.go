//go:build !unix

package wasmeval

import "github.com/tetratelabs/wazero/experimental"

// memoryAllocator is wazero's default (Go slices) where syscall.Mmap is missing.
var memoryAllocator experimental.MemoryAllocator
