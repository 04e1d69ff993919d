package anomaly

import (
	"cmp"
	"slices"
	"strings"
)

// view is what the checks ask of a baseline. A Baseline answers from its lists (DetectAgainst);
// an online window answers from its counters without building the lists, which it builds only
// for an anomaly that fires. TestOnlineEqualsBatch holds the two to the same answers.
type view interface {
	eventCount() int
	isCommonTool(tool string) bool
	commonTools() []string
	typicalHours() []int
	isTypicalHour(h int) (typical, anyTypical bool)
	typicalDays() []int
	isTypicalDay(d int) (typical, anyTypical bool)
	maxRecords() int64
	maxSensitivity() Sensitivity
	locations() []string
	isLocation(loc string) (known, anyKnown bool)
	servers() []string
	isServer(s string) bool
	sizeStats() (sized int, mean, variance float64)
}

func (b *Baseline) eventCount() int               { return b.EventCount }
func (b *Baseline) isCommonTool(tool string) bool { return slices.Contains(b.CommonTools, tool) }
func (b *Baseline) commonTools() []string         { return b.CommonTools }
func (b *Baseline) typicalHours() []int           { return b.TypicalHours }
func (b *Baseline) typicalDays() []int            { return b.TypicalDays }
func (b *Baseline) maxRecords() int64             { return b.MaxRecordsPerQuery }
func (b *Baseline) maxSensitivity() Sensitivity   { return b.MaxSensitivity }
func (b *Baseline) locations() []string           { return b.TypicalLocations }
func (b *Baseline) servers() []string             { return b.Servers }
func (b *Baseline) isServer(s string) bool        { return slices.Contains(b.Servers, s) }
func (b *Baseline) isTypicalHour(h int) (bool, bool) {
	return slices.Contains(b.TypicalHours, h), len(b.TypicalHours) > 0
}
func (b *Baseline) isTypicalDay(d int) (bool, bool) {
	return slices.Contains(b.TypicalDays, d), len(b.TypicalDays) > 0
}
func (b *Baseline) isLocation(l string) (bool, bool) {
	return slices.Contains(b.TypicalLocations, l), len(b.TypicalLocations) > 0
}
func (b *Baseline) sizeStats() (int, float64, float64) {
	return b.SizedEvents, b.AvgRecordsPerQuery, b.SizeVariance
}

func (w *window) eventCount() int { return int(w.events) }

// isCommonTool: tool is among the top 10 when fewer than 10 tools rank above it.
func (w *window) isCommonTool(tool string) bool {
	s := &w.fields[fieldTool]
	i, ok := s.find(tool)
	if !ok || s.refs[i].n == 0 {
		return false
	}
	above := 0
	for j := range s.refs {
		if j != int(i) && s.before(j, int(i)) < 0 {
			above++
		}
	}
	return above < commonToolsCount
}

// before orders symbols as top does: count descending, earliest first use, name.
func (s *symbols) before(a, b int) int {
	ra, rb := &s.refs[a], &s.refs[b]
	switch { // not cmp.Or: it would compare the names every time
	case ra.n != rb.n:
		return cmp.Compare(rb.n, ra.n)
	case ra.first != rb.first:
		return cmp.Compare(ra.first, rb.first)
	}
	return strings.Compare(s.names[a], s.names[b])
}

func (w *window) commonTools() []string { return w.fields[fieldTool].top(commonToolsCount) }
func (w *window) typicalHours() []int   { return typical(w.hours[:], w.events) }
func (w *window) typicalDays() []int    { return typical(w.weekdays[:], w.events) }

func (w *window) isTypicalHour(h int) (bool, bool) { return isTypical(w.hours[:], h, w.events) }
func (w *window) isTypicalDay(d int) (bool, bool)  { return isTypical(w.weekdays[:], d, w.events) }

func isTypical(counts []uint32, i int, total uint32) (typical, anyTypical bool) {
	is := func(c uint32) bool { return c > 0 && uint64(c)*10 >= uint64(total) }
	if is(counts[i]) {
		return true, true
	}
	return false, slices.ContainsFunc(counts, is)
}

func (w *window) maxRecords() int64 { return w.maxSize }

func (w *window) maxSensitivity() Sensitivity {
	for s := SensitivityCritical; s > SensitivityNone; s-- {
		if w.sens[s] > 0 {
			return s
		}
	}
	return SensitivityNone
}

func (w *window) locations() []string { return w.fields[fieldLocation].sorted() }
func (w *window) servers() []string   { return w.fields[fieldServer].sorted() }

func (w *window) isLocation(l string) (bool, bool) {
	_, ok := w.fields[fieldLocation].find(l)
	return ok, len(w.fields[fieldLocation].names) > 0
}

func (w *window) isServer(s string) bool {
	_, ok := w.fields[fieldServer].find(s)
	return ok
}

func (w *window) sizeStats() (sized int, mean, variance float64) {
	if w.sized > 0 {
		mean = meanOf(w.sizeSum, w.sized)
	}
	if w.sized >= 2 {
		variance = sampleVariance(w.sizeSum, w.sizeSq, w.sized)
	}
	return int(w.sized), mean, variance
}
