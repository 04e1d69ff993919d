package gateway

import (
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"
)

// SARK hashes a request's context as Python's json.dumps(context, sort_keys=True) writes it
// (src/sark/services/policy/cache.py, _generate_cache_key), so sharing its keys means writing
// that text exactly: ", " and ": " separators, keys in code-point order, every character
// outside printable ASCII escaped as \uXXXX (surrogate pairs above U+FFFF), integers as
// written, floats as Python's repr, overflowing floats as Infinity.

var errNotCanonical = errors.New("not canonical JSON")

// appendPyJSON appends the canonical JSON value at the start of s as json.dumps writes it and
// returns the rest of s. Canonical JSON (go/mcp) is valid, without whitespace, keys sorted by
// code point: Python's sort_keys order.
func appendPyJSON(b []byte, s string) ([]byte, string, error) {
	if s == "" {
		return b, s, errNotCanonical
	}
	switch c := s[0]; {
	case c == '{' || c == '[':
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		b, s = append(b, c), s[1:]
		for first := true; ; first = false {
			if s == "" {
				return b, s, errNotCanonical
			}
			if s[0] == end {
				return append(b, end), s[1:], nil
			}
			if !first {
				if s[0] != ',' {
					return b, s, errNotCanonical
				}
				b, s = append(b, ", "...), s[1:]
			}
			var err error
			if c == '{' {
				if b, s, err = appendPyJSON(b, s); err != nil { // the key
					return b, s, err
				}
				if s == "" || s[0] != ':' {
					return b, s, errNotCanonical
				}
				b, s = append(b, ": "...), s[1:]
			}
			if b, s, err = appendPyJSON(b, s); err != nil {
				return b, s, err
			}
		}
	case c == '"':
		end := stringEnd(s)
		var text string
		if end < 0 || json.Unmarshal([]byte(s[:end]), &text) != nil {
			return b, s, errNotCanonical
		}
		return appendPyString(b, text), s[end:], nil
	case c == 't' || c == 'f' || c == 'n':
		for _, lit := range [...]string{"true", "false", "null"} {
			if strings.HasPrefix(s, lit) {
				return append(b, lit...), s[len(lit):], nil
			}
		}
		return b, s, errNotCanonical
	default:
		n := strings.IndexAny(s, ",]}")
		if n < 0 {
			n = len(s)
		}
		num, err := appendPyNumber(b, s[:n])
		return num, s[n:], err
	}
}

// stringEnd is the length of the JSON string token at the start of s, or -1.
func stringEnd(s string) int {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

// appendPyString writes s as json.dumps with ensure_ascii does.
func appendPyString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	u := func(b []byte, r rune) []byte {
		return append(b, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
	}
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r == '\b':
			b = append(b, `\b`...)
		case r == '\f':
			b = append(b, `\f`...)
		case r >= ' ' && r <= '~':
			b = append(b, byte(r))
		case r > 0xFFFF:
			r -= 0x10000
			b = u(u(b, 0xD800+(r>>10)), 0xDC00+(r&0x3FF))
		default:
			b = u(b, r)
		}
	}
	return append(b, '"')
}

// appendPyNumber writes a JSON number as json.loads then json.dumps would: without '.', 'e'
// or 'E' it is an int (written as is, "-0" as "0"); otherwise a float, written as its repr.
func appendPyNumber(b []byte, num string) ([]byte, error) {
	if num == "" || strings.Trim(num, "-+.eE0123456789") != "" {
		return b, errNotCanonical
	}
	if !strings.ContainsAny(num, ".eE") {
		if strings.TrimLeft(num, "-0") == "" && strings.Contains(num, "0") {
			return append(b, '0'), nil
		}
		return append(b, num...), nil
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return b, errNotCanonical
	}
	return appendPyFloat(b, f), nil
}

// appendPyFloat writes f as Python's float repr: the shortest digits that read back as f, in
// fixed notation when the decimal exponent is in [-4, 16), else d.ddde±XX; Infinity as json.
func appendPyFloat(b []byte, f float64) []byte {
	switch {
	case math.IsInf(f, 1):
		return append(b, "Infinity"...)
	case math.IsInf(f, -1):
		return append(b, "-Infinity"...)
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // "-d.ddde±XX", the shortest round-trip digits
	mant, exp, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exp)
	if x < -4 || x >= 16 {
		return append(b, e...)
	}
	if strings.HasPrefix(mant, "-") {
		b, mant = append(b, '-'), mant[1:]
	}
	digits := strings.Replace(mant, ".", "", 1)
	point := x + 1 // digits before the decimal point
	switch {
	case point <= 0:
		b = append(b, "0."...)
		b = append(b, strings.Repeat("0", -point)...)
		return append(b, digits...)
	case point >= len(digits):
		b = append(b, digits...)
		b = append(b, strings.Repeat("0", point-len(digits))...)
		return append(b, ".0"...)
	default:
		return append(append(append(b, digits[:point]...), '.'), digits[point:]...)
	}
}
