package injection

// Round 8: with the classifier on, a rule finding weighing less than GatedBelow is judged by the
// classifier on the text around it (its window), not on the whole text: it adds to the score only
// when the window's probability (rounded to 4 decimals) is at least WindowThreshold. A decisive
// phrase padded with pages of ordinary prose keeps its window; a phrase quoted in security
// writing is judged with the writing around it. Bounded and fail closed: findings in decoded
// content (Encoding set) and findings after the first MaxWindows gated ones of a scan are judged
// as in round 6 (weights from NeedsClassifierBelow count alone; lighter ones need a classifier
// finding in the result). The Python twin is sark_accel/injection/_window.py.

// WindowChars is how many characters (code points) of the finding's unit on each side of the
// finding's span its window takes; a window that covers its whole unit is the unit.
const WindowChars = 50

// MaxWindows is how many gated findings per scan are judged by their window (in result order).
const MaxWindows = 16

// GatedBelow: with the classifier on, rule findings weighing less than this are judged by their
// window.
const GatedBelow = 51

// WindowThreshold is the window probability from which a gated finding counts.
const WindowThreshold = 0.3

// windowSpan is the code-point span [a, b) of the window of the finding [start, end) in a unit of
// n code points.
func windowSpan(start, end, n int) (int, int) {
	return max(0, start-WindowChars), min(n, end+WindowChars)
}

// windowProbability is the classifier's probability (rounded to 4 decimals) on the window of
// [start, end) in the unit t: the unit's own verdict when the window covers it.
func windowProbability(t *textInfo, table *charTable, start, end int) float64 {
	a, b := windowSpan(start, end, t.nChars)
	if a == 0 && b == t.nChars {
		return round4(t.classified(table).Probability)
	}
	w := newTextInfo(t.s[t.byteOf(a):t.byteOf(b)])
	return round4(w.classified(table).Probability)
}

// gate says, for each finding (sorted), whether it is judged by its window and what the window
// says: 0 not judged by a window, 1 counts, 2 does not count. weight gives a finding's weight.
func (s *scan) gate(fs []Finding, weight func(*Finding) int) []uint8 {
	out := make([]uint8, len(fs))
	if !s.d.opts.Classifier {
		return out
	}
	bySeq := make(map[int]*unit, len(s.units))
	for i := range s.units {
		bySeq[s.units[i].seq] = &s.units[i]
	}
	n := 0
	for i := range fs {
		f := &fs[i]
		if n >= MaxWindows {
			break
		}
		if f.classifier || f.Encoding != "" || weight(f) >= GatedBelow {
			continue
		}
		u := bySeq[f.seq]
		if u == nil || u.info == nil {
			continue
		}
		n++
		out[i] = 2
		if windowProbability(u.info, s.d.table, f.Start, f.End) >= WindowThreshold {
			out[i] = 1
		}
	}
	return out
}
