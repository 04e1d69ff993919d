package anomaly

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// fakeClock is a settable clock.
type fakeClock struct{ now atomic.Int64 }

func (f *fakeClock) read() int64 { return f.now.Load() }

func newDetector(t testing.TB, clk *fakeClock, opts ...Option) *Detector {
	t.Helper()
	d, err := New(append([]Option{WithClock(clk.read)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// shuffleLocally moves events up to a few places: out of order, but not far.
func shuffleLocally(rng *rand.Rand, evs []Event) {
	slices.SortFunc(evs, func(a, b Event) int { return int(a.Timestamp>>20 - b.Timestamp>>20) })
	for i := range evs {
		j := min(len(evs)-1, i+rng.IntN(4))
		evs[i], evs[j] = evs[j], evs[i]
	}
}

// TestOnlineEqualsBatch: after any stream, with the clock moving along it, every principal's
// online baseline is BuildBaseline over the events of the final window, and Detect agrees with
// DetectAgainst over that baseline and those events.
func TestOnlineEqualsBatch(t *testing.T) {
	for seed := range uint64(150) {
		rng := rand.New(rand.NewPCG(seed, 2))
		lookback := 1 + rng.IntN(10)
		evs := randomStream(rng, 50+rng.IntN(400), 19000, 1+rng.IntN(25))
		shuffleLocally(rng, evs)
		clk := &fakeClock{}
		// rate_spike reads daily history DetectAgainst does not have; it is tested on its own.
		d := newDetector(t, clk, WithLookbackDays(lookback), WithMinEvents(rng.IntN(30)), WithCheck(TypeRateSpike, false))
		var accepted []Event
		for _, ev := range evs {
			clk.now.Store(max(clk.read(), ev.Timestamp+rng.Int64N(int64(time.Hour))))
			first, _ := d.window()
			if err := d.Observe(ev); err != nil {
				t.Fatal(err)
			}
			if dayOf(ev.Timestamp) >= first {
				accepted = append(accepted, ev)
			}
		}
		first, _ := d.window()
		var window []Event
		for _, ev := range accepted {
			if dayOf(ev.Timestamp) >= first {
				window = append(window, ev)
			}
		}
		groups := byPrincipal(window)
		for p := range byPrincipal(evs) {
			want, err := BuildBaseline(groups[p], lookback)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := d.Baseline(p)
			if !ok || !sameBaseline(got, want) {
				t.Fatalf("seed %d %s:\n got %+v\nwant %+v", seed, p, got, want)
			}
			// A probe at the principal's newest time or later sees every relevant recent event.
			probe := randomStream(rng, 1, 0, 1)[0]
			probe.Principal, probe.Timestamp = p, clk.read()
			if n := len(groups[p]); n > 0 && rng.IntN(2) == 0 {
				probe.Timestamp = slices.MaxFunc(groups[p], func(a, b Event) int { return int(a.Timestamp>>20 - b.Timestamp>>20) }).Timestamp
			}
			gotR, err := d.Detect(probe)
			if err != nil {
				t.Fatal(err)
			}
			wantR, _ := DetectAgainst(probe, want, accepted, WithMinEvents(d.cfg.minEvents))
			if fmt.Sprintf("%+v", gotR) != fmt.Sprintf("%+v", wantR) {
				t.Fatalf("seed %d %s: Detect\n got %+v\nwant %+v", seed, p, gotR, wantR)
			}
		}
	}
}

func TestWindowEdges(t *testing.T) {
	clk := &fakeClock{}
	clk.now.Store(at(2024, 1, 30, 12, 0, 0))
	d := newDetector(t, clk, WithLookbackDays(30))
	ev := normal()
	ev.Timestamp = at(2024, 1, 1, 0, 0, 0) // first day of the window [Jan 1, Jan 30]
	if err := d.Observe(ev); err != nil {
		t.Fatal(err)
	}
	ev.Timestamp = at(2023, 12, 31, 23, 59, 59) // the day before: stale
	if err := d.Observe(ev); err != nil {
		t.Fatal(err)
	}
	ev.Timestamp = at(2024, 1, 31, 0, 0, 0) // the day after the clock's: refused
	if err := d.Observe(ev); !errors.Is(err, ErrInvalidEvent) {
		t.Fatalf("future day: %v", err)
	}
	ev.Timestamp = at(2024, 1, 30, 23, 59, 59) // later today is fine
	if err := d.Observe(ev); err != nil {
		t.Fatal(err)
	}
	if b, _ := d.Baseline("alice"); b.EventCount != 2 || b.MaxCallsPerDay != 1 {
		t.Fatalf("baseline = %+v", b)
	}
	if s := d.Stats(); s.Observed != 2 || s.Stale != 1 || s.Principals != 1 {
		t.Fatalf("stats = %+v", s)
	}
	clk.now.Store(at(2024, 1, 31, 0, 0, 0)) // Jan 1 rolls off
	if b, _ := d.Baseline("alice"); b.EventCount != 1 || !slices.Equal(b.TypicalHours, []int{23}) {
		t.Fatalf("after roll-off: %+v", b)
	}
	clk.now.Store(at(2024, 3, 1, 0, 0, 0)) // everything rolled off: known, empty
	if b, ok := d.Baseline("alice"); !ok || !sameBaseline(b, Baseline{}) {
		t.Fatalf("empty window: %+v %v", b, ok)
	}
	if _, ok := d.Baseline("bob"); ok {
		t.Fatal("unknown principal has a baseline")
	}
}

// TestOnlineSARKExample: SARK's example through the online detector, and min events.
func TestOnlineSARKExample(t *testing.T) {
	clk := &fakeClock{}
	clk.now.Store(at(2024, 1, 15, 23, 0, 0))
	d := newDetector(t, clk, WithExtraChecks(false))
	for i, ev := range sarkHistory() {
		r, err := d.ObserveAndDetect(ev)
		if err != nil {
			t.Fatal(err)
		}
		// The first 20 events have fewer than 20 before them.
		if (i < 20) != (r.Baseline == BaselineInsufficient) {
			t.Fatalf("event %d: %v", i, r.Baseline)
		}
	}
	ev := normal()
	if r, _ := d.Detect(ev); len(r.Anomalies) != 0 {
		t.Fatalf("normal: %+v", r)
	}
	ev.ResultSize, ev.Location = 2000, "EU-WEST"
	if r, _ := d.Detect(ev); !slices.Equal(types(r), []Type{TypeExcessiveData, TypeGeographicAnomaly}) {
		t.Fatalf("types = %v", types(r))
	}
	// 11 events 5 s apart: the 11th is rapid, against what was observed.
	var last Result
	for _, e := range burst(11, at(2024, 1, 15, 10, 30, 0)) {
		r, err := d.ObserveAndDetect(e)
		if err != nil {
			t.Fatal(err)
		}
		last = r
	}
	if !slices.Equal(types(last), []Type{TypeRapidRequests}) || last.Anomalies[0].Description != "Rapid requests: 11 in 60 seconds" {
		t.Fatalf("burst: %+v", last)
	}
	if d.Alert(last.Anomalies).Level != AlertNone {
		t.Fatal("one medium anomaly is no alert")
	}
}

func TestObserveAndDetectDoesNotCountItself(t *testing.T) {
	clk := &fakeClock{}
	clk.now.Store(at(2024, 1, 15, 23, 0, 0))
	d := newDetector(t, clk, WithMinEvents(1))
	ev := normal()
	r, err := d.ObserveAndDetect(ev)
	if err != nil || r.Baseline != BaselineInsufficient {
		t.Fatalf("%+v %v", r, err)
	}
	ev.Tool = "other"
	if r, _ := d.ObserveAndDetect(ev); !slices.Equal(types(r), []Type{TypeUnusualTool}) {
		t.Fatalf("second call: %+v", r)
	}
	bad := ev
	bad.ResultSize = -1
	before := d.Stats()
	if _, err := d.ObserveAndDetect(bad); !errors.Is(err, ErrInvalidEvent) || d.Stats() != before {
		t.Fatalf("bad event: %v", err)
	}
}

func TestLRUAndCaps(t *testing.T) {
	clk := &fakeClock{}
	clk.now.Store(at(2024, 1, 15, 23, 0, 0))
	d := newDetector(t, clk, WithMaxPrincipals(2), WithMaxTools(3), WithMaxLocations(1), WithMaxServers(2), WithMaxRecent(10))
	ev := normal()
	for _, p := range []string{"a", "b", "a", "c"} { // b is least recent when c arrives
		ev.Principal = p
		_ = d.Observe(ev)
	}
	if _, ok := d.Baseline("b"); ok {
		t.Fatal("b should be evicted")
	}
	if s := d.Stats(); s.Evictions != 1 || s.Principals != 2 {
		t.Fatalf("stats = %+v", s)
	}
	// Tools: t1 x3, t2 x2, t3 x1, then t4: t3 (least frequent) falls off, t4 stays.
	ev.Principal = "tools"
	for i, tool := range []string{"t1", "t1", "t1", "t2", "t2", "t3", "t4"} {
		ev.Tool, ev.Timestamp = tool, at(2024, 1, 15, 9, i, 0)
		ev.Location = fmt.Sprintf("L%d", i%2)
		ev.Server = fmt.Sprintf("S%d", i)
		_ = d.Observe(ev)
	}
	b, _ := d.Baseline("tools")
	if !slices.Equal(b.CommonTools, []string{"t1", "t2", "t4"}) || b.EventCount != 7 {
		t.Fatalf("tools = %v (%d events)", b.CommonTools, b.EventCount)
	}
	if len(b.TypicalLocations) != 1 || len(b.Servers) != 2 || !slices.Equal(b.Servers, []string{"S0", "S6"}) { // ties: the latest first use falls off
		t.Fatalf("locations %v servers %v", b.TypicalLocations, b.Servers)
	}
	s := d.Stats()
	if s.DroppedTools != 1 || s.DroppedLocations != 6 || s.DroppedServers != 5 || s.Evictions != 2 {
		t.Fatalf("stats = %+v", s)
	}
	// Rapid timestamps: at most 10 kept, the oldest dropped and counted.
	ev.Principal, ev.Tool = "fast", "t1"
	for i := range 15 {
		ev.Timestamp = at(2024, 1, 15, 12, 0, i)
		_ = d.Observe(ev)
	}
	p, _ := d.lru.Peek("fast")
	if len(p.recent) != 10 || p.recent[0] != at(2024, 1, 15, 12, 0, 5) || d.Stats().DroppedRecent != 5 {
		t.Fatalf("recent = %d from %d, dropped %d", len(p.recent), p.recent[0], d.Stats().DroppedRecent)
	}
	// Older than 60 s before the newest: dropped.
	ev.Timestamp = at(2024, 1, 15, 13, 0, 0)
	_ = d.Observe(ev)
	if len(p.recent) != 1 {
		t.Fatalf("recent after a minute: %v", p.recent)
	}
}

func TestOptionsRefused(t *testing.T) {
	for _, o := range []Option{WithLookbackDays(0), WithLookbackDays(367), WithMinEvents(-1), WithMaxPrincipals(0),
		WithMaxTools(0), WithMaxRecent(9), WithClock(nil), WithAlertConfig(AlertConfig{}), WithCheck("nope", true)} {
		if _, err := New(o); !errors.Is(err, ErrInvalidOption) {
			t.Fatalf("accepted: %v", err)
		}
	}
}

// TestConcurrentObserve: goroutines observing and detecting at once lose nothing (run with -race).
func TestConcurrentObserve(t *testing.T) {
	clk := &fakeClock{}
	clk.now.Store(at(2024, 1, 15, 23, 0, 0))
	d := newDetector(t, clk)
	const workers, each = 8, 500
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			ev := normal()
			for i := range each {
				ev.Principal = fmt.Sprintf("p%d", i%7)
				ev.Timestamp = at(2024, 1, 15, 0, 0, 0) + int64(w*each+i)*int64(time.Second)
				if _, err := d.ObserveAndDetect(ev); err != nil {
					t.Error(err)
				}
				_ = d.Stats()
			}
		})
	}
	wg.Go(func() { // exports and merges of an empty state meet the observers
		empty, _ := New()
		data, _ := empty.Export()
		for range 50 {
			if _, err := d.Export(); err != nil {
				t.Error(err)
			}
			if err := d.Merge(data); err != nil {
				t.Error(err)
			}
			_, _ = d.Baseline("p0")
		}
	})
	wg.Wait()
	total := 0
	for p := range 7 {
		b, _ := d.Baseline(fmt.Sprintf("p%d", p))
		total += b.EventCount
	}
	if s := d.Stats(); total != workers*each || s.Observed != workers*each {
		t.Fatalf("counted %d, observed %d", total, s.Observed)
	}
}

func TestRateSpike(t *testing.T) {
	clk := &fakeClock{}
	clk.now.Store(at(2024, 1, 20, 23, 0, 0))
	d := newDetector(t, clk, WithMinEvents(1))
	ev := normal()
	for day := 15; day <= 19; day++ {
		for i := range 10 {
			ev.Timestamp = at(2024, 1, day, 10, i, 0)
			if err := d.Observe(ev); err != nil {
				t.Fatal(err)
			}
		}
	}
	for i := range 31 {
		ev.Timestamp = at(2024, 1, 20, 10, i, 0)
		r, err := d.ObserveAndDetect(ev)
		if err != nil {
			t.Fatal(err)
		}
		if fired := slices.Contains(types(r), TypeRateSpike); fired != (i == 30) {
			t.Fatalf("call %d today: %+v", i+1, r.Anomalies)
		}
		if i == 30 && r.Anomalies[len(r.Anomalies)-1].Description != "Request rate spike: 31 calls today (EWMA 10.00 per day)" {
			t.Fatalf("description: %+v", r.Anomalies)
		}
	}
	if r, _ := d.Detect(ev); slices.Contains(types(r), TypeRateSpike) == false {
		t.Fatal("spike must persist for the day")
	}
	// Missing days count as zero calls: 10 on day 1, none on day 2, 20 on day 3.
	p := &principal{days: []day{{num: 100}, {num: 102}}}
	p.days[0].events, p.days[1].events = 10, 20
	ewma, today, ok := p.dailyRate(103)
	want := 0.3*20 + 0.7*(0.7*10)
	if !ok || today != 0 || math.Abs(ewma-want) > 1e-12 {
		t.Fatalf("ewma %v today %d ok %v, want %v", ewma, today, ok, want)
	}
	if _, _, ok := p.dailyRate(100); ok {
		t.Fatal("no earlier day: no rate")
	}
	if e, today, _ := p.dailyRate(102); today != 20 || e != 7 {
		t.Fatalf("day 102: %v %d", e, today)
	}
}

// TestRateCacheIsExact: the cached daily rate equals a fresh walk over the days after any mix of
// in-order, out-of-order, stale events and days rolling off.
func TestRateCacheIsExact(t *testing.T) {
	for seed := range uint64(60) {
		rng := rand.New(rand.NewPCG(seed, 5))
		evs := randomStream(rng, 300, 19000, 20)
		shuffleLocally(rng, evs)
		clk := &fakeClock{}
		d := newDetector(t, clk, WithLookbackDays(1+rng.IntN(10)))
		for _, ev := range evs {
			clk.now.Store(max(clk.read(), ev.Timestamp+rng.Int64N(int64(2*24*time.Hour))))
			observe := d.Observe
			if rng.IntN(2) == 0 {
				observe = func(ev Event) error { _, err := d.ObserveAndDetect(ev); return err }
			}
			if err := observe(ev); err != nil {
				t.Fatal(err)
			}
			p, ok := d.lru.Peek(ev.Principal)
			if !ok {
				continue
			}
			// One probe day per step, so the cache survives until the next event.
			day := dayOf(clk.read()) - int64(rng.IntN(2))
			e1, t1, ok1 := p.dailyRate(day)
			e2, t2, ok2 := p.computeDailyRate(day)
			if e1 != e2 || t1 != t2 || ok1 != ok2 {
				t.Fatalf("seed %d day %d: cached %v %d %v, fresh %v %d %v", seed, day, e1, t1, ok1, e2, t2, ok2)
			}
		}
	}
}

// TestRecencyAndStale: only Observe makes a principal recent; a stale event still gets its
// detection and is counted as stale.
func TestRecencyAndStale(t *testing.T) {
	clk := &fakeClock{}
	clk.now.Store(at(2024, 1, 15, 23, 0, 0))
	d := newDetector(t, clk, WithMaxPrincipals(2))
	ev := normal()
	for _, p := range []string{"a", "b"} {
		ev.Principal = p
		_ = d.Observe(ev)
	}
	ev.Principal = "a" // a is least recent; reading it must not change that
	_, _ = d.Detect(ev)
	_, _ = d.DetectMany([]Event{ev})
	_, _ = d.Baseline("a")
	_, _ = d.Export()
	ev.Principal = "c"
	_ = d.Observe(ev)
	if _, ok := d.Baseline("a"); ok {
		t.Fatal("a read made a recent")
	}
	stale := normal()
	stale.Principal, stale.Timestamp = "b", at(2023, 12, 1, 10, 0, 0)
	for range 10 {
		_ = d.Observe(normal())
	}
	r, err := d.ObserveAndDetect(stale)
	if err != nil || d.Stats().Stale != 1 || r.Baseline != BaselineInsufficient {
		t.Fatalf("stale: %+v %v %+v", r, err, d.Stats())
	}
}
