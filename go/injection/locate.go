package injection

import (
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/wasilibs/go-re2"
)

// Locating matches. A pattern's matches are all its non-overlapping leftmost-first matches
// over the whole normalised text (FindAll semantics). Every RE2 pass costs per byte (about
// 1-2 ns with libre2, 3-4 ns with wasm2go) plus a fixed cost per call (0.1-0.2 us with
// libre2, about 1 us with wasm2go); asking for a group's span costs a backtracking pass over
// the match on top (about 2 us with libre2). The naive way (one FindAll with groups per
// matched pattern) costs one more full pass per matched pattern, and a full pass after the
// last match only to learn that there is none.
//
// Instead the library first runs the union U = P1|P2|...|Pn (DFA only). Its matches are
// spans [s, e) with this property: every position where any pattern has a match lies in
// some span. (U's search from position p finds the leftmost position >= p where any pattern
// matches; positions inside the span it returns are skipped, positions between spans have no
// match.) No first span means no matches at all, so benign text costs a single pass.
// Otherwise the Set, run from the first span on, names the candidate patterns. In a short
// text each is found by FindAll from the first span on (findAllFrom, spans only), and when
// several are, the searches that would find nothing more are mostly replaced by one more Set
// pass (findFirstThenRest); in a long text the rest of U's FindAll gives every span and each
// candidate is located span by span:
//
//   - near check: does the pattern have a match starting within nearChars characters after q?
//     ^(?s:.){0,K}?(?:P) with MatchString on text[q:] (earliest match: the DFA stops at once);
//   - if so, the leftmost match starting at or after q: FindStringIndex(P) on text[q:].
//
// Either way, if P has a group, group 1 follows from the match's span for most patterns
// (boundary.go), else it comes from FindStringSubmatchIndex on just the match, with a byte
// 0xff on each side that is not an end of the text.
//
// Each step answers exactly what a search over the whole text answers:
//
//   - Searching text[q:] for q > 0 would let '^' match at q; the locator regexes have every
//     '^' anchor replaced by a class that matches nothing (in the full text '^' cannot match
//     at q > 0 either). '$' needs no change: text[q:] ends where the text ends.
//   - Other context the dialect could see does not exist (no \b, no lookaround), so a match
//     starting at s depends only on text[s:] and on whether s == 0.
//   - The byte 0xff is not valid UTF-8: no character class, '.' or literal matches it, so no
//     match can include it. '^' before it and '$' after it can then never be part of a match,
//     and the text between keeps exactly the paths the full text has that end there. The
//     match found is the leftmost-first one at s, the same path, so the same groups.
//
// Anything unexpected (a regex that does not compile, a result that disagrees) falls back to
// the full-text FindAll for that pattern.

const (
	// nearChars: start positions one near check covers after q (in characters).
	nearChars = 63
	// spanMinBytes: shorter normalised texts locate each candidate with one FindAll from the
	// union's first match on (findAllFrom): below about 2 KB that costs less than the rest
	// of the union pass plus the calls per span, with libre2 and with wasm2go alike.
	spanMinBytes = 2048
	// neverMatch replaces '^' in locator regexes: an empty class, which matches nothing.
	neverMatch = `(?:[^\x00-\x{10FFFF}])`
)

// locateFallbacks counts span locates that gave up (tests expect none for the shipped library).
var locateFallbacks atomic.Int64

// locators are a pattern's extra regexes, compiled on first use.
type locators struct {
	once  sync.Once
	ok    bool
	tail  *re2.Regexp // the pattern with '^' neutralised: searches text[q:] for q > 0
	near0 *re2.Regexp // ^(?s:.){0,K}?(?:P): starts within K characters of position 0
	near  *re2.Regexp // the same with '^' neutralised in P: starts within K of q > 0
}

func (p *compiledPattern) locators() *locators {
	l := &p.loc
	l.once.Do(func() {
		tail := p.re
		tailRx := p.Regex
		if rx, changed := withoutBegin(p.Regex); changed {
			re, err := re2.Compile(rx)
			if err != nil {
				return
			}
			tail, tailRx = re, rx
		}
		prefix := "^(?s:.){0," + itoa(nearChars) + "}?(?:"
		near0, err := re2.Compile(prefix + p.Regex + ")")
		if err != nil {
			return
		}
		near := near0
		if tail != p.re {
			if near, err = re2.Compile(prefix + tailRx + ")"); err != nil {
				return
			}
		}
		l.tail, l.near0, l.near, l.ok = tail, near0, near, true
	})
	return l
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// withoutBegin replaces every '^' anchor of a dialect regex by neverMatch.
func withoutBegin(rx string) (string, bool) { return replaceAnchors(rx, neverMatch, "$") }

// replaceAnchors replaces the '^' and '$' anchors of a dialect regex. It walks the regex the
// way the dialect parser does: escapes are "\xHH" or a backslash and one ASCII punctuation
// character, and a class runs to the first unescaped ']'.
func replaceAnchors(rx, caret, dollar string) (string, bool) {
	if !strings.ContainsAny(rx, "^$") {
		return rx, false
	}
	var b strings.Builder
	b.Grow(len(rx) + 32)
	changed, inClass := false, false
	for i := 0; i < len(rx); i++ {
		c := rx[i]
		switch {
		case c == '\\':
			n := 2
			if i+1 < len(rx) && rx[i+1] == 'x' {
				n = 4
			}
			end := min(i+n, len(rx))
			b.WriteString(rx[i:end])
			i = end - 1
		case inClass:
			if c == ']' {
				inClass = false
			}
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
			if i+1 < len(rx) && rx[i+1] == '^' { // negation, not an anchor
				b.WriteByte('^')
				i++
			}
		case c == '^' && caret != "^":
			b.WriteString(caret)
			changed = true
		case c == '$' && dollar != "$":
			b.WriteString(dollar)
			changed = true
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), changed
}

// union is the alternation of every pattern, compiled on first use (nil if it does not
// compile, for example when it exceeds RE2's memory budget).
func (lib *library) unionRegexp() *re2.Regexp {
	lib.unionOnce.Do(func() {
		if len(lib.patterns) == 0 {
			return
		}
		var b strings.Builder
		for i, p := range lib.patterns {
			if i > 0 {
				b.WriteByte('|')
			}
			b.WriteString("(?:")
			b.WriteString(p.Regex)
			b.WriteByte(')')
		}
		if re, err := re2.Compile(b.String()); err == nil {
			lib.union = re
		}
	})
	return lib.union
}

// unionSpansAfter continues the union's FindAll after its first match: the same iteration
// (it resumes where that match ends), over "\xff"+norm[first[1]:] so that '^' cannot match
// at the cut (see the top of this file).
func (lib *library) unionSpansAfter(norm string, first []int) [][]int {
	spans := [][]int{first}
	if first[1] >= len(norm) {
		return spans
	}
	shift := first[1] - 1
	for _, m := range lib.union.FindAllStringIndex("\xff"+norm[first[1]:], -1) {
		spans = append(spans, []int{m[0] + shift, m[1] + shift})
	}
	return spans
}

// patternMatch is one match of a pattern: the reported byte span of normalised text (group 1
// when the pattern has one and it took part with a non-empty span, else the whole match).
type patternMatch struct{ start, end int }

// findAll returns every match of p in norm with a full-text pass (the reference method).
func (p *compiledPattern) findAll(norm string, out []patternMatch) []patternMatch {
	for _, m := range p.re.FindAllStringSubmatchIndex(norm, -1) {
		bs, be := m[0], m[1]
		if p.groups > 0 && m[2] >= 0 && m[3] > m[2] {
			bs, be = m[2], m[3]
		}
		out = append(out, patternMatch{bs, be})
	}
	return out
}

// findAllFrom returns what findAll returns, for a text in which no match of p starts before
// byte q: FindAll over norm[q:] with '^' neutralised (the tail locator) finds the same
// matches (see the top of this file), by their spans only; reported adds the groups. ok is
// false if a locator misbehaved; the caller then uses findAll.
func (p *compiledPattern) findAllFrom(norm string, q int, out []patternMatch) (_ []patternMatch, ok bool) {
	re := p.re
	if q > 0 {
		l := p.locators()
		if !l.ok {
			return out, false
		}
		re = l.tail
	}
	for _, m := range re.FindAllStringIndex(norm[q:], -1) {
		bs, be, ok := p.reported(norm, q+m[0], q+m[1])
		if !ok {
			return out, false
		}
		out = append(out, patternMatch{bs, be})
	}
	return out, true
}

// findInSpans returns every match of p in norm, given spans that contain every start of every
// match (see the comment at the top). ok is false if a locator misbehaved; the caller then
// uses findAll.
func (p *compiledPattern) findInSpans(norm string, spans [][]int, out []patternMatch) (_ []patternMatch, ok bool) {
	l := p.locators()
	if !l.ok {
		return out, false
	}
	pos := 0 // end of the previous match: the next one starts at or after it
	for _, sp := range spans {
		if sp[1] <= pos {
			continue
		}
		q := max(pos, sp[0])
		for q < sp[1] {
			near := l.near
			if q == 0 {
				near = l.near0
			}
			if !near.MatchString(norm[q:]) {
				// No match starts at q .. q+nearChars characters (>= that many bytes).
				q = runeStartAtOrAfter(norm, q+nearChars+1)
				continue
			}
			var m []int
			if q == 0 {
				m = p.re.FindStringIndex(norm)
			} else {
				m = l.tail.FindStringIndex(norm[q:])
			}
			if m == nil || m[1] <= m[0] || m[0] > nearChars*utf8.UTFMax {
				return out, false
			}
			s, e := q+m[0], q+m[1]
			bs, be, ok := p.reported(norm, s, e)
			if !ok {
				return out, false
			}
			out = append(out, patternMatch{bs, be})
			pos, q = e, e
		}
	}
	return out, true
}

// reported turns the match [s, e) into the reported span: group 1 if the pattern has one
// that took part with a non-empty span.
func (p *compiledPattern) reported(norm string, s, e int) (int, int, bool) {
	if p.groups == 0 {
		return s, e, true
	}
	if p.boundary {
		if gs, ge, ok := boundaryGroup(norm, s, e); ok {
			if ge > gs {
				return gs, ge, true
			}
			return s, e, true
		}
	}
	var b []byte
	lead := 0
	if s > 0 {
		b = append(b, 0xff)
		lead = 1
	}
	b = append(b, norm[s:e]...)
	if e < len(norm) {
		b = append(b, 0xff)
	}
	m := p.re.FindStringSubmatchIndex(string(b))
	if m == nil || m[0] != lead || m[1] != lead+e-s {
		return 0, 0, false
	}
	if m[2] >= 0 && m[3] > m[2] {
		return s + m[2] - lead, s + m[3] - lead, true
	}
	return s, e, true
}

func runeStartAtOrAfter(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return i
}

// find calls yield for every match of every pattern in norm: patterns in library order, each
// pattern's matches in text order (the order the reference generates findings in).
func (lib *library) find(norm string, yield func(*compiledPattern, patternMatch)) {
	if len(lib.patterns) == 0 {
		return
	}
	var spans [][]int
	var idx []int
	from := 0 // no pattern matches before this byte
	switch {
	case lib.unionRegexp() != nil:
		first := lib.union.FindStringIndex(norm)
		if first == nil {
			return // no pattern matches anywhere
		}
		// No pattern matches before the first span, so the Set only needs norm[first[0]:].
		// There '^' can match at the cut, which only adds candidates: the locators are
		// exact. On a large text it runs beside the rest of the union pass.
		from = first[0]
		switch {
		case len(norm) < spanMinBytes:
			idx = lib.matchedPatterns(norm[from:])
		case len(norm) >= parallelUnitBytes && runtime.GOMAXPROCS(0) > 1:
			wait := spawn(func() { idx = lib.matchedPatterns(norm[from:]) })
			spans = lib.unionSpansAfter(norm, first)
			wait()
		default:
			idx = lib.matchedPatterns(norm[from:])
			spans = lib.unionSpansAfter(norm, first)
		}
	default:
		idx = lib.matchedPatterns(norm)
	}
	if spans == nil && len(idx) >= 2 && lib.findFirstThenRest(norm, from, idx, yield) {
		return
	}
	var buf []patternMatch
	for _, i := range idx {
		p := lib.patterns[i]
		buf = buf[:0]
		ok := false
		if spans != nil {
			buf, ok = p.findInSpans(norm, spans, buf)
		} else {
			buf, ok = p.findAllFrom(norm, from, buf)
		}
		if !ok {
			locateFallbacks.Add(1)
			buf = p.findAll(norm, buf[:0])
		}
		for _, m := range buf {
			yield(p, m)
		}
	}
}

// findFirstThenRest is find's loop over the candidates idx of a short text (no match of any
// pattern starts before byte from), without a failing search to the end of the text per
// candidate (a FindAll ends with one; most candidates match once, close to each other). Each
// candidate's first match is found alone (a search stops at its match); one Set pass over the
// text after the last of them ends names the candidates that match there; a near check covers
// the gap between a candidate's first match and that point. Only a candidate named or found
// near searches on, with FindAll from its first match's end.
//
// Exactness: a candidate's next match starts at or after its first match's end e. If the Set
// does not name it, no match lies in text[last:], so none starts at or after last ('^' can
// match at the Set's cut, which only names more); the near check from e, when last - e <=
// nearChars bytes (nearChars characters are at least as many bytes), sees every start before
// last. A candidate that searches on continues as FindAll does: the next search starts at e,
// where '^' cannot match (the tail locator) and nothing before can be seen (see the top of
// this file). (FindAll also skips an empty match right after a match, which a new search
// would not; no pattern can match empty text: the dialect refuses it.) A locator that does
// not compile leaves the candidates to the plain loop (false: nothing was yielded).
func (lib *library) findFirstThenRest(norm string, from int, idx []int, yield func(*compiledPattern, patternMatch)) bool {
	firsts := make([]firstMatch, len(idx))
	last := 0 // the last end of a first match
	for k, i := range idx {
		p := lib.patterns[i]
		l := p.locators()
		if !l.ok {
			return false
		}
		re := p.re
		if from > 0 {
			re = l.tail
		}
		m := re.FindStringIndex(norm[from:])
		if m == nil {
			continue // the Set's '^' at the cut named it: no match
		}
		s, e := from+m[0], from+m[1]
		bs, be, ok := p.reported(norm, s, e)
		if !ok || e <= s {
			return false
		}
		firsts[k] = firstMatch{patternMatch{bs, be}, e}
		last = max(last, e)
	}
	// The Set pays when the candidates' passes to the end would cost more (see setPays).
	var after []int // candidates with a match in norm[last:]
	useSet := last < len(norm) && setPays(firsts, last, len(norm))
	if useSet {
		after = lib.matchedPatterns(norm[last:])
	}
	var buf []patternMatch
	for k, i := range idx {
		f := firsts[k]
		if f.end == 0 {
			continue
		}
		p := lib.patterns[i]
		buf = append(buf[:0], f.m)
		if f.end < len(norm) && (!useSet || lib.matchesFrom(i, norm, f.end, last, after)) {
			var ok bool
			if buf, ok = p.findAllFrom(norm, f.end, buf); !ok {
				locateFallbacks.Add(1)
				buf = p.findAll(norm, buf[:0])
			}
		}
		for _, m := range buf {
			yield(p, m)
		}
	}
	return true
}

// Costs of RE2 work in bytes of one pattern's pass (libre2, measured on the 1 KB bench text:
// a pass 1.4 ns a byte, a call 150 ns on top; the Set 1.6 ns a byte and 335 ns; a near check
// 160 ns).
const (
	callBytes    = 110
	setCallBytes = 240
	nearBytes    = 115
)

// firstMatch is a candidate's first match in findFirstThenRest.
type firstMatch struct {
	m   patternMatch // reported span
	end int          // the match's end (0: no match)
}

// setPays: for candidates whose first matches are firsts, is one Set pass over the text after
// the last end (and, per candidate ending before it, a near check, or a pass to the end where
// the gap is too long for one) cheaper than a pass to the end of the text per candidate? (A
// text of n bytes.)
func setPays(firsts []firstMatch, last, n int) bool {
	plain, viaSet := 0, setCallBytes+(n-last)*6/5
	for _, f := range firsts {
		if f.end == 0 {
			continue
		}
		plain += callBytes + n - f.end
		switch {
		case f.end == last:
		case last-f.end > nearChars:
			viaSet += callBytes + n - f.end
		default:
			viaSet += nearBytes
		}
	}
	return viaSet < plain
}

// matchesFrom reports whether pattern i may have a match starting at or after byte e > 0 of
// norm, given after, the patterns with a match in norm[last:] (see findFirstThenRest).
func (lib *library) matchesFrom(i int, norm string, e, last int, after []int) bool {
	if _, named := slices.BinarySearch(after, i); named {
		return true
	}
	return e < last && (last-e > nearChars || lib.patterns[i].locators().near.MatchString(norm[e:]))
}
