package sarkbind

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/sark-accel/sark-accel/go/injection"
	"github.com/sark-accel/sark-accel/go/sarkbind/gilhook"
)

var detectors = newRegistry[*injection.Detector]("injection detector")

// injectionError maps go/injection errors to the kinds sark_accel.injection.errors registers.
func injectionError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, injection.ErrInvalidPattern):
		return withKind(kindInjectionPattern, err)
	case errors.Is(err, injection.ErrPatternNotFound):
		return withKind(kindInjectionPatternNotFound, err)
	case errors.Is(err, injection.ErrInvalidOption), errors.Is(err, injection.ErrInvalidJSON),
		errors.Is(err, injection.ErrInvalidKind):
		return withKind(kindInvalidArgument, err)
	}
	return err
}

// InjectionNew creates a detector from config JSON ({"patterns", "entropy_threshold",
// "min_entropy_length", "max_depth", "max_bytes", "alert_threshold", "block_threshold"}).
func InjectionNew(configJSON string) (h int64, err error) {
	defer guard(&err)
	d, err := injection.NewFromJSON([]byte(configJSON))
	if err != nil {
		return 0, injectionError(err)
	}
	return detectors.add(d), nil
}

// InjectionClose forgets a detector.
func InjectionClose(h int64) (ok bool, err error) {
	defer guard(&err)
	return detectors.remove(h), nil
}

// scanKind reads the kind of text a scan reads ("", "argument" or "tool_result"; see
// injection.ParseKind) as the scan's option; another name is an invalid argument.
func scanKind(kind string) (injection.ScanOption, error) {
	k, err := injection.ParseKind(kind)
	if err != nil {
		return nil, injectionError(err)
	}
	return injection.AsKind(k), nil
}

// InjectionScan scans tool-call parameters (JSON) and an optional context document (JSON or "")
// as text of kind ("", "argument" or "tool_result") and returns the result as rows
// (injectionRows). It releases the GIL: walking the JSON and scanning each string costs 20-30 us
// even for a small object (BENCHMARKS.md), the length at which handing the GIL over starts to pay.
func InjectionScan(h int64, paramsJSON, contextJSON, kind string) (out string, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return "", err
	}
	asKind, err := scanKind(kind)
	if err != nil {
		return "", err
	}
	var ctx []byte
	if contextJSON != "" {
		ctx = []byte(contextJSON)
	}
	r, err := d.InspectJSON([]byte(paramsJSON), ctx, asKind)
	if err != nil {
		return "", injectionError(err)
	}
	return injectionRows(r), nil
}

// InjectionScanText scans one text as text of kind (see InjectionScan) and returns the result
// as rows. The GIL is given up only for a text over heldScanBytes.
//
//sark:holdgil
func InjectionScanText(h int64, text, kind string) (out string, err error) {
	defer guard(&err)
	defer gilhook.ReleaseIf(len(text) > heldScanBytes)()
	d, err := detectors.get(h)
	if err != nil {
		return "", err
	}
	asKind, err := scanKind(kind)
	if err != nil {
		return "", err
	}
	return injectionRows(d.Inspect(text, asKind)), nil
}

// InjectionScanTextBase64 is InjectionScanText for a text that cannot cross as a C string
// (it holds NUL): base64 of its UTF-8.
//
//sark:holdgil
func InjectionScanTextBase64(h int64, textB64, kind string) (out string, err error) {
	defer guard(&err)
	defer gilhook.ReleaseIf(len(textB64)/4*3 > heldScanBytes)()
	d, err := detectors.get(h)
	if err != nil {
		return "", err
	}
	asKind, err := scanKind(kind)
	if err != nil {
		return "", err
	}
	text, err := base64.StdEncoding.DecodeString(textB64)
	if err != nil {
		return "", withKind(kindInvalidArgument, err)
	}
	return injectionRows(d.Inspect(string(text), asKind)), nil
}

// InjectionWarm compiles the detector's lazily compiled regexes now (injection.Detector.Warm).
func InjectionWarm(h int64) (ok bool, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return false, err
	}
	d.Warm()
	return true, nil
}

// InjectionAddPatterns adds or replaces patterns (one JSON object or an array), all or nothing.
func InjectionAddPatterns(h int64, patternsJSON string) (ok bool, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return false, err
	}
	return true, injectionError(d.AddPatternsJSON([]byte(patternsJSON)))
}

// InjectionRemovePattern removes the pattern id.
func InjectionRemovePattern(h int64, id string) (ok bool, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return false, err
	}
	return true, injectionError(d.RemovePattern(id))
}

// InjectionPatterns returns the detector's pattern library as a JSON array.
func InjectionPatterns(h int64) (out string, err error) {
	defer guard(&err)
	d, err := detectors.get(h)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal(d.Patterns())
	return string(b), err
}

// injectionRows frames a result for sark_accel/injection/_go.py, rows ready for Python's Finding:
//
//	[risk_score,"decision",truncated,[[pattern_id,category,severity,location,start,end,
//	  matched,value,encoding,ngrams],...]]
//
// with null for a missing value, encoding or ngrams (classifier.injection's list). Lists decode faster than objects with keys,
// and a row is the Finding's arguments in order.
func injectionRows(r *injection.Result) string {
	b := make([]byte, 0, 32+len(r.Findings)*128)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(r.RiskScore), 10)
	b = append(b, ',')
	b = appendJSONText(b, r.Decision)
	b = append(b, ',')
	b = strconv.AppendBool(b, r.Truncated)
	b = append(b, ",["...)
	for i := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		f := &r.Findings[i]
		b = append(b, '[')
		for _, s := range [...]string{f.PatternID, f.Category, f.Severity, f.Location} {
			b = appendJSONText(b, s)
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, int64(f.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(f.End), 10)
		b = append(b, ',')
		b = appendJSONText(b, f.Matched)
		b = append(b, ',')
		if f.HasEntropy {
			b = appendPyFloat(b, f.Entropy)
		} else {
			b = append(b, "null"...)
		}
		b = append(b, ',')
		if f.Encoding != "" {
			b = appendJSONText(b, f.Encoding)
		} else {
			b = append(b, "null"...)
		}
		b = append(b, ',')
		if f.NGrams != nil {
			b = append(b, '[')
			for i, g := range f.NGrams {
				if i > 0 {
					b = append(b, ',')
				}
				b = appendJSONText(b, g)
			}
			b = append(b, ']')
		} else {
			b = append(b, "null"...)
		}
		b = append(b, ']')
	}
	return string(append(b, "]]"...))
}

// appendJSONText quotes s for Python's json: only '"', '\\' and control characters below
// U+0020 are escaped; invalid UTF-8 becomes U+FFFD (texts are sanitised anyway).
func appendJSONText(b []byte, s string) []byte {
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
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hexdigits[c>>4], hexdigits[c&15])
		case c < utf8.RuneSelf:
			b = append(b, c)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, r)
			i += size - 1
		}
	}
	return append(b, '"')
}

// appendPyFloat writes v so that Python reads back the same float (never an int: "4.0", not "4").
func appendPyFloat(b []byte, v float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, v, 'g', -1, 64)
	for _, c := range b[start:] {
		if c == '.' || c == 'e' { // a fraction or an exponent: already a float to Python
			return b
		}
	}
	return append(b, '.', '0')
}
