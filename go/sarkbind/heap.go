package sarkbind

import "runtime"

// GoHeapLive runs a full collection and returns the bytes of live Go heap objects: what the
// benchmarks measure memory with (the process's RSS also counts garbage GOGC lets accumulate).
func GoHeapLive() (n int, err error) {
	defer guard(&err)
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int(m.HeapAlloc), nil
}
