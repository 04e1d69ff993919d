// Package gilhook lets a binding function that runs with Python's GIL held give the GIL up
// halfway through, once it knows that the rest of its work is long.
//
// gopy releases the GIL around every Go call. For a call of a few microseconds that costs more
// than it gives: the release wakes another Python thread through the OS, and the caller then
// waits to take the GIL back, so more threads make less work (BENCHMARKS.md, "Thread
// scaling"). A binding function marked //sark:holdgil keeps the GIL instead
// (tools/gopy_hold_gil.py); with this package it can still let other threads run when the call
// turns out to be long: a gateway request that misses the decision cache, a scan of a large
// text.
//
// The extension's generated main package installs the hooks at start-up (gopy_hold_gil.py
// writes that init function); Go tests, which have no Python, run without them and Release
// does nothing.
//
// Rules for callers: call Release only from the goroutine that entered from Python (a cgo
// callback is locked to its OS thread, which is what PyEval_SaveThread and
// PyEval_RestoreThread require), at most once per call, and call the returned function
// before returning to Python while holding no lock that a thread holding the GIL could wait
// for (it blocks until the GIL is free).
package gilhook

import (
	"sync/atomic"
	"unsafe"
)

// hooks are PyEval_SaveThread and PyEval_RestoreThread, as the extension installs them.
type hooks struct {
	save    func() unsafe.Pointer
	restore func(unsafe.Pointer)
}

var installed atomic.Pointer[hooks]

// Install sets the functions that release and take back the GIL. The extension calls it once,
// before Python can call into Go.
func Install(save func() unsafe.Pointer, restore func(unsafe.Pointer)) {
	installed.Store(&hooks{save: save, restore: restore})
}

// Installed reports whether the hooks are in place (false in Go tests).
func Installed() bool { return installed.Load() != nil }

// Release gives the GIL up and returns the function that takes it back. Without hooks both
// do nothing.
func Release() (reacquire func()) {
	h := installed.Load()
	if h == nil {
		return func() {}
	}
	ts := h.save()
	return func() { h.restore(ts) }
}

// ReleaseIf is Release when long is true, else a no-op: for calls whose length is known
// from their input before they start.
func ReleaseIf(long bool) (reacquire func()) {
	if !long {
		return func() {}
	}
	return Release()
}
