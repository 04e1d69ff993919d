package anomaly

import (
	"cmp"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// randomStream is n events of a few principals over days [startDay, startDay+spanDays), in a
// shuffled order with bursts, skewed tools and optional fields.
func randomStream(rng *rand.Rand, n int, startDay int64, spanDays int) []Event {
	evs := make([]Event, 0, n)
	for len(evs) < n {
		ev := Event{
			Principal:   fmt.Sprintf("p%d", rng.IntN(4)),
			Timestamp:   (startDay+int64(rng.IntN(spanDays)))*nsPerDay + rng.Int64N(nsPerDay),
			Tool:        fmt.Sprintf("t%d", min(rng.IntN(16), rng.IntN(16))),
			Sensitivity: Sensitivity(rng.IntN(5)),
		}
		if rng.IntN(3) > 0 {
			ev.ResultSize = rng.Int64N(1000)
		}
		if rng.IntN(2) == 0 {
			ev.Location = fmt.Sprintf("L%d", rng.IntN(4))
		}
		if rng.IntN(2) == 0 {
			ev.Server = fmt.Sprintf("S%d", rng.IntN(4))
		}
		evs = append(evs, ev)
		if rng.IntN(20) == 0 { // a burst of the same principal, seconds apart
			for k := range rng.IntN(15) {
				b := ev
				b.Timestamp = min(ev.Timestamp+int64(k+1)*int64(rng.IntN(8)+1)*int64(time.Second), (startDay+int64(spanDays))*nsPerDay-1)
				evs = append(evs, b)
			}
		}
	}
	return evs
}

func byPrincipal(evs []Event) map[string][]Event {
	m := map[string][]Event{}
	for _, e := range evs {
		m[e.Principal] = append(m[e.Principal], e)
	}
	return m
}

// referenceBaseline computes SARK's baseline straight from the events, the obvious way.
func referenceBaseline(evs []Event, lookbackDays int) Baseline {
	if len(evs) == 0 {
		return Baseline{}
	}
	type seen struct {
		n     int
		first int64
	}
	tools, perDay := map[string]*seen{}, map[int64]int{}
	hours, days := map[int]int{}, map[int]int{}
	sens := map[Sensitivity]*seen{}
	locs, servers := map[string]bool{}, map[string]bool{}
	var sizes []int64
	b := Baseline{EventCount: len(evs), AvgCallsPerDay: float64(len(evs)) / float64(lookbackDays)}
	for _, e := range evs {
		for _, m := range []struct {
			m   map[string]*seen
			key string
		}{{tools, e.Tool}} {
			if s, ok := m.m[m.key]; ok {
				s.n++
				s.first = min(s.first, e.Timestamp)
			} else {
				m.m[m.key] = &seen{1, e.Timestamp}
			}
		}
		if s, ok := sens[e.Sensitivity]; ok {
			s.n++
			s.first = min(s.first, e.Timestamp)
		} else {
			sens[e.Sensitivity] = &seen{1, e.Timestamp}
		}
		t := time.Unix(0, e.Timestamp).UTC()
		hours[t.Hour()]++
		days[(int(t.Weekday())+6)%7]++
		perDay[e.Timestamp/nsPerDay]++
		b.MaxCallsPerDay = max(b.MaxCallsPerDay, perDay[e.Timestamp/nsPerDay])
		if e.ResultSize > 0 {
			sizes = append(sizes, e.ResultSize)
		}
		b.MaxRecordsPerQuery = max(b.MaxRecordsPerQuery, e.ResultSize)
		b.MaxSensitivity = max(b.MaxSensitivity, e.Sensitivity)
		if e.Location != "" {
			locs[e.Location] = true
		}
		if e.Server != "" {
			servers[e.Server] = true
		}
	}
	names := make([]string, 0, len(tools))
	for n := range tools {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		ta, tb := tools[a], tools[b]
		return cmp.Or(cmp.Compare(tb.n, ta.n), cmp.Compare(ta.first, tb.first), cmp.Compare(a, b))
	})
	b.CommonTools = names[:min(10, len(names))]
	for h := range 24 {
		if hours[h] > 0 && float64(hours[h]) >= float64(len(evs))/10 {
			b.TypicalHours = append(b.TypicalHours, h)
		}
	}
	for d := range 7 {
		if days[d] > 0 && float64(days[d]) >= float64(len(evs))/10 {
			b.TypicalDays = append(b.TypicalDays, d)
		}
	}
	best := Sensitivity(255)
	for s := SensitivityNone; s <= SensitivityCritical; s++ {
		if x, ok := sens[s]; ok && (best == 255 || x.n > sens[best].n || x.n == sens[best].n && x.first < sens[best].first) {
			best = s
		}
	}
	b.TypicalSensitivity = best
	for l := range locs {
		b.TypicalLocations = append(b.TypicalLocations, l)
	}
	slices.Sort(b.TypicalLocations)
	for s := range servers {
		b.Servers = append(b.Servers, s)
	}
	slices.Sort(b.Servers)
	b.SizedEvents = len(sizes)
	if len(sizes) > 0 {
		sum := new(big.Rat)
		for _, s := range sizes {
			sum.Add(sum, new(big.Rat).SetInt64(s))
		}
		mean := new(big.Rat).Quo(sum, new(big.Rat).SetInt64(int64(len(sizes))))
		b.AvgRecordsPerQuery, _ = mean.Float64()
		if len(sizes) > 1 {
			ss := new(big.Rat)
			for _, s := range sizes {
				d := new(big.Rat).Sub(new(big.Rat).SetInt64(s), mean)
				ss.Add(ss, d.Mul(d, d))
			}
			b.SizeVariance, _ = ss.Quo(ss, new(big.Rat).SetInt64(int64(len(sizes)-1))).Float64()
		}
	}
	return b
}

func sameBaseline(a, b Baseline) bool { return fmt.Sprintf("%+v", a) == fmt.Sprintf("%+v", b) }

func TestBuildBaselineMatchesReference(t *testing.T) {
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 1))
		evs := randomStream(rng, 1+rng.IntN(120), 19000, 1+rng.IntN(40))
		for p, pe := range byPrincipal(evs) {
			got, err := BuildBaseline(pe, 30)
			if err != nil {
				t.Fatal(err)
			}
			if want := referenceBaseline(pe, 30); !sameBaseline(got, want) {
				t.Fatalf("seed %d %s:\n got %+v\nwant %+v", seed, p, got, want)
			}
		}
	}
}

func TestBuildBaselineEdges(t *testing.T) {
	if b, err := BuildBaseline(nil, 30); err != nil || !sameBaseline(b, Baseline{}) {
		t.Fatalf("no events: %+v, %v", b, err)
	}
	// Ties in tool counts go to the earliest first use; 11 tools keep the first 10.
	var evs []Event
	for i := range 11 {
		e := normal()
		e.Tool, e.Timestamp = fmt.Sprintf("k%02d", 10-i), at(2024, 1, 15, 9, i, 0)
		evs = append(evs, e)
	}
	b, _ := BuildBaseline(evs, 7)
	if b.CommonTools[0] != "k10" || slices.Contains(b.CommonTools, "k00") || len(b.CommonTools) != 10 {
		t.Fatalf("common tools = %v", b.CommonTools)
	}
	if b.AvgCallsPerDay != 11.0/7 {
		t.Fatalf("avg = %v", b.AvgCallsPerDay)
	}
	// Exactly 10 % is typical: 1 event at 03:00 among 10.
	evs = evs[:10]
	evs[0].Timestamp = at(2024, 1, 15, 3, 0, 0)
	b, _ = BuildBaseline(evs, 30)
	if !slices.Equal(b.TypicalHours, []int{3, 9}) {
		t.Fatalf("hours = %v", b.TypicalHours)
	}
	// Sizes at the limit stay exact.
	for i := range evs {
		evs[i].ResultSize = 0
	}
	evs[0].ResultSize, evs[1].ResultSize = MaxResultSize, MaxResultSize-1
	b, _ = BuildBaseline(evs, 30)
	want, _ := big.NewRat(2*MaxResultSize-1, 2).Float64() // correctly rounded, as Python's int/int
	if b.AvgRecordsPerQuery != want || b.MaxRecordsPerQuery != MaxResultSize || b.SizeVariance != 0.5 {
		t.Fatalf("wide sizes: %v %v", b.AvgRecordsPerQuery, b.MaxRecordsPerQuery)
	}
	evs[1].Principal = "bob"
	if _, err := BuildBaseline(evs, 30); !errors.Is(err, ErrInvalidEvent) {
		t.Fatalf("mixed principals: %v", err)
	}
	if _, err := BuildBaseline(evs, 0); !errors.Is(err, ErrInvalidOption) {
		t.Fatalf("lookback 0: %v", err)
	}
}
