package mcp

import (
	"runtime"
	"testing"
)

// A batch longer than max_batch is refused after the whole-input passes, which still see every
// element: an error past the limit outranks "batch too large", as the specification orders.
func TestBatchTooLongStillChecksEveryElement(t *testing.T) {
	p := mustParser(t, WithMaxBatch(2), WithMaxDepth(5))
	tail := `,` + ping + `,` + ping + `,`
	for in, reason := range map[string]string{
		`[` + ping + tail + `{"a":1,"a":2}]`:         "duplicate key",
		`[` + ping + tail + `{"a":"\ud800"}]`:        "lone surrogate escape",
		`[` + ping + tail + `{"a":1,}]`:              "invalid JSON",
		`[` + ping + tail + `[[[[[[[[[[1]]]]]]]]]]]`: "nesting too deep",
		`[` + ping + tail + ping + `]`:               "batch too large",
	} {
		e := parseError(t, p, []byte(in))
		if e.Data.Reason != reason {
			t.Fatalf("%s: want %q, got %+v", in, reason, e.Data)
		}
	}
	if s, err := p.Parse([]byte(`[` + ping + `,` + ping + `]`)); err != nil || len(s.Messages) != 2 {
		t.Fatalf("a batch of exactly max_batch: %v", err)
	}
}

// Elements past max_batch get no tape nodes: refusing a long batch of small messages costs
// little more than its bytes, instead of the tape's ~7 nodes per ping (the dearest refusal at
// the default limits, 3.9 MiB of 100,000 pings, took 52 MiB).
func TestTooLongBatchIsNotRecorded(t *testing.T) {
	in := pings(100_000)
	p := mustParser(t)
	parseError(t, p, in) // warm the pools
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	e := parseError(t, p, in)
	runtime.ReadMemStats(&after)
	if e.Data.Reason != "batch too large" {
		t.Fatalf("got %+v", e.Data)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(len(in)) {
		t.Fatalf("refusing a %d-byte batch allocated %d bytes", len(in), alloc)
	}
}
