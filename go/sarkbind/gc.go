package sarkbind

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
)

// defaultGCPercent replaces Go's default GOGC of 100 for the extension's runtime. Its live
// heap is small and long-lived (compiled policies, patterns, caches), while every policy
// evaluation leaves ~40 KB of garbage, so at 100 the collector runs every few hundred
// evaluations and costs about a quarter of their CPU time (BENCHMARKS.md). At 400 the heap may
// grow to five times the live data before a collection instead of two. A GOGC set in the
// environment is left as it is.
const defaultGCPercent = 400

func init() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(defaultGCPercent)
	}
}

// GCPercent returns the garbage collector's current GOGC value (-1: collection is off).
func GCPercent() (p int, err error) {
	defer guard(&err)
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64()), nil
}
