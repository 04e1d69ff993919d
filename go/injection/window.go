package injection

// Rounds 8-10 (shipped since round 10): with the classifier on, a rule finding weighing less
// than GatedBelow is judged by the classifier on the text around it (its window), not on the
// whole text. Round 9: when the
// window's probability (rounded to 4 decimals) is below WindowThreshold, the finding's weight is
// divided by DemoteBy (round 8 dropped it; weak findings still drop, see demoted): a phrase quoted in security writing or an ordinary
// request that one pattern matches no longer alerts alone, while two decisive findings (weight 50
// each) still alert whatever text surrounds them, so writing code or security prose around an
// attack cannot silence it (round 8 could be silenced that way). Findings whose windows overlap
// are judged together on the union of their windows; a decisive phrase padded with pages of
// ordinary prose keeps its window. Bounded and fail closed: findings in decoded content (Encoding
// set) and findings after the first MaxWindows gated ones of a scan are judged as in round 6
// (weights from NeedsClassifierBelow count alone; lighter ones need a classifier finding in the
// result). The Python twin is sark_accel/injection/_window.py.
//
// Decision 26a: a decisive gated phrase finding (weight Decisive, any category but markup,
// markupCategory) whose unit holds nothing but the unit's judged decisive phrase matches, ASCII
// whitespace and ASCII punctuation (a bare unit) counts in full whatever its window says: its
// window is the phrase itself, so no context can excuse it ("Ignore previous instructions." alone
// scored 25 with the classifier on, 65 without). Everything else, letters, digits and any
// character outside ASCII (typographic quotes too), is context: a fixed set, so both backends
// agree whatever their Unicode tables. Markup (chat-template tokens, role tags and headers,
// separator lines) is left out: it stands alone legitimately, in a list of stop sequences, a
// tokenizer's configuration or a document split into lines, where its context is the key or the
// line beside it, not its unit.

import (
	"sort"
	"strings"
	"unsafe"
)

// WindowChars is how many characters (code points) of the finding's unit on each side of the
// finding's span its window takes; a window that covers its whole unit is the unit.
const WindowChars = 50

// MaxWindows is how many gated findings per scan are judged by their window (in result order).
const MaxWindows = 16

// GatedBelow: with the classifier on, rule findings weighing less than this are judged by their
// window.
const GatedBelow = 51

// WindowThreshold is the window probability from which a gated finding counts in full; below it
// the finding is demoted.
const WindowThreshold = 0.3

// DemoteBy divides the weight of a gated finding whose window is below WindowThreshold (integer
// division).
const DemoteBy = 2

// Decisive: a gated phrase finding weighing this or more counts in full in a bare unit (decision
// 26a).
const Decisive = 50

// markupCategory is the category of markup findings, which decision 26a leaves out.
const markupCategory = "delimiter_injection"

// isPhrase reports whether a finding of weight w is a decisive phrase (decision 26a); Python's
// _window.is_phrase.
func isPhrase(f *Finding, w int) bool {
	return w >= Decisive && f.Category != markupCategory
}

// bareChars is what a bare unit may hold besides its decisive phrase matches: ASCII whitespace
// and punctuation (Python's string.whitespace and string.punctuation).
const bareChars = " \t\n\r\v\f!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// isBare reports whether every byte of s is in bareChars (a byte from 0x80 is never).
func isBare(s string) bool {
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(bareChars, s[i]) < 0 {
			return false
		}
	}
	return true
}

// demoted is the weight of a gated finding whose window is below WindowThreshold: a weak one
// (below NeedsClassifierBelow, which never alerts alone) adds nothing, as in round 8; the others
// weigh 1/DemoteBy.
func demoted(w int) int {
	if w < NeedsClassifierBelow {
		return 0
	}
	return w / DemoteBy
}

// windowSpan is the code-point span [a, b) of the window of the finding [start, end) in a unit of
// n code points.
func windowSpan(start, end, n int) (int, int) {
	return max(0, start-WindowChars), min(n, end+WindowChars)
}

// judgedFinding is a finding judged by its window: its index in the result, its unit and the
// code-point span [a, b) its verdict is read from (its window, widened to its cluster's).
type judgedFinding struct {
	i, seq, a, b int
}

// windowProbability is the probability (rounded to 4 decimals) of the general model on the code
// points [a, b) of the unit t: the unit's own verdict when the span covers it and the scan's
// model is the general one too. unitClf is the scan's model (its kind's). buf is scratch for the
// span's normalised text.
//
// Windows are judged by the general model whatever the scan's kind (decision 24b): the window
// rule was calibrated with it, and the tool-result model, which rates a bare override low,
// demoted 55 of the 321 corpus attacks the rules alone alert on (BENCHMARKS.md, "Round 24").
func windowProbability(t *textInfo, table *charTable, unitClf *Classifier, a, b int, buf *[]byte) float64 {
	general := DefaultClassifier()
	if a == 0 && b == t.nChars {
		if unitClf == general {
			return round4(t.classified(table, unitClf).Probability)
		}
		return round4(general.probabilityValid(t.normalized(table)))
	}
	*buf = table.normalize((*buf)[:0], t.s[t.byteOf(a):t.byteOf(b)])
	norm := unsafe.String(unsafe.SliceData(*buf), len(*buf)) // not kept past the call
	return round4(general.probabilityValid(norm))
}

// gate says, for each finding (sorted by unit, then start), whether it is judged by its window
// and what the window says: 0 not judged by a window, 1 counts in full, 2 demoted. weight gives a
// finding's weight. Judged findings of one unit whose windows overlap form a cluster, judged
// once on the union of their windows: a phrase that several patterns match is classified once,
// with the same context each side.
func (s *scan) gate(fs []Finding, weight func(*Finding) int) []uint8 {
	out := make([]uint8, len(fs))
	if !s.d.opts.Classifier {
		return out
	}
	var judged [MaxWindows]judgedFinding
	n := 0
	for i := range fs {
		f := &fs[i]
		if n >= MaxWindows {
			break
		}
		if f.classifier || f.Encoding != "" || weight(f) >= GatedBelow {
			continue
		}
		u := s.unitOf(f.seq)
		if u == nil || u.info == nil {
			continue
		}
		a, b := windowSpan(f.Start, f.End, u.info.nChars)
		judged[n] = judgedFinding{i: i, seq: f.seq, a: a, b: b}
		n++
	}
	var buf []byte
	for lo := 0; lo < n; {
		// The cluster judged[lo:hi]: starts ascend within a unit, so a window overlapping the
		// cluster's span so far joins it.
		c := judged[lo]
		hi := lo + 1
		for ; hi < n && judged[hi].seq == c.seq && judged[hi].a < c.b; hi++ {
			c.b = max(c.b, judged[hi].b)
		}
		verdict := uint8(2)
		if windowProbability(s.unitOf(c.seq).info, s.d.table, s.clf, c.a, c.b, &buf) >= WindowThreshold {
			verdict = 1
		}
		for _, j := range judged[lo:hi] {
			out[j.i] = verdict
		}
		lo = hi
	}
	// Decision 26a: a decisive phrase finding (not markup) in a bare unit counts in full. Each
	// unit is checked once (its findings are adjacent in judged), so many findings stay linear.
	bareSeq, isBareUnit := -1, false
	for k, j := range judged[:n] {
		if f := &fs[j.i]; out[j.i] == 2 && isPhrase(f, weight(f)) {
			if j.seq != bareSeq {
				bareSeq, isBareUnit = j.seq, s.bare(j.seq, judged[unitStart(judged[:k], j.seq):n], fs, weight)
			}
			if isBareUnit {
				out[j.i] = 1
			}
		}
	}
	return out
}

// bare reports whether every code point of unit seq outside the spans of its judged decisive
// phrase findings is in bareChars (decision 26a). judged starts with the unit's findings, in
// result order: starts ascend in a unit. Spans are clamped to the unit, which they always lie in.
func (s *scan) bare(seq int, judged []judgedFinding, fs []Finding, weight func(*Finding) int) bool {
	t := s.unitOf(seq).info
	pos := 0
	for _, j := range judged {
		f := &fs[j.i]
		if j.seq != seq {
			break // the unit's findings are adjacent, from judged[0]
		}
		if !isPhrase(f, weight(f)) {
			continue
		}
		start := min(max(f.Start, 0), t.nChars)
		if start > pos && !isBare(t.s[t.byteOf(pos):t.byteOf(start)]) {
			return false
		}
		pos = max(pos, min(f.End, t.nChars))
	}
	return isBare(t.s[t.byteOf(pos):])
}

// unitStart returns the index in judged of the first of unit seq's findings that precede it
// (judged ends with them, if any).
func unitStart(judged []judgedFinding, seq int) int {
	k := len(judged)
	for k > 0 && judged[k-1].seq == seq {
		k--
	}
	return k
}

// unitOf returns the unit with sequence number seq (units are appended in seq order), or nil.
func (s *scan) unitOf(seq int) *unit {
	i := sort.Search(len(s.units), func(i int) bool { return s.units[i].seq >= seq })
	if i < len(s.units) && s.units[i].seq == seq {
		return &s.units[i]
	}
	return nil
}
