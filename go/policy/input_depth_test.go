package policy

import (
	"errors"
	"runtime"
	"strings"
	"testing"
)

func nested(depth int) string {
	return strings.Repeat(`{"a":`, depth) + "1" + strings.Repeat("}", depth)
}

func TestMaxInputDepth(t *testing.T) {
	for _, c := range []struct {
		opts  []Option
		limit int
	}{{nil, DefaultMaxInputDepth}, {[]Option{WithMaxInputDepth(3)}, 3}, {[]Option{WithMaxInputDepth(0)}, DefaultMaxInputDepth}} {
		e := newEngine(t, c.opts...)
		mustLoad(t, e, "p", "package p\nx := input")
		if _, err := e.Evaluate(t.Context(), "data.p.x", []byte(nested(c.limit))); err != nil {
			t.Fatalf("limit %d: an input exactly that deep: %v", c.limit, err)
		}
		for _, in := range []string{nested(c.limit + 1), strings.Repeat("[", c.limit+1) + strings.Repeat("]", c.limit+1)} {
			_, err := e.Evaluate(t.Context(), "data.p.x", []byte(in))
			if !errors.Is(err, ErrInvalidInput) || !strings.Contains(err.Error(), "nesting deeper than") {
				t.Fatalf("limit %d: want ErrInvalidInput, got %v", c.limit, err)
			}
		}
		out, err := e.EvaluateBatch(t.Context(), "data.p.x", [][]byte{[]byte(nested(c.limit + 1))})
		if err != nil || len(out) != 1 || errClasses(out[0].Err) != "invalid_input" {
			t.Fatalf("limit %d: EvaluateBatch: %+v %v", c.limit, out, err)
		}
	}
	if c := newConfig([]Option{WithMaxInputDepth(1 << 30)}); c.maxInputDepth != MaxInputDepth {
		t.Fatalf("the limit is capped at %d, got %d", MaxInputDepth, c.maxInputDepth)
	}
}

// The hostile case of issue 19: walk over a 60 KB chain 9,999 deep built paths of every length,
// 870 MB, in seconds. It is refused now before any evaluation, allocating about its own size.
func TestDeepInputRefusedBeforeWalk(t *testing.T) {
	e := newEngine(t)
	mustLoad(t, e, "w", "package w\nn := count([p | walk(input, [p, _])])")
	in := []byte(nested(9999))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := e.Evaluate(t.Context(), "data.w.n", in)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrInvalidInput) {
		t.Fatalf("want ErrInvalidInput, got %v", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20 {
		t.Fatalf("refusing a %d-byte input allocated %d bytes", len(in), alloc)
	}
}
