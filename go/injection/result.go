package injection

import (
	"sort"
	"strconv"
)

// Finding is one hit. Start and End are code-point offsets into the original text of the
// unit at Location; Matched is that text, cut to 100 code points.
type Finding struct {
	PatternID string
	Category  string
	Severity  string
	Location  string
	Start     int
	End       int
	Matched   string
	// Entropy is set (HasEntropy) for entropy.high findings, the entropy, and for
	// classifier.injection, the probability; rounded to 4 decimals.
	Entropy    float64
	HasEntropy bool
	// NGrams: for classifier.injection, the n-grams that contributed most.
	NGrams []string
	// Encoding says how a finding's text was hidden ("base64", "hex", "percent",
	// "tag_chars", nested as "base64/hex"); empty for plain text.
	Encoding string

	seq        int  // traversal order of the unit; first sort key
	classifier bool // the classifier's finding: its weight follows its probability
}

// Result of a scan.
type Result struct {
	Findings  []Finding
	RiskScore int
	Decision  string // "allow", "alert" or "block"
	Truncated bool
}

// MaxRepeats is how many findings of one pattern id the risk score counts (the heaviest ones).
const MaxRepeats = 2

// NeedsClassifierBelow: with the classifier on, a finding weighing less (code execution, SQL,
// entropy, escapes, generic wording: weak alone on real code and security prose) adds to the
// score only when the result also has a classifier finding (round 6, chosen by 5-fold CV on TRAIN).
// Rounds 8 and 9: this applies only to findings not judged by their window (window.go).
const NeedsClassifierBelow = 30

// MaxFindings is how many findings a Result keeps (the risk score counts all of them).
const MaxFindings = 1000

// finishResult sorts the findings, scores them and decides. A finding weighs what the library
// pattern with its id weighs (decoded findings keep their pattern's id), else what its severity
// weighs (the built-in detectors; entropy.high less); each id counts at most MaxRepeats
// times and the sum is capped at 100. With the classifier on and no classifier finding, weights
// below NeedsClassifierBelow add nothing.
// gate (nil: none) judges gated findings by their windows (window.go).
func finishResult(fs []Finding, truncated bool, o *Options, weights map[string]int,
	gate func([]Finding, func(*Finding) int) []uint8) *Result {
	// Stable: findings equal on every key keep generation order, as in the reference.
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if a.seq != b.seq {
			return a.seq < b.seq
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.PatternID < b.PatternID
	})
	// With the classifier on, weak findings need its agreement (NeedsClassifierBelow).
	weakCount := !o.Classifier
	for i := range fs {
		weakCount = weakCount || fs[i].classifier
	}
	// A pattern id counts at most MaxRepeats times, its heaviest findings: a long document
	// that matches one pattern in many places proves little more than one that matches it twice.
	weight := func(f *Finding) int {
		w, ok := weights[f.PatternID]
		switch {
		case f.classifier:
			w = classifierScore(f.Entropy)
		case !ok:
			w = builtinWeight(f.PatternID, f.Severity)
		}
		return w
	}
	var gates []uint8
	if gate != nil && o.Classifier {
		gates = gate(fs, weight)
	}
	heaviest := make(map[string][MaxRepeats]int, len(fs))
	for i := range fs {
		w := weight(&fs[i])
		if gates != nil && gates[i] != 0 {
			if gates[i] == 2 { // demoted: weak findings drop, the others weigh less
				w = demoted(w)
			}
		} else if w < NeedsClassifierBelow && !weakCount {
			continue
		}
		top := heaviest[fs[i].PatternID]
		for k := range top { // keep the MaxRepeats largest, largest first
			if w > top[k] {
				w, top[k] = top[k], w
			}
		}
		heaviest[fs[i].PatternID] = top
	}
	score := 0
	for _, top := range heaviest {
		for _, w := range top {
			score += w
		}
	}
	score = min(score, 100)
	decision := "allow"
	switch {
	case score >= o.BlockThreshold:
		decision = "block"
	case score >= o.AlertThreshold:
		decision = "alert"
	}
	if truncated && decision == "allow" {
		decision = "alert"
	}
	if len(fs) > MaxFindings {
		fs = fs[:MaxFindings]
	}
	return &Result{Findings: fs, RiskScore: score, Decision: decision, Truncated: truncated}
}

// round4 rounds like Python's round(v, 4): correctly rounded, ties to even.
func round4(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 4, 64), 64)
	return r
}
