package mcp

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

const ping = `{"jsonrpc":"2.0","id":1,"method":"ping"}`

func pings(n int) []byte { return []byte("[" + strings.Repeat(ping+",", n-1) + ping + "]") }

func parseError(t *testing.T, p *Parser, in []byte) *Error {
	t.Helper()
	_, err := p.Parse(in)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("want *Error, got %v", err)
	}
	return e
}

func TestMaxBatchBytes(t *testing.T) {
	batch := pings(10) // 421 bytes
	p := mustParser(t, WithMaxBatchBytes(len(batch)))
	if s, err := p.Parse(batch); err != nil || len(s.Messages) != 10 {
		t.Fatalf("a batch of exactly max_batch_bytes: %v", err)
	}
	p = mustParser(t, WithMaxBatchBytes(len(batch)-1))
	for _, in := range [][]byte{batch, append([]byte(" \n\t\r"), batch...), pings(1000)} {
		e := parseError(t, p, in)
		if e.Code != CodeInvalidRequest || e.Message != "Invalid Request" || *e.Data.Limit != len(batch)-1 ||
			e.Data.Reason != "batch too large in bytes" {
			t.Fatalf("%.20s: got %+v", in, e)
		}
	}
	// A single message is not a batch: only max_bytes bounds it.
	big := []byte(`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"_meta":{"x":"` + strings.Repeat("a", 1000) + `"}}}`)
	if _, err := p.Parse(big); err != nil {
		t.Fatalf("a single message over max_batch_bytes: %v", err)
	}
}

func TestMaxBatchBytesOrder(t *testing.T) {
	p := mustParser(t, WithMaxBytes(100), WithMaxBatchBytes(10))
	// 1. size first.
	if e := parseError(t, p, pings(3)); e.Data.Reason != "message too large" {
		t.Fatalf("over both limits: %+v", e.Data)
	}
	// 2. then batch bytes, before UTF-8, depth and grammar, whatever follows the '['.
	for _, in := range []string{"[\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", "[[[[[[[[[[[[[[[[", "[1,2,3,4,5,"} {
		if e := parseError(t, p, []byte(in)); e.Data.Reason != "batch too large in bytes" {
			t.Fatalf("%q: %+v", in, e.Data)
		}
	}
}

func TestMaxBatchBytesOptionValidated(t *testing.T) {
	for _, n := range []int{0, -1, maxBytesLimit + 1} {
		if _, err := NewParser(WithMaxBatchBytes(n)); !errors.Is(err, ErrInvalidOption) {
			t.Fatalf("%d: want ErrInvalidOption, got %v", n, err)
		}
	}
	if p := parserFromJSON(t, []byte(`{"max_batch_bytes":7}`)); p.cfg.maxBatchBytes != 7 {
		t.Fatalf("max_batch_bytes: %d", p.cfg.maxBatchBytes)
	}
}

// A batch over max_batch_bytes is refused before it is scanned: no tape, no messages, whatever
// the other limits allow (the hostile case: 40 MB of pings with max_bytes and max_batch raised).
func TestOversizedBatchCostsNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 41 MB input")
	}
	in := pings(1_000_000)
	p := mustParser(t, WithMaxBytes(1<<30), WithMaxBatch(maxBatchLimit))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	e := parseError(t, p, in)
	runtime.ReadMemStats(&after)
	if e.Data.Reason != "batch too large in bytes" {
		t.Fatalf("got %+v", e.Data)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<10 {
		t.Fatalf("refusing a %d-byte batch allocated %d bytes", len(in), alloc)
	}
}
