package injection

import (
	"math"
	"slices"
)

// shannonEntropy returns the entropy in bits per code point, summing in code-point order
// (as the reference does) and rounded to 4 decimals like Python's round(v, 4).
func shannonEntropy(t *textInfo) float64 {
	n := float64(t.nChars)
	h := 0.0
	term := func(c int) {
		p := float64(c) / n
		h -= p * math.Log2(p)
	}
	if t.ascii {
		// Four tables break the dependency between neighbouring equal bytes (long texts).
		var c0, c1, c2, c3 [128]int32
		s := t.s
		i := 0
		for ; len(s) >= 1024 && i+4 <= len(s); i += 4 {
			c0[s[i]&127]++
			c1[s[i+1]&127]++
			c2[s[i+2]&127]++
			c3[s[i+3]&127]++
		}
		for ; i < len(s); i++ {
			c0[s[i]&127]++
		}
		for k := range c0 {
			if c := int(c0[k]) + int(c1[k]) + int(c2[k]) + int(c3[k]); c > 0 {
				term(c)
			}
		}
		return round4(h)
	}
	counts := map[rune]int{}
	for _, r := range t.s {
		counts[r]++
	}
	keys := make([]rune, 0, len(counts))
	for r := range counts {
		keys = append(keys, r)
	}
	slices.Sort(keys)
	for _, r := range keys {
		term(counts[r])
	}
	return round4(h)
}

func (s *scan) entropy(t *textInfo, loc string, out []Finding) []Finding {
	if t.nChars < s.d.opts.MinEntropyLength {
		return out
	}
	v := shannonEntropy(t)
	if v > s.d.opts.EntropyThreshold {
		out = append(out, Finding{PatternID: "entropy.high", Category: "entropy",
			Severity: "medium", Location: loc, Start: 0, End: t.nChars,
			Matched: t.matched(0, t.nChars), Entropy: v, HasEntropy: true})
	}
	return out
}
