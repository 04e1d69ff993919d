package wasmeval

import (
	"context"
	"errors"
	"github.com/open-policy-agent/opa/v1/topdown/print"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestUndefinedAndDefined(t *testing.T) {
	w := newWasm(t, map[string]string{"p.rego": "package p\n\nx if input.a == 1\n\ny := {\"a\": input.a, \"s\": {1, 2}}\n"}, "p/x", nil)
	ctx := context.Background()
	for _, c := range []struct {
		in      string
		defined bool
	}{{`{"a":1}`, true}, {`{"a":2}`, false}, {``, false}, {`[1]`, false}} {
		got, defined, err := w.Eval(ctx, []byte(c.in))
		if err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		if defined != c.defined || (defined && string(got) != "true") {
			t.Errorf("%s: got %s defined=%v", c.in, got, defined)
		}
	}
	// A set becomes a JSON array, as with topdown.
	w2 := newWasm(t, map[string]string{"p.rego": "package p\n\ny := {\"a\": input.a, \"s\": {1, 2}}\n"}, "data.p.y", nil)
	got, defined, err := w2.Eval(ctx, []byte(`{"a":"x"}`))
	if err != nil || !defined || !sameJSON(t, got, []byte(`{"a":"x","s":[1,2]}`)) {
		t.Fatalf("got %s %v %v", got, defined, err)
	}
}

func TestNoEntrypoint(t *testing.T) {
	_, err := New(context.Background(), map[string]string{"p.rego": "package p\n\nx := 1\n"}, "p/nope", nil)
	if err == nil {
		t.Fatal("no error")
	}
}

func TestConflictIsAnError(t *testing.T) {
	src := "package p\n\nx := 1 if input.a\n\nx := 2 if input.b\n"
	w := newWasm(t, map[string]string{"p.rego": src}, "p/x", nil, WithPoolSize(1))
	ctx := context.Background()
	_, _, err := w.Eval(ctx, []byte(`{"a":true,"b":true}`))
	var ae *AbortError
	if !errors.As(err, &ae) {
		t.Fatalf("want AbortError, got %v", err)
	}
	t.Logf("conflict: %v", err)
	// The instance was thrown away; the next evaluation gets a fresh one.
	got, defined, err := w.Eval(ctx, []byte(`{"a":true}`))
	if err != nil || !defined || string(got) != "1" {
		t.Fatalf("after the error: %s %v %v", got, defined, err)
	}
}

func TestBuiltinErrorIsUndefinedUnlessStrict(t *testing.T) {
	// time.clock on a string is a type error: undefined in topdown's default
	// mode, an error with strict builtin errors. (sprintf here would be
	// evaluated natively; time.clock is a host builtin.)
	src := "package p\n\nx := time.clock([input.t, \"UTC\"])\n"
	ctx := context.Background()
	w := newWasm(t, map[string]string{"p.rego": src}, "p/x", nil)
	if got, defined, err := w.Eval(ctx, []byte(`{"t":"nope"}`)); err != nil || defined {
		t.Fatalf("lenient: %s %v %v", got, defined, err)
	}
	if got, defined, err := w.Eval(ctx, []byte(`{"t":0}`)); err != nil || !defined || string(got) != "[0,0,0]" {
		t.Fatalf("lenient: %s %v %v", got, defined, err)
	}
	strict := newWasm(t, map[string]string{"p.rego": src}, "p/x", nil, WithStrictBuiltinErrors(true))
	_, _, err := strict.Eval(ctx, []byte(`{"t":"nope"}`))
	var be *BuiltinError
	if !errors.As(err, &be) || be.Name != "time.clock" {
		t.Fatalf("strict: %v", err)
	}
}

func TestNetworkBuiltinRefused(t *testing.T) {
	src := "package p\n\nx := http.send({\"method\": \"get\", \"url\": input.u})\n"
	_, err := New(context.Background(), map[string]string{"p.rego": src}, "p/x", nil)
	if err == nil || !strings.Contains(err.Error(), "http.send") {
		t.Fatalf("want a compile error naming http.send, got %v", err)
	}
}

// slowPolicy iterates 2000^3 times.
const slowPolicy = `package slow

n := count([1 |
	some i in numbers.range(1, 2000)
	some j in numbers.range(1, 2000)
	some k in numbers.range(1, 2000)
	i + j + k == -1
])
`

func TestContextTimeoutStopsEvaluation(t *testing.T) {
	for _, mode := range []struct {
		name string
		m    interruptMode
	}{{"countdown", interruptCountdown}, {"wazero", interruptWazero}} {
		t.Run(mode.name, func(t *testing.T) {
			w := newWasm(t, map[string]string{"slow.rego": slowPolicy, "fast.rego": "package fast\n\nx := 1\n"}, "slow/n", nil,
				WithPoolSize(1), func(c *config) { c.interrupt = mode.m })
			ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
			defer cancel()
			start := time.Now()
			_, _, err := w.Eval(ctx, nil)
			took := time.Since(start)
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("want DeadlineExceeded, got %v", err)
			}
			if took > 2*time.Second {
				t.Fatalf("stopped after %v", took)
			}
			t.Logf("stopped after %v: %v", took, err)

			// Cancellation too, from another goroutine.
			ctx2, cancel2 := context.WithCancel(context.Background())
			time.AfterFunc(50*time.Millisecond, cancel2)
			if _, _, err := w.Eval(ctx2, nil); !errors.Is(err, context.Canceled) {
				t.Fatalf("want Canceled, got %v", err)
			}
			// An expired context does not start.
			if _, _, err := w.Eval(ctx, nil); !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("want DeadlineExceeded, got %v", err)
			}
		})
	}
}

func TestConcurrentEvaluations(t *testing.T) {
	b := shippedBundle(t)
	w := newWasm(t, b.modules, gatewayEntrypoint, b.data, WithPoolSize(3))
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := range 12 {
		wg.Go(func() {
			ctx := context.Background()
			for k := range len(b.requests) {
				i := (k*7 + g*31) % len(b.requests)
				if g%4 == 0 && k%50 == 0 {
					// Interleave interrupted evaluations of other instances.
					c, cancel := context.WithCancel(ctx)
					cancel()
					if _, _, err := w.Eval(c, b.requests[i]); !errors.Is(err, context.Canceled) {
						errs <- err
						return
					}
				}
				got, defined, err := w.Eval(ctx, b.requests[i])
				if err != nil {
					errs <- err
					return
				}
				if !defined || !sameJSON(t, got, b.decisions[i]) {
					errs <- errors.New("request " + string(b.requests[i]) + ": " + string(got))
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestClosed(t *testing.T) {
	w := newWasm(t, map[string]string{"p.rego": "package p\n\nx := 1\n"}, "p/x", nil)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, _, err := w.Eval(context.Background(), nil); err == nil {
		t.Fatal("no error after Close")
	}
}

func TestSetData(t *testing.T) {
	src := "package p\n\nx := data.cfg.limit * 2\n"
	w := newWasm(t, map[string]string{"p.rego": src}, "p/x", []byte(`{"cfg":{"limit":1}}`), WithPoolSize(2))
	ctx := context.Background()
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for range 4 { // evaluations keep running while the data changes
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				got, defined, err := w.Eval(ctx, nil)
				if err != nil || !defined || (string(got) != "2" && string(got) != "4" && string(got) != "6") {
					t.Errorf("%s %v %v", got, defined, err)
					return
				}
			}
		})
	}
	for _, lim := range []string{"2", "3"} {
		time.Sleep(20 * time.Millisecond)
		if err := w.SetData(ctx, []byte(`{"cfg":{"limit":`+lim+`}}`)); err != nil {
			t.Fatal(err)
		}
		if got, _, err := w.Eval(ctx, nil); err != nil || string(got) != map[string]string{"2": "4", "3": "6"}[lim] {
			t.Fatalf("after SetData %s: %s %v", lim, got, err)
		}
	}
	close(stop)
	wg.Wait()
	if err := w.SetData(ctx, []byte(`{"cfg":`)); err == nil {
		t.Fatal("bad JSON accepted")
	}
	if got, _, _ := w.Eval(ctx, nil); string(got) != "6" {
		t.Fatalf("bad SetData changed the data: %s", got)
	}
	// Undefined data.
	if err := w.SetData(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, defined, err := w.Eval(ctx, nil); err != nil || defined {
		t.Fatalf("no data: %v %v", defined, err)
	}
}

func TestMemoryDoesNotGrow(t *testing.T) {
	b := shippedBundle(t)
	w := newWasm(t, b.modules, gatewayEntrypoint, b.data, WithPoolSize(1))
	ctx := context.Background()
	size := func() uint32 {
		p := w.cur.Load()
		inst := <-p.idle
		defer func() { p.idle <- inst }()
		return inst.mem.Size()
	}
	for _, in := range b.requests {
		if _, _, err := w.Eval(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	before := size()
	for range 5 {
		for _, in := range b.requests {
			if _, _, err := w.Eval(ctx, in); err != nil {
				t.Fatal(err)
			}
		}
	}
	if after := size(); after != before {
		t.Fatalf("memory grew from %d to %d bytes", before, after)
	}
	t.Logf("memory %d KiB", before/1024)
}

type printLines struct {
	mu    sync.Mutex
	lines []string
}

func (p *printLines) Print(_ print.Context, s string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lines = append(p.lines, s)
	return nil
}

func TestPrint(t *testing.T) {
	src := "package p\n\nx if {\n\tprint(\"a is\", input.a, {1})\n\tinput.a > 1\n}\n"
	var got printLines
	w := newWasm(t, map[string]string{"p.rego": src}, "p/x", nil, WithPrintHook(&got))
	out, defined, err := w.Eval(context.Background(), []byte(`{"a": 2}`))
	if err != nil || !defined || string(out) != "true" {
		t.Fatalf("%s %v %v", out, defined, err)
	}
	if len(got.lines) != 1 || got.lines[0] != "a is 2 {1}" {
		t.Fatalf("printed %q", got.lines)
	}
	// Without a hook print is compiled out, as with topdown.
	w2 := newWasm(t, map[string]string{"p.rego": src}, "p/x", nil)
	if out, defined, err := w2.Eval(context.Background(), []byte(`{"a": 2}`)); err != nil || !defined || string(out) != "true" {
		t.Fatalf("%s %v %v", out, defined, err)
	}
}

func TestNowIsFixedPerEvaluation(t *testing.T) {
	at := time.Date(2026, 11, 26, 10, 0, 0, 0, time.UTC)
	src := "package p\n\nx := [time.now_ns(), time.now_ns() == time.now_ns()]\n"
	w := newWasm(t, map[string]string{"p.rego": src}, "p/x", nil, withClock(func() time.Time { return at }))
	got, _, err := w.Eval(context.Background(), nil)
	if err != nil || string(got) != `[`+strconv.FormatInt(at.UnixNano(), 10)+`,true]` {
		t.Fatalf("%s %v", got, err)
	}
}
