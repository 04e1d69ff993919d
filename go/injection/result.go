package injection

import (
	"sort"
	"strconv"
	"unicode/utf8"
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
	// Entropy is set (HasEntropy) for entropy.high findings: rounded to 4 decimals.
	Entropy    float64
	HasEntropy bool
	// Encoding says how a finding's text was hidden ("base64", "hex", "percent",
	// "tag_chars", nested as "base64/hex"); empty for plain text.
	Encoding string

	seq int // traversal order of the unit; first sort key
}

// Result of a scan.
type Result struct {
	Findings  []Finding
	RiskScore int
	Decision  string // "allow", "alert" or "block"
	Truncated bool
}

// MaxFindings is how many findings a Result keeps (the risk score counts all of them).
const MaxFindings = 1000

func finishResult(fs []Finding, truncated bool, o *Options) *Result {
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
	score := 0
	for i := range fs {
		score += severityWeight[fs[i].Severity]
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

// MarshalJSON writes the exact bytes Python's
// json.dumps(result, ensure_ascii=False, separators=(",", ":")) writes for the reference.
func (r *Result) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 64+len(r.Findings)*160)
	b = append(b, `{"findings":[`...)
	for i := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		f := &r.Findings[i]
		b = append(b, `{"pattern_id":`...)
		b = appendPyString(b, f.PatternID)
		b = append(b, `,"category":`...)
		b = appendPyString(b, f.Category)
		b = append(b, `,"severity":`...)
		b = appendPyString(b, f.Severity)
		b = append(b, `,"location":`...)
		b = appendPyString(b, f.Location)
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(f.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(f.End), 10)
		b = append(b, `,"matched":`...)
		b = appendPyString(b, f.Matched)
		if f.HasEntropy {
			b = append(b, `,"value":`...)
			b = appendPyFloat(b, f.Entropy)
		}
		if f.Encoding != "" {
			b = append(b, `,"encoding":`...)
			b = appendPyString(b, f.Encoding)
		}
		b = append(b, '}')
	}
	b = append(b, `],"risk_score":`...)
	b = strconv.AppendInt(b, int64(r.RiskScore), 10)
	b = append(b, `,"decision":`...)
	b = appendPyString(b, r.Decision)
	b = append(b, `,"truncated":`...)
	b = strconv.AppendBool(b, r.Truncated)
	return append(b, '}'), nil
}

// appendPyString quotes s like Python's json with ensure_ascii=False: only '"', '\\' and
// control characters below U+0020 are escaped.
func appendPyString(b []byte, s string) []byte {
	const hexdigits = "0123456789abcdef"
	b = append(b, '"')
	plain := 0 // most strings are plain ASCII: copy them at once
	for plain < len(s) && s[plain] >= 0x20 && s[plain] < utf8.RuneSelf && s[plain] != '"' && s[plain] != '\\' {
		plain++
	}
	b = append(b, s[:plain]...)
	for i := plain; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			b = append(b, '\\', '"')
		case c == '\\':
			b = append(b, '\\', '\\')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\b':
			b = append(b, '\\', 'b')
		case c == '\f':
			b = append(b, '\\', 'f')
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hexdigits[c>>4], hexdigits[c&15])
		case c < utf8.RuneSelf:
			b = append(b, c)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, r) // invalid bytes become U+FFFD; texts are sanitised anyway
			i += size - 1
		}
	}
	return append(b, '"')
}

// appendPyFloat writes v like Python's float repr for values in [1e-4, 1e16) and 0.
func appendPyFloat(b []byte, v float64) []byte {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	b = append(b, s...)
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return b
		}
	}
	return append(b, '.', '0')
}

// round4 rounds like Python's round(v, 4): correctly rounded, ties to even.
func round4(v float64) float64 {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', 4, 64), 64)
	return r
}
