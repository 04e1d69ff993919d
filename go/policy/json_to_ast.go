package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
)

// jsonLimits bound what jsonToAST accepts beyond the JSON grammar.
type jsonLimits struct {
	depth     int // deepest nesting of arrays and objects
	intDigits int // most digits of an integer literal (no fraction, no exponent); 0: no limit
}

// encodingJSONLimits are encoding/json's: nesting up to 10000, integers of any length.
var encodingJSONLimits = jsonLimits{depth: 10000}

// jsonToAST parses one JSON document straight into an OPA AST value, without the
// intermediate map[string]any that ast.ValueFromReader builds. It accepts exactly
// what encoding/json accepts and produces the same value ast.ValueFromReader would:
// numbers keep their text, invalid UTF-8 and lone surrogates become U+FFFD,
// duplicate object keys keep the last value. Fuzzed against that path in
// FuzzJSONToAST.
func jsonToAST(b []byte, lim jsonLimits) (ast.Value, error) {
	p := jsonParser{buf: b, lim: lim}
	p.skipSpace()
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos != len(p.buf) {
		return nil, p.errorf("data after the first value")
	}
	return v, nil
}

// checkJSON is jsonToAST without building the value: the same grammar, limits and
// errors, for input that goes to the Wasm evaluator as text.
func checkJSON(b []byte, lim jsonLimits) error {
	p := jsonParser{buf: b, lim: lim, checkOnly: true}
	p.skipSpace()
	if _, err := p.value(0); err != nil {
		return err
	}
	p.skipSpace()
	if p.pos != len(p.buf) {
		return p.errorf("data after the first value")
	}
	return nil
}

type jsonParser struct {
	buf []byte
	pos int
	lim jsonLimits
	sb  []byte // scratch for unescaping strings
	// checkOnly: validate, build nothing (every value returned is nil).
	checkOnly bool
}

func (p *jsonParser) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: %s", p.pos, fmt.Sprintf(format, args...))
}

// errOverLimit marks valid JSON refused by a jsonLimits bound (not a grammar error).
var errOverLimit = errors.New("over a limit")

func (p *jsonParser) overLimit(format string, args ...any) error {
	return fmt.Errorf("%w: offset %d: %s", errOverLimit, p.pos, fmt.Sprintf(format, args...))
}

func (p *jsonParser) skipSpace() {
	for p.pos < len(p.buf) {
		switch p.buf[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *jsonParser) value(depth int) (ast.Value, error) {
	if p.pos >= len(p.buf) {
		return nil, p.errorf("unexpected end of JSON input")
	}
	switch c := p.buf[p.pos]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		s, err := p.strBytes()
		if err != nil || p.checkOnly {
			return nil, err
		}
		return ast.String(s), nil
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't':
		return p.literal("true", ast.Boolean(true))
	case c == 'f':
		return p.literal("false", ast.Boolean(false))
	case c == 'n':
		return p.literal("null", ast.NullValue)
	default:
		return nil, p.errorf("invalid character %q looking for beginning of value", c)
	}
}

func (p *jsonParser) literal(word string, v ast.Value) (ast.Value, error) {
	if len(p.buf)-p.pos < len(word) || string(p.buf[p.pos:p.pos+len(word)]) != word {
		return nil, p.errorf("invalid literal")
	}
	p.pos += len(word)
	if p.checkOnly {
		return nil, nil
	}
	return v, nil
}

func (p *jsonParser) object(depth int) (ast.Value, error) {
	if depth > p.lim.depth {
		return nil, p.overLimit("nesting deeper than %d levels", p.lim.depth)
	}
	p.pos++ // '{'
	p.skipSpace()
	var pairs [][2]*ast.Term
	var index map[string]int // key -> position in pairs, built for large objects only
	if p.pos < len(p.buf) && p.buf[p.pos] == '}' {
		p.pos++
		if p.checkOnly {
			return nil, nil
		}
		return ast.NewObject(), nil
	}
	for {
		if p.pos >= len(p.buf) || p.buf[p.pos] != '"' {
			return nil, p.errorf("expected object key")
		}
		kb, err := p.strBytes()
		if err != nil {
			return nil, err
		}
		var k string
		if !p.checkOnly {
			k = string(kb) // now: kb may be the scratch buffer, which the value reuses
		}
		p.skipSpace()
		if p.pos >= len(p.buf) || p.buf[p.pos] != ':' {
			return nil, p.errorf("expected ':' after object key")
		}
		p.pos++
		p.skipSpace()
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		if !p.checkOnly {
			// ast.NewObject does not merge repeated keys; encoding/json keeps the
			// last value, so replace it here.
			if dup := findKey(pairs, index, k); dup >= 0 {
				pairs[dup][1] = ast.NewTerm(v)
			} else {
				pairs = append(pairs, [2]*ast.Term{ast.NewTerm(ast.String(k)), ast.NewTerm(v)})
				switch {
				case index != nil:
					index[k] = len(pairs) - 1
				case len(pairs) == 16:
					index = make(map[string]int, 32)
					for i, kv := range pairs {
						index[string(kv[0].Value.(ast.String))] = i
					}
				}
			}
		}
		p.skipSpace()
		if p.pos >= len(p.buf) {
			return nil, p.errorf("unexpected end of JSON input")
		}
		switch p.buf[p.pos] {
		case ',':
			p.pos++
			p.skipSpace()
		case '}':
			p.pos++
			if p.checkOnly {
				return nil, nil
			}
			return ast.NewObject(pairs...), nil
		default:
			return nil, p.errorf("expected ',' or '}' in object")
		}
	}
}

// findKey returns the position of key k in pairs, or -1: a linear scan for small
// objects, the index for large ones.
func findKey(pairs [][2]*ast.Term, index map[string]int, k string) int {
	if index != nil {
		if i, ok := index[k]; ok {
			return i
		}
		return -1
	}
	for i, kv := range pairs {
		if string(kv[0].Value.(ast.String)) == k {
			return i
		}
	}
	return -1
}

func (p *jsonParser) array(depth int) (ast.Value, error) {
	if depth > p.lim.depth {
		return nil, p.overLimit("nesting deeper than %d levels", p.lim.depth)
	}
	p.pos++ // '['
	p.skipSpace()
	var elems []*ast.Term
	if p.pos < len(p.buf) && p.buf[p.pos] == ']' {
		p.pos++
		if p.checkOnly {
			return nil, nil
		}
		return ast.NewArray(), nil
	}
	for {
		v, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		if !p.checkOnly {
			elems = append(elems, ast.NewTerm(v))
		}
		p.skipSpace()
		if p.pos >= len(p.buf) {
			return nil, p.errorf("unexpected end of JSON input")
		}
		switch p.buf[p.pos] {
		case ',':
			p.pos++
			p.skipSpace()
		case ']':
			p.pos++
			if p.checkOnly {
				return nil, nil
			}
			return ast.NewArray(elems...), nil
		default:
			return nil, p.errorf("expected ',' or ']' in array")
		}
	}
}

// number scans a JSON number and converts it the way ast.InterfaceToValue
// converts a json.Number (interned small integers, exponent range check).
func (p *jsonParser) number() (ast.Value, error) {
	start := p.pos
	b := p.buf
	i := p.pos
	if b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		p.pos = i
		return nil, p.errorf("invalid number")
	}
	intEnd, intDigits := i, i-start
	if b[start] == '-' {
		intDigits--
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			p.pos = i
			return nil, p.errorf("invalid number")
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			p.pos = i
			return nil, p.errorf("invalid number")
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	if p.lim.intDigits > 0 && intDigits > p.lim.intDigits && i == intEnd {
		return nil, p.overLimit("integer of %d digits exceeds the limit of %d", intDigits, p.lim.intDigits)
	}
	p.pos = i
	if p.checkOnly {
		// The one error InterfaceToValue can return: an exponent out of range.
		if bytes.ContainsAny(b[start:i], "eE") {
			_, err := ast.NumberChecked(string(b[start:i]))
			return nil, err
		}
		return nil, nil
	}
	return ast.InterfaceToValue(json.Number(b[start:i]))
}

// strBytes scans a JSON string starting at the opening quote and returns its
// value, valid until the next call (it may be the scratch buffer).
func (p *jsonParser) strBytes() ([]byte, error) {
	p.pos++ // opening quote
	start := p.pos
	b := p.buf
	// Fast path: no escapes, ASCII or valid UTF-8, no control characters.
	for i := start; i < len(b); i++ {
		c := b[i]
		if c == '"' {
			p.pos = i + 1
			return b[start:i], nil
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
	}
	p.sb = p.sb[:0]
	i := start
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			p.pos = i + 1
			return p.sb, nil
		case c < 0x20:
			p.pos = i
			return nil, p.errorf("invalid character %q in string literal", c)
		case c == '\\':
			i++
			if i >= len(b) {
				p.pos = i
				return nil, p.errorf("unexpected end of JSON input")
			}
			switch e := b[i]; e {
			case '"', '\\', '/':
				p.sb = append(p.sb, e)
				i++
			case 'b':
				p.sb = append(p.sb, '\b')
				i++
			case 'f':
				p.sb = append(p.sb, '\f')
				i++
			case 'n':
				p.sb = append(p.sb, '\n')
				i++
			case 'r':
				p.sb = append(p.sb, '\r')
				i++
			case 't':
				p.sb = append(p.sb, '\t')
				i++
			case 'u':
				r, ok := hex4(b, i+1)
				if !ok {
					p.pos = i
					return nil, p.errorf("invalid \\u escape")
				}
				i += 5
				if utf16.IsSurrogate(r) {
					// A high surrogate followed by an escaped low surrogate is one
					// character; anything else is U+FFFD, as in encoding/json.
					if i+1 < len(b) && b[i] == '\\' && b[i+1] == 'u' {
						if r2, ok := hex4(b, i+2); ok {
							if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
								p.sb = utf8.AppendRune(p.sb, dec)
								i += 6
								continue
							}
						}
					}
					r = utf8.RuneError
				}
				p.sb = utf8.AppendRune(p.sb, r)
			default:
				p.pos = i
				return nil, p.errorf("invalid escape character %q", e)
			}
		case c < utf8.RuneSelf:
			p.sb = append(p.sb, c)
			i++
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size == 1 {
				p.sb = append(p.sb, "\uFFFD"...)
			} else {
				p.sb = append(p.sb, b[i:i+size]...)
			}
			i += size
		}
	}
	p.pos = i
	return nil, p.errorf("unexpected end of JSON input")
}

func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
