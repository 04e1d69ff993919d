package anomaly

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// streamInto observes evs into a new detector at a fixed clock.
func streamInto(t testing.TB, now int64, evs []Event, opts ...Option) *Detector {
	t.Helper()
	clk := &fakeClock{}
	clk.now.Store(now)
	d := newDetector(t, clk, opts...)
	for _, ev := range evs {
		if err := d.Observe(ev); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func mustExport(t testing.TB, d *Detector) []byte {
	t.Helper()
	b, err := d.Export()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const streamEnd = 19020 // the day after randomStream(…, 19000, ≤ 20 days)

func TestExportImportRoundTrip(t *testing.T) {
	for seed := range uint64(50) {
		rng := rand.New(rand.NewPCG(seed, 3))
		evs := randomStream(rng, 1+rng.IntN(300), 19000, 1+rng.IntN(20))
		now := streamEnd*nsPerDay + rng.Int64N(nsPerDay)
		a := streamInto(t, now, evs, WithLookbackDays(15))
		data := mustExport(t, a)
		b := streamInto(t, now, nil, WithLookbackDays(15))
		if err := b.Import(data); err != nil {
			t.Fatal(err)
		}
		if again := mustExport(t, b); !bytes.Equal(data, again) {
			t.Fatalf("seed %d: export differs after a round trip\n%s\n%s", seed, data, again)
		}
		for p := range byPrincipal(evs) {
			ba, _ := a.Baseline(p)
			bb, _ := b.Baseline(p)
			probe := evs[rng.IntN(len(evs))]
			probe.Principal, probe.Timestamp = p, now
			ra, _ := a.Detect(probe)
			rb, _ := b.Detect(probe)
			if !sameBaseline(ba, bb) || fmt.Sprint(ra) != fmt.Sprint(rb) {
				t.Fatalf("seed %d %s: baseline or detection differs after a round trip", seed, p)
			}
		}
	}
}

// TestMergeLaw: states built from disjoint parts of one stream merge into the state of the whole.
func TestMergeLaw(t *testing.T) {
	for seed := range uint64(100) {
		rng := rand.New(rand.NewPCG(seed, 4))
		evs := randomStream(rng, 1+rng.IntN(300), 19000, 1+rng.IntN(20))
		now := streamEnd*nsPerDay + rng.Int64N(nsPerDay)
		opts := []Option{WithLookbackDays(1 + rng.IntN(20)), WithMaxRecent(10 + rng.IntN(20))}
		whole := mustExport(t, streamInto(t, now, evs, opts...))
		parts := make([][]Event, 1+rng.IntN(4))
		for _, ev := range evs {
			k := rng.IntN(len(parts))
			parts[k] = append(parts[k], ev)
		}
		merged := streamInto(t, now, nil, opts...)
		for _, part := range parts {
			if err := merged.Merge(mustExport(t, streamInto(t, now, part, opts...))); err != nil {
				t.Fatal(err)
			}
		}
		if got := mustExport(t, merged); !bytes.Equal(got, whole) {
			t.Fatalf("seed %d: merged state differs\n got %s\nwant %s", seed, got, whole)
		}
	}
}

func TestMergeIntoLiveState(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	evs := randomStream(rng, 400, 19000, 20)
	now := streamEnd * nsPerDay
	whole := mustExport(t, streamInto(t, now, evs))
	live := streamInto(t, now, evs[:150])
	if err := live.Merge(mustExport(t, streamInto(t, now, evs[150:]))); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mustExport(t, live), whole) {
		t.Fatal("merge into a live detector differs from the whole stream")
	}
}

func TestImportRefusesAndChangesNothing(t *testing.T) {
	now := at(2024, 1, 15, 23, 0, 0)
	d := streamInto(t, now, sarkHistory())
	good := mustExport(t, d)
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		_ = json.Unmarshal(good, &m)
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	day0 := func(m map[string]any) map[string]any {
		return m["principals"].([]any)[0].(map[string]any)["days"].([]any)[0].(map[string]any)
	}
	corrupt := map[string][]byte{
		"empty":          nil,
		"not json":       []byte("{"),
		"trailing":       append(append([]byte{}, good...), []byte(" {}")...),
		"format":         edit(func(m map[string]any) { m["format"] = "other" }),
		"version 0":      edit(func(m map[string]any) { m["version"] = 0 }),
		"unknown field":  edit(func(m map[string]any) { m["extra"] = 1 }),
		"lookback":       edit(func(m map[string]any) { m["lookback_days"] = 0 }),
		"hours sum":      edit(func(m map[string]any) { day0(m)["hours"].([]any)[9] = 99 }),
		"hours length":   edit(func(m map[string]any) { day0(m)["hours"] = []any{1} }),
		"negative count": edit(func(m map[string]any) { day0(m)["events"] = -1 }),
		"float count":    edit(func(m map[string]any) { day0(m)["events"] = 1.5 }),
		"size sum":       edit(func(m map[string]any) { day0(m)["size_sum"] = "x" }),
		"size too big":   edit(func(m map[string]any) { day0(m)["size_sum"] = "1" + strings.Repeat("0", 60) }),
		"max size":       edit(func(m map[string]any) { day0(m)["max_size"] = 0 }),
		"tool first":     edit(func(m map[string]any) { day0(m)["tools"].([]any)[0].(map[string]any)["first"] = 0 }),
		"tool count":     edit(func(m map[string]any) { day0(m)["tools"].([]any)[0].(map[string]any)["count"] = 1000 }),
		"future day":     edit(func(m map[string]any) { day0(m)["day"] = 20000 }),
		"principal":      edit(func(m map[string]any) { m["principals"].([]any)[0].(map[string]any)["principal"] = "" }),
		"recent":         edit(func(m map[string]any) { m["principals"].([]any)[0].(map[string]any)["recent"] = []any{1} }),
	}
	for name, data := range corrupt {
		for _, load := range []func([]byte) error{d.Import, d.Merge} {
			if err := load(data); !errors.Is(err, ErrInvalidState) {
				t.Fatalf("%s: %v", name, err)
			}
			if !bytes.Equal(mustExport(t, d), good) {
				t.Fatalf("%s: state changed", name)
			}
		}
	}
	newer := edit(func(m map[string]any) { m["version"] = StateVersion + 1; m["whatever"] = true })
	if err := d.Import(newer); !errors.Is(err, ErrUnsupportedVersion) || errors.Is(err, ErrInvalidState) {
		t.Fatalf("newer version: %v", err)
	}
	if !bytes.Equal(mustExport(t, d), good) {
		t.Fatal("newer version: state changed")
	}
}

func TestImportAppliesLimits(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	evs := randomStream(rng, 300, 19000, 20)
	now := streamEnd * nsPerDay
	data := mustExport(t, streamInto(t, now, evs))
	d := streamInto(t, now, nil, WithMaxPrincipals(2), WithMaxTools(2), WithLookbackDays(3))
	if err := d.Import(data); err != nil {
		t.Fatal(err)
	}
	s := d.Stats()
	if s.Principals != 2 || s.Evictions != 2 || s.DroppedTools == 0 {
		t.Fatalf("stats = %+v", s)
	}
	// The two principals kept are those with the latest newest timestamps, the latest last.
	type latest struct {
		ts   int64
		name string
	}
	var newest []latest
	for p, pe := range byPrincipal(evs) {
		m := slices.MaxFunc(pe, func(a, b Event) int { return cmp.Compare(a.Timestamp, b.Timestamp) })
		newest = append(newest, latest{m.Timestamp, p})
	}
	slices.SortFunc(newest, func(a, b latest) int { return cmp.Compare(a.ts, b.ts) })
	if keys := d.lru.Keys(); fmt.Sprint(keys) != fmt.Sprint([]string{newest[2].name, newest[3].name}) {
		t.Fatalf("kept %v, newest order %v", keys, newest)
	}
	for _, p := range d.lru.Keys() {
		b, _ := d.Baseline(p)
		if len(b.CommonTools) > 2 {
			t.Fatalf("%s: %v", p, b.CommonTools)
		}
	}
	// Import replaces: a principal known before is gone if the state lacks it.
	d2 := streamInto(t, now, []Event{{Principal: "zed", Timestamp: now - int64(time.Hour), Tool: "x"}})
	if err := d2.Import(data); err != nil {
		t.Fatal(err)
	}
	if _, ok := d2.Baseline("zed"); ok {
		t.Fatal("Import kept a principal the state lacks")
	}
}

// TestImportManyValuesIsFast: a state with thousands of tools for one principal imports into a
// detector capped at 64 tools in bounded time, keeping the 64 strongest (count, first use, name).
func TestImportManyValuesIsFast(t *testing.T) {
	now := at(2024, 1, 15, 23, 0, 0)
	var evs []Event
	for i := range 5000 {
		for k := range 1 + i%3 {
			e := normal()
			e.Tool = fmt.Sprintf("tool-%05d", i)
			e.Timestamp = at(2024, 1, 15, 0, 0, 0) + int64(i*3+k)*int64(time.Millisecond)
			evs = append(evs, e)
		}
	}
	data := mustExport(t, streamInto(t, now, evs, WithMaxTools(1<<16)))
	d := streamInto(t, now, nil, WithMaxTools(64))
	start := time.Now()
	if err := d.Import(data); err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el > 20*time.Second { // a hang guard, not a speed test
		t.Fatalf("import took %v", el)
	}
	// Strongest: count 3 (i%3 == 2), earliest first: tool-00002, tool-00005, ...
	p, _ := d.lru.Peek("alice")
	got := p.win.fields[fieldTool].sorted()
	var want []string
	for i := 2; len(want) < 64; i += 3 {
		want = append(want, fmt.Sprintf("tool-%05d", i))
	}
	if fmt.Sprint(got) != fmt.Sprint(want) || d.Stats().DroppedTools != 5000-64 {
		t.Fatalf("kept %v, dropped %d", got, d.Stats().DroppedTools)
	}
}

// TestExportFormat pins the version 1 format of README.md section 5 on a one-event state.
func TestExportFormat(t *testing.T) {
	ts := at(2024, 1, 15, 10, 0, 0) // 1705312800000000000, day 19737
	d := streamInto(t, at(2024, 1, 15, 12, 0, 0), []Event{{Principal: "alice", Timestamp: ts, Tool: "tool1",
		Sensitivity: SensitivityHigh, ResultSize: 7, Location: "US-EAST", Server: "s<1>"}})
	want := `{"format":"sark-accel/anomaly-state","version":1,"lookback_days":30,"principals":[` +
		`{"principal":"alice","newest":1705312800000000000,"recent":[1705312800000000000],"days":[` +
		`{"day":19737,"events":1,"hours":[0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0],` +
		`"sensitivity":[0,0,0,1,0],"sensitivity_first":[0,0,0,1705312800000000000,0],` +
		`"sized":1,"size_sum":"7","size_square_sum":"49","max_size":7,` +
		`"tools":[{"name":"tool1","count":1,"first":1705312800000000000}],` +
		`"locations":[{"name":"US-EAST","count":1,"first":1705312800000000000}],` +
		`"servers":[{"name":"s\u003c1\u003e","count":1,"first":1705312800000000000}]}]}]}`
	if got := string(mustExport(t, d)); got != want {
		t.Fatalf("export:\n got %s\nwant %s", got, want)
	}
}
