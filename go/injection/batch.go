package injection

import (
	"strings"

	"github.com/wasilibs/go-re2"
)

// A document of many small units (a 1,000-parameter call) used to cost RE2 calls per unit,
// and each call has a fixed cost (with wasm2go a Wasm call, a copy, a result buffer).
// Instead, one pass of the "batch union" runs over the normalised texts of all units joined
// by NUL bytes, and only units near one of its matches get the pattern passes.
//
// The batch union is the alternation of all patterns with '^' written (?:^|\x00) and '$'
// written (?:$|\x00): a match of a pattern inside a unit is then also a match in the joined
// text, starting at most one byte before the unit (the NUL it may consume). Matches that
// the joined text adds (across units, or on a NUL) only mark more units. As for the union
// (locate.go), every start of a match of the batch union lies inside one of the spans its
// FindAll returns, so a unit none of those spans touches (from the byte before it to its
// end) has no match of any pattern.

// batchMinUnits: documents with fewer units scan each unit directly.
const batchMinUnits = 16

func (lib *library) batchRegexp() *re2.Regexp {
	lib.batchOnce.Do(func() {
		if len(lib.patterns) == 0 {
			return
		}
		var b strings.Builder
		for i, p := range lib.patterns {
			if i > 0 {
				b.WriteByte('|')
			}
			rx, _ := replaceAnchors(p.Regex, `(?:^|\x00)`, `(?:$|\x00)`)
			b.WriteString("(?:")
			b.WriteString(rx)
			b.WriteByte(')')
		}
		if re, err := re2.Compile(b.String()); err == nil {
			lib.batch = re
		}
	})
	return lib.batch
}

// markUnitsWithoutMatches sets noPatterns on every unit in which no pattern can match.
func (s *scan) markUnitsWithoutMatches() {
	if len(s.units) < batchMinUnits {
		return
	}
	re := s.lib.batchRegexp()
	if re == nil {
		return
	}
	starts := make([]int, len(s.units))
	ends := make([]int, len(s.units))
	joined := make([]byte, 0, s.bytes+len(s.units))
	for i := range s.units {
		if i > 0 {
			joined = append(joined, 0)
		}
		starts[i] = len(joined)
		joined = s.d.table.normalize(joined, s.units[i].text)
		ends[i] = len(joined)
	}
	spans := re.FindAllIndex(joined, -1)
	k := 0
	for i := range s.units {
		for k < len(spans) && spans[k][1] <= starts[i]-1 {
			k++ // ends before the byte preceding this unit
		}
		touched := k < len(spans) && spans[k][0] < ends[i]
		s.units[i].noPatterns = !touched
	}
}
