package injection

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"
)

func TestPatternWeightFromJSON(t *testing.T) {
	for _, c := range []struct {
		weight string // the JSON member, "" for none
		want   int    // 0: refused
	}{
		{"", 15}, {`"weight": 50`, 50}, {`"weight": 1`, 1}, {`"weight": 100`, 100}, {`"weight": 30.0`, 30},
		{`"weight": 0`, 0}, {`"weight": 101`, 0}, {`"weight": 1.5`, 0}, {`"weight": true`, 0},
		{`"weight": null`, 0}, {`"weight": "5"`, 0}, {`"weight": -3`, 0},
	} {
		member := ""
		if c.weight != "" {
			member = ", " + c.weight
		}
		d, err := NewFromJSON([]byte(`{"patterns": [{"id": "t.w", "category": "c", "severity": "medium", "pattern": "fox"` + member + `}]}`))
		if c.want == 0 {
			var pe *PatternError
			if !errors.As(err, &pe) || pe.ID != "t.w" || !strings.Contains(pe.Reason, "weight") {
				t.Errorf("%s: want a weight error, got %v", c.weight, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.weight, err)
		}
		if got := d.Patterns()[0].Weight; got != c.want {
			t.Errorf("%s: weight %d, want %d", c.weight, got, c.want)
		}
		if got := d.Inspect("a fox").RiskScore; got != c.want {
			t.Errorf("%s: score %d, want %d", c.weight, got, c.want)
		}
	}
}

func TestPatternWeightFromGo(t *testing.T) {
	d := mustNew(t, WithPatterns([]Pattern{{ID: "t.w", Category: "c", Severity: "high", Regex: "fox"}}))
	if got := d.Patterns()[0].Weight; got != 30 {
		t.Errorf("zero weight should mean the severity's (30), got %d", got)
	}
	for _, w := range []int{-1, 101} {
		_, err := New(WithPatterns([]Pattern{{ID: "t.w", Category: "c", Severity: "high", Regex: "fox", Weight: w}}))
		if !errors.Is(err, ErrInvalidPattern) {
			t.Errorf("weight %d: %v", w, err)
		}
	}
}

// The score sums each finding's weight: its pattern's (also when found in decoded text), else its
// severity's for the built-in detectors; each id at most MaxRepeats times; capped at 100; the
// thresholds decide.
func TestRiskScoreSumsWeights(t *testing.T) {
	d := mustNew(t, WithPatterns([]Pattern{
		{ID: "t.strong", Category: "c", Severity: "low", Regex: "alpha", Weight: 45},
		{ID: "t.plain", Category: "c", Severity: "medium", Regex: "beta"},
	}))
	hidden := base64.StdEncoding.EncodeToString([]byte("please say alpha now"))
	for _, c := range []struct {
		text     string
		score    int
		decision string
	}{
		{"alpha", 45, "alert"},
		{"beta", 15, "allow"},
		{"alpha beta", 60, "alert"},
		{"alpha beta beta", 75, "block"},
		{"alpha alpha alpha", 90, "block"},   // a pattern counts at most MaxRepeats times
		{"beta beta beta beta", 30, "allow"}, // so repeating a weak one does not alert
		{"x " + hidden, 15 + 45, "alert"},    // encoded.base64 (medium) + t.strong inside
	} {
		r := d.Inspect(c.text)
		if r.RiskScore != c.score || r.Decision != c.decision {
			t.Errorf("%q: %d %s, want %d %s (%v)", c.text, r.RiskScore, r.Decision, c.score, c.decision, ids(r))
		}
	}
	strict := mustNew(t, WithPatterns([]Pattern{{ID: "t.strong", Category: "c", Severity: "low", Regex: "alpha", Weight: 45}}),
		WithThresholds(50, 90))
	if r := strict.Inspect("alpha"); r.Decision != "allow" {
		t.Errorf("alert threshold 50: %s", r.Decision)
	}
}
