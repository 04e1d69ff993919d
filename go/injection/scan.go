package injection

import (
	"runtime"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// Limits shared with the reference (sark_accel/injection/_python.py).
const (
	matchChars        = 100   // code points of original text kept in Finding.Matched
	maxDecodeDepth    = 2     // decoders run on decoded text this many levels deep
	maxTokenChars     = 65536 // longer candidate tokens are not decoded
	minTagRun         = 8     // tag-character runs at least this long are reported
	minPercentEscapes = 2     // %XX escapes a token needs to be percent-decoded
	parallelMinBytes  = 64 << 10
	// parallelUnitBytes: from this size a unit's pattern matching and its decoders run side
	// by side when GOMAXPROCS > 1.
	parallelUnitBytes = 32 << 10
)

// maxCandidates: tokens decoded per decoder and unit, at depth 0 and deeper.
var maxCandidates = [2]int{64, 8}

type unit struct {
	seq        int
	text       string
	loc        string
	findings   []Finding
	noPatterns bool      // no pattern can match (batch.go): skip the pattern passes
	info       *textInfo // the unit's text (with the classifier on): windows read it (window.go)
}

// scan is the state of one call: byte budget, unit counter, units and findings.
type scan struct {
	d         *Detector
	lib       *library
	budget    int
	truncated bool
	seq       int
	units     []unit
	extra     []Finding
	bytes     int
	settings  scanSettings // what the scan's options set (scanoption.go)
	clf       *Classifier  // the kind's model, with the classifier on; set before any goroutine
}

func (d *Detector) newScan(opts ...ScanOption) *scan {
	s := &scan{d: d, lib: d.lib.Load(), budget: d.opts.MaxBytes}
	for _, o := range opts {
		if o != nil {
			o(&s.settings)
		}
	}
	if d.opts.Classifier {
		s.clf = ClassifierFor(s.settings.kind)
	}
	return s
}

// sanitize replaces each byte of invalid UTF-8 with U+FFFD (as `for range` decodes it).
func sanitize(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s)+8)
	for _, r := range s {
		b = utf8.AppendRune(b, r)
	}
	return string(b)
}

func (s *scan) addUnit(text, loc string) *unit {
	seq := s.seq
	s.seq++
	text = sanitize(text)
	if text == "" {
		return nil
	}
	if s.budget <= 0 {
		s.truncated = true
		return nil
	}
	if len(text) > s.budget {
		cut := s.budget
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
		s.truncated = true
		s.budget = 0
	} else {
		s.budget -= len(text)
	}
	if text == "" {
		return nil
	}
	s.bytes += len(text)
	s.units = append(s.units, unit{seq: seq, text: text, loc: loc})
	return &s.units[len(s.units)-1]
}

func (s *scan) depthFinding(loc string) {
	seq := s.seq
	s.seq++
	s.extra = append(s.extra, Finding{PatternID: "structure.depth_exceeded", Category: "structure",
		Severity: "medium", Location: loc, seq: seq})
}

// scanUnits scans every unit; large documents fan out over GOMAXPROCS goroutines. Each unit's
// findings land in its own slot, so the merged order does not depend on scheduling.
func (s *scan) scanUnits() {
	s.markUnitsWithoutMatches()
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 || len(s.units) < 2 || s.bytes < parallelMinBytes {
		for i := range s.units {
			s.units[i].findings = s.scanTop(&s.units[i])
		}
		return
	}
	var next atomic.Int64
	worker := func() {
		for {
			i := int(next.Add(1) - 1)
			if i >= len(s.units) {
				return
			}
			s.units[i].findings = s.scanTop(&s.units[i])
		}
	}
	jobs := make([]func(), min(workers, len(s.units)))
	for w := range jobs {
		jobs[w] = worker
	}
	spawn(jobs...)()
}

func (s *scan) scanTop(u *unit) []Finding {
	t := newTextInfo(u.text)
	fs := s.scanUnitWith(t, u.loc, 0, !u.noPatterns)
	if s.d.opts.Classifier {
		fs = s.classify(t, u.loc, fs)
		u.info = t
	}
	for i := range fs {
		fs[i].seq = u.seq
	}
	return fs
}

func (s *scan) finish() *Result {
	n := len(s.extra)
	for i := range s.units {
		n += len(s.units[i].findings)
	}
	fs := make([]Finding, 0, n)
	// Generation order (units, then depth findings) only matters for exact ties, which
	// cannot happen between a unit and a depth finding (different seq).
	for i := range s.units {
		fs = append(fs, s.units[i].findings...)
	}
	fs = append(fs, s.extra...)
	return finishResult(fs, s.truncated, &s.d.opts, s.lib.weights, s.gate)
}

// textInfo converts between byte offsets and code-point offsets of one text, and keeps what
// the patterns and the classifier both read: the normalised text.
type textInfo struct {
	s        string
	ascii    bool
	byteAt   []int32 // byte offset of each code point, plus len(s); nil while ascii or unused
	nChars   int
	norm     string // the normalised text, once normDone
	normDone bool
	verdict  *Verdict // the classifier's, once computed (classifier_finding.go)
}

func newTextInfo(s string) *textInfo {
	t := &textInfo{s: s, ascii: isASCII(s)}
	if t.ascii {
		t.nChars = len(s)
	} else {
		t.nChars = utf8.RuneCountInString(s)
	}
	return t
}

func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 { // eight bytes at a time (the compiler makes this one load)
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalized returns the normalised text, computed on first use.
func (t *textInfo) normalized(table *charTable) string {
	if !t.normDone {
		b := table.normalize(make([]byte, 0, len(t.s)), t.s)
		t.norm = unsafe.String(unsafe.SliceData(b), len(b)) // b is never written again: no copy
		t.normDone = true
	}
	return t.norm
}

func (t *textInfo) index() {
	if t.ascii || t.byteAt != nil {
		return
	}
	t.byteAt = make([]int32, 0, t.nChars+1)
	for i := range t.s {
		t.byteAt = append(t.byteAt, int32(i))
	}
	t.byteAt = append(t.byteAt, int32(len(t.s)))
}

// char returns the code-point index of byte offset b (b is at a code-point start).
func (t *textInfo) char(b int) int {
	if t.ascii {
		return b
	}
	t.index()
	lo, hi := 0, len(t.byteAt)-1
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if int(t.byteAt[mid]) < b {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func (t *textInfo) byteOf(c int) int {
	if t.ascii {
		return c
	}
	t.index()
	return int(t.byteAt[c])
}

// matched returns original characters [cs, ce) cut to matchChars.
func (t *textInfo) matched(cs, ce int) string {
	ce = min(ce, cs+matchChars)
	return t.s[t.byteOf(cs):t.byteOf(ce)]
}

func (s *scan) scanUnit(t *textInfo, loc string, depth int) []Finding {
	return s.scanUnitWith(t, loc, depth, true)
}

// scanUnitWith is scanUnit; patterns false skips the pattern passes (the caller knows that
// no pattern matches).
func (s *scan) scanUnitWith(t *textInfo, loc string, depth int, patterns bool) []Finding {
	if depth == 0 && patterns && len(t.s) >= parallelUnitBytes && runtime.GOMAXPROCS(0) > 1 {
		return s.scanUnitParallel(t, loc)
	}
	var out []Finding
	if depth == 0 {
		out = s.invisible(t, loc, out)
		out = s.entropy(t, loc, out)
	}
	if patterns {
		out = s.matchPatterns(t, loc, out)
	}
	if depth < maxDecodeDepth {
		out = s.decoders(t, loc, depth, out)
	}
	return out
}

// scanUnitParallel is scanUnit at depth 0 with the patterns in their own goroutine; the
// findings are assembled in the same order.
// With the classifier on, its verdict (read by scanTop) is computed in a third goroutine.
func (s *scan) scanUnitParallel(t *textInfo, loc string) []Finding {
	t.index() // built once here: the goroutines read them
	t.normalized(s.d.table)
	var pats []Finding
	jobs := []func(){func() { pats = s.matchPatterns(t, loc, nil) }}
	if s.d.opts.Classifier {
		jobs = append(jobs, func() { t.classified(s.d.table, s.clf) })
	}
	wait := spawn(jobs...)
	var out []Finding
	out = s.invisible(t, loc, out)
	out = s.entropy(t, loc, out)
	decoded := s.decoders(t, loc, 0, nil)
	wait()
	out = append(out, pats...)
	return append(out, decoded...)
}

func isZeroWidth(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x180E,
		0x00AD, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0:
		return true
	}
	return false
}

func isBidi(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == 0x200E ||
		r == 0x200F || r == 0x061C
}

func (s *scan) invisible(t *textInfo, loc string, out []Finding) []Finding {
	if t.ascii {
		return out
	}
	zwN, zwFirst, zwLast := 0, 0, 0
	bdN, bdFirst, bdLast := 0, 0, 0
	runStart, runLen := 0, 0
	var hidden []byte
	flush := func() {
		if runLen >= minTagRun {
			inner := s.scanUnit(newTextInfo(string(hidden)), loc, 1)
			out = s.decodedFindings(out, "smuggling.tag_chars", "invisible_text", "high", loc, t,
				runStart, runStart+runLen, "tag_chars", inner)
		}
		runLen = 0
		hidden = hidden[:0]
	}
	ci := 0
	for _, r := range t.s {
		if r >= 0xE0020 && r <= 0xE007E {
			if runLen == 0 {
				runStart = ci
			}
			runLen++
			hidden = append(hidden, byte(r-0xE0000))
		} else if runLen > 0 {
			flush()
		}
		if isZeroWidth(r) {
			if zwN == 0 {
				zwFirst = ci
			}
			zwN++
			zwLast = ci
		} else if isBidi(r) {
			if bdN == 0 {
				bdFirst = ci
			}
			bdN++
			bdLast = ci
		}
		ci++
	}
	if runLen > 0 {
		flush()
	}
	if zwN >= 2 {
		out = append(out, Finding{PatternID: "invisible.zero_width", Category: "invisible_text",
			Severity: "low", Location: loc, Start: zwFirst, End: zwLast + 1,
			Matched: t.matched(zwFirst, zwLast+1)})
	}
	if bdN >= 1 {
		out = append(out, Finding{PatternID: "invisible.bidi_control", Category: "invisible_text",
			Severity: "medium", Location: loc, Start: bdFirst, End: bdLast + 1,
			Matched: t.matched(bdFirst, bdLast+1)})
	}
	return out
}

func (s *scan) matchPatterns(t *textInfo, loc string, out []Finding) []Finding {
	table := s.d.table
	norm := t.normalized(table)
	if norm == "" {
		return out
	}
	type hit struct {
		p *compiledPattern
		m patternMatch
	}
	var hits []hit
	var spans []patternMatch
	s.lib.find(norm, func(p *compiledPattern, m patternMatch) {
		hits = append(hits, hit{p, m})
		spans = append(spans, m)
	})
	if len(hits) == 0 {
		return out
	}
	for i, sp := range table.origSpans(t.s, norm, spans) {
		p := hits[i].p
		out = append(out, Finding{PatternID: p.ID, Category: p.Category, Severity: p.Severity,
			Location: loc, Start: sp.start, End: sp.end, Matched: t.matched(sp.start, sp.end)})
	}
	return out
}

// decodedFindings appends the decoder's own finding, then every finding of the decoded text
// moved onto the token's span (pattern id kept, Encoding says how it was hidden).
func (s *scan) decodedFindings(out []Finding, id, category, severity, loc string, t *textInfo,
	cs, ce int, encoding string, inner []Finding) []Finding {
	matched := t.matched(cs, ce)
	out = append(out, Finding{PatternID: id, Category: category, Severity: severity,
		Location: loc, Start: cs, End: ce, Matched: matched})
	for _, f := range inner {
		enc := encoding
		if f.Encoding != "" {
			enc = encoding + "/" + f.Encoding
		}
		out = append(out, Finding{PatternID: f.PatternID, Category: f.Category,
			Severity: f.Severity, Location: loc, Start: cs, End: ce, Matched: matched,
			Encoding: enc})
	}
	return out
}
