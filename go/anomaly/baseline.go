package anomaly

import (
	"fmt"
	"slices"
)

// Baseline is a principal's usual behaviour over a window, with SARK's fields and a few more.
// The zero Baseline is the empty one (no events).
type Baseline struct {
	CommonTools        []string    // the 10 most frequent tools; ties: earliest first use, then name
	AvgCallsPerDay     float64     // events / lookback days
	MaxCallsPerDay     int         // most events on one UTC calendar day
	TypicalHours       []int       // ascending UTC hours holding at least 10 % of the events
	TypicalDays        []int       // ascending weekdays (0 = Monday) holding at least 10 % of the events
	AvgRecordsPerQuery float64     // mean result size over events with size > 0; 0 if none
	MaxRecordsPerQuery int64       // largest result size
	MaxSensitivity     Sensitivity // highest level seen
	TypicalSensitivity Sensitivity // most frequent level; ties: earliest first use, then lower level
	TypicalLocations   []string    // every location seen, ascending

	// Beyond SARK.
	EventCount   int      // events in the window
	SizedEvents  int      // events with result size > 0
	SizeVariance float64  // sample variance (n-1) of the sizes > 0; 0 with fewer than 2
	Servers      []string // every server seen, ascending
}

// BuildBaseline is SARK's baseline over one principal's events (all are used: the caller selects
// the lookback). lookbackDays (>= 1) only divides AvgCallsPerDay. Events may come in any order.
func BuildBaseline(events []Event, lookbackDays int) (Baseline, error) {
	if lookbackDays < 1 {
		return Baseline{}, fmt.Errorf("%w: lookback days must be at least 1, got %d", ErrInvalidOption, lookbackDays)
	}
	var w window
	perDay := make(map[int64]uint32)
	for i := range events {
		ev := &events[i]
		if err := ev.Validate(); err != nil {
			return Baseline{}, fmt.Errorf("event %d: %w", i, err)
		}
		if ev.Principal != events[0].Principal {
			return Baseline{}, &EventError{Field: "principal", Reason: fmt.Sprintf("event %d is not %q's", i, events[0].Principal)}
		}
		if w.events == maxEvents {
			return Baseline{}, fmt.Errorf("%w: more than %d events", ErrCapacity, maxEvents)
		}
		day := dayOf(ev.Timestamp)
		perDay[day]++
		w.add(ev, day, perDay[day])
	}
	return w.baseline(lookbackDays), nil
}

// maxEvents is the most events one window counts (32-bit counters keep a principal small).
const maxEvents = 1<<32 - 1

// add counts ev, whose day now holds dayCount events; it returns the symbols ev used.
func (w *window) add(ev *Event, day int64, dayCount uint32) (syms [numFields]uint32, used [numFields]bool) {
	w.core.add(ev)
	w.weekdays[weekdayOfDay(day)]++
	w.maxPerDay = max(w.maxPerDay, dayCount)
	for f, v := range fieldValues(ev) {
		if v == "" {
			continue
		}
		s := &w.fields[f]
		i := s.intern(v)
		s.refs[i].add(ev.Timestamp, 1)
		syms[f], used[f] = i, true
	}
	return syms, used
}

// baseline derives the Baseline; it reads only the window's counters, never events.
func (w *window) baseline(lookbackDays int) Baseline {
	if w.events == 0 {
		return Baseline{}
	}
	b := Baseline{
		CommonTools:        w.fields[fieldTool].top(10),
		AvgCallsPerDay:     float64(w.events) / float64(lookbackDays),
		MaxCallsPerDay:     int(w.maxPerDay),
		TypicalHours:       typical(w.hours[:], w.events),
		TypicalDays:        typical(w.weekdays[:], w.events),
		MaxRecordsPerQuery: w.maxSize,
		TypicalLocations:   w.fields[fieldLocation].sorted(),
		EventCount:         int(w.events),
		SizedEvents:        int(w.sized),
		Servers:            w.fields[fieldServer].sorted(),
	}
	if w.sized > 0 {
		b.AvgRecordsPerQuery = meanOf(w.sizeSum, w.sized)
	}
	if w.sized >= 2 {
		b.SizeVariance = sampleVariance(w.sizeSum, w.sizeSq, w.sized)
	}
	for s := range w.sens {
		if w.sens[s] == 0 {
			continue
		}
		b.MaxSensitivity = Sensitivity(s)
		t := b.TypicalSensitivity
		if w.sens[t] == 0 || w.sens[s] > w.sens[t] || w.sens[s] == w.sens[t] && w.sensFirst[s] < w.sensFirst[t] {
			b.TypicalSensitivity = Sensitivity(s)
		}
	}
	return b
}

// typical lists the indices holding at least 10 % of total, in exact integer arithmetic.
func typical(counts []uint32, total uint32) []int {
	var out []int
	for i, c := range counts {
		if c > 0 && uint64(c)*10 >= uint64(total) {
			out = append(out, i)
		}
	}
	return out
}

// top returns up to k names by count (descending), then earliest first use, then name.
func (s *symbols) top(k int) []string {
	order := make([]int, 0, len(s.names))
	for i := range s.names {
		if s.refs[i].n > 0 {
			order = append(order, i)
		}
	}
	slices.SortFunc(order, s.before)
	out := make([]string, 0, min(k, len(order)))
	for _, i := range order[:min(k, len(order))] {
		out = append(out, s.names[i])
	}
	return out
}

func (s *symbols) sorted() []string {
	var out []string
	for i, n := range s.names {
		if s.refs[i].n > 0 {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}
