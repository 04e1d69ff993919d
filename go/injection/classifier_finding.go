package injection

// ClassifierThreshold is the probability (rounded to 4 decimals) from which a scan reports
// a classifier.injection finding (round 6: 0.5 before). From 0.5 the finding alone reaches the
// default alert; below that it is the agreement a weak rule finding needs (NeedsClassifierBelow).
const ClassifierThreshold = 0.3

// classifierScore is the finding's share of the risk score: floor(100 p) - 10, so 20 at 0.3,
// 40 (alert) at 0.5, 70 (block) from 0.8, 90 at 1; nothing below the threshold.
func classifierScore(p float64) int {
	if p < ClassifierThreshold {
		return 0
	}
	return int(p*100) - 10
}

// classify appends the classifier's finding for a unit: the whole unit, its probability and
// the n-grams that contributed most.
func (s *scan) classify(t *textInfo, loc string, out []Finding) []Finding {
	v := t.classified(s.d.table, s.clf)
	p := round4(v.Probability)
	if p < ClassifierThreshold {
		return out
	}
	sev := "low"
	switch {
	case p >= 0.8:
		sev = "high"
	case p >= 0.5:
		sev = "medium"
	}
	ngrams := make([]string, len(v.Top))
	for i, c := range v.Top {
		ngrams[i] = c.NGram
	}
	return append(out, Finding{PatternID: "classifier.injection", Category: "classifier", Severity: sev,
		Location: loc, Start: 0, End: t.nChars, Matched: t.matched(0, t.nChars), Entropy: p, HasEntropy: true,
		NGrams: ngrams, classifier: true})
}

// classified returns the verdict of clf (the scan's model, one per scan) on the unit's
// normalised text (shared with the patterns), computed on first use.
func (t *textInfo) classified(table *charTable, clf *Classifier) Verdict {
	if t.verdict == nil {
		v := clf.classifyValid(t.normalized(table)) // valid: normalised valid UTF-8
		t.verdict = &v
	}
	return *t.verdict
}
