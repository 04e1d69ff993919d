package sarkbind

import "github.com/sark-accel/sark-accel/go/sarkbind/gilhook"

// Inputs up to these sizes are handled with the GIL held (the holdgil mark, package gilhook): their work
// takes about 30 us or less, less than handing the GIL to another Python thread and waiting
// to take it back costs with two or more threads (BENCHMARKS.md, "Thread scaling"). Larger
// inputs give the GIL up, so other threads run while Go works.
const (
	heldScanBytes  = 4 << 10  // injection scans: roughly 5-10 us per KB
	heldParseBytes = 32 << 10 // MCP parsing: roughly 1-2 us per KB
)

// GILHooked reports whether the extension installed the hooks that let holdgil-marked functions
// give the GIL up halfway (false in Go tests, which have no Python).
//
//sark:holdgil
func GILHooked() (ok bool, err error) {
	defer guard(&err)
	return gilhook.Installed(), nil
}
