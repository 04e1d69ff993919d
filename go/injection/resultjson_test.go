package injection

// The result JSON of the specification, byte for byte what Python's
// json.dumps(result, ensure_ascii=False, separators=(",", ":")) writes for the reference: the
// form the parity fixture (tests/data/injection/expected.jsonl) holds. Python-shaped, so it
// lives with the tests; the engine's API is the typed Result (the binding frames it for Python).

import (
	"strconv"
	"unicode/utf8"
)

// ScanText is the JSON-level form of Inspect: it returns the result as JSON.
func (d *Detector) ScanText(text string) ([]byte, error) {
	return d.Inspect(text).MarshalJSON()
}

// ScanJSON is the JSON-level form of InspectJSON: JSON documents in, result JSON out:
//
//	{"findings":[{"pattern_id","category","severity","location","start","end","matched"
//	  [,"value"][,"ngrams"][,"encoding"]}...],"risk_score":0-100,"decision":"allow|alert|block",
//	 "truncated":bool}
func (d *Detector) ScanJSON(params, context []byte) ([]byte, error) {
	r, err := d.InspectJSON(params, context)
	if err != nil {
		return nil, err
	}
	return r.MarshalJSON()
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
		if f.NGrams != nil {
			b = append(b, `,"ngrams":[`...)
			for i, g := range f.NGrams {
				if i > 0 {
					b = append(b, ',')
				}
				b = appendPyString(b, g)
			}
			b = append(b, ']')
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
