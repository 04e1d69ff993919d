package mcp

import (
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Canonical JSON (identical bytes in the Python reference): no whitespace; object keys sorted
// by code point (bytewise on UTF-8); numbers exactly as written; strings escape only
// " \ and the controls (\b \f \n \r \t short, others as \u00xx, lower-case hex), everything
// else is literal UTF-8.

const hexDigits = "0123456789abcdef"

// AppendJSONString appends s to b as a canonical JSON string: the bytes Python's
// json.dumps(s, ensure_ascii=False) writes, so Go and Python pipelines emit identical text.
// Only " \ and the controls are escaped (\b \f \n \r \t short, others \u00xx); everything
// else, DEL, U+2028 and U+2029 included, is literal UTF-8. Each byte of invalid UTF-8 (a Go
// caller can pass it; a Python str cannot hold it) becomes U+FFFD, so the output is always
// valid JSON. Time and memory are linear in len(s).
func AppendJSONString(b []byte, s string) []byte {
	if !utf8.ValidString(s) {
		s = replaceInvalidUTF8(s)
	}
	return appendCanonString(b, s)
}

// replaceInvalidUTF8 returns s with each invalid byte replaced by U+FFFD (strings.ToValidUTF8
// would merge a run of them into one).
func replaceInvalidUTF8(s string) string {
	out := make([]byte, 0, len(s)+8)
	for _, r := range s {
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

// appendCanonString appends s (valid UTF-8) as a canonical JSON string.
func appendCanonString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		i = skipPlainString(s, i)
		if i >= len(s) {
			break
		}
		c := s[i]
		b = append(b, s[start:i]...)
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// decodeInto appends the decoded content of a scanned JSON string body (no quotes).
// Lone surrogates (already reported by the scanner) decode to U+FFFD.
func decodeInto(b []byte, body []byte) []byte {
	for p := 0; p < len(body); {
		c := body[p]
		if c != '\\' {
			q := p
			for q < len(body) && body[q] != '\\' {
				q++
			}
			b = append(b, body[p:q]...)
			p = q
			continue
		}
		p++
		switch body[p] {
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r := hex4(body, p+1)
			p += 4
			if utf16IsHigh(r) && len(body)-p >= 7 && body[p+1] == '\\' && body[p+2] == 'u' {
				if r2 := hex4(body, p+3); utf16IsLow(r2) {
					r = (r-0xD800)<<10 | (r2 - 0xDC00) + 0x10000
					p += 6
				}
			}
			b = utf8.AppendRune(b, r)
		default: // " \ /
			b = append(b, body[p])
		}
		p++
	}
	return b
}

// strValue returns the decoded value of string node i. Unescaped strings share d.data
// (valid only while the doc is in use); escaped ones are copied.
func (d *doc) strValue(i int) string {
	t := &d.tape[i]
	return d.spanValue(keySpan{start: t.start, end: t.end, flags: t.flags})
}

// spanValue is strValue for the string at a span of d.data.
func (d *doc) spanValue(k keySpan) string {
	body := d.data[k.start+1 : k.end-1]
	if k.flags&fEscaped == 0 {
		return unsafe.String(unsafe.SliceData(body), len(body))
	}
	return string(decodeInto(make([]byte, 0, len(body)), body))
}

// strOwned returns the decoded value of string node i as an independent string.
func (d *doc) strOwned(i int) string { return strings.Clone(d.strValue(i)) }

// strEquals reports whether string node i decodes to s.
func (d *doc) strEquals(i int, s string) bool {
	if d.tape[i].flags&fEscaped == 0 {
		return string(d.rawStr(i)) == s
	}
	return d.strValue(i) == s
}

// hasDuplicateKeys reports whether two of an object's keys decode equally. Small objects
// compare pairwise, lengths first (keys without escapes are equal only as equal bytes); large
// ones sort the decoded keys.
func (d *doc) hasDuplicateKeys(keys []keySpan) bool {
	if len(keys) <= 16 {
		for a := range keys {
			ka := &keys[a]
			for b := a + 1; b < len(keys); b++ {
				kb := &keys[b]
				if (ka.flags|kb.flags)&fEscaped == 0 {
					if ka.end-ka.start == kb.end-kb.start && string(d.data[ka.start:ka.end]) == string(d.data[kb.start:kb.end]) {
						return true
					}
				} else if d.spanValue(*ka) == d.spanValue(*kb) {
					return true
				}
			}
		}
		return false
	}
	sorted := d.keys[:0]
	for _, k := range keys {
		sorted = append(sorted, d.spanValue(k))
	}
	slices.Sort(sorted)
	dup := false
	for j := 1; j < len(sorted); j++ {
		if sorted[j] == sorted[j-1] {
			dup = true
			break
		}
	}
	clear(sorted)
	d.keys = sorted[:0]
	return dup
}

type member struct {
	key string
	val int
}

// appendCanon appends the canonical JSON of node i.
func (d *doc) appendCanon(b []byte, i int) []byte {
	t := &d.tape[i]
	switch t.kind {
	case kString:
		if t.flags&fEscaped == 0 {
			return append(b, d.data[t.start:t.end]...)
		}
		return appendCanonString(b, d.strValue(i))
	case kArray:
		b = append(b, '[')
		for j, c := 0, i+1; c < int(t.next); j, c = j+1, int(d.tape[c].next) {
			if j > 0 {
				b = append(b, ',')
			}
			b = d.appendCanon(b, c)
		}
		return append(b, ']')
	case kObject:
		return d.appendCanonObject(b, i)
	default:
		return append(b, d.data[t.start:t.end]...)
	}
}

func (d *doc) appendCanonObject(b []byte, o int) []byte {
	end := int(d.tape[o].next)
	var stack [16]member
	ms := stack[:0]
	sorted := true
	for k := o + 1; k < end; k = int(d.tape[k+1].next) {
		m := member{key: d.strValue(k), val: k + 1}
		if len(ms) > 0 && m.key < ms[len(ms)-1].key {
			sorted = false
		}
		ms = append(ms, m)
	}
	if !sorted {
		slices.SortFunc(ms, func(x, y member) int { return strings.Compare(x.key, y.key) })
	}
	b = append(b, '{')
	for j, m := range ms {
		if j > 0 {
			b = append(b, ',')
		}
		b = appendCanonString(b, m.key)
		b = append(b, ':')
		b = d.appendCanon(b, m.val)
	}
	return append(b, '}')
}
