package wasmeval

import (
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
)

// parseValue reads what opa_value_dump writes: JSON plus Rego sets ({1, 2},
// set()) and objects with non-string keys. It is what ast.ParseTerm would
// return for those texts, at a fraction of the cost (the Rego parser was a
// third of the gateway evaluation).
func parseValue(s string) (*ast.Term, error) {
	p := valueParser{s: s}
	t, err := p.term()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i != len(p.s) {
		return nil, p.errorf("trailing text")
	}
	return t, nil
}

type valueParser struct {
	s string
	i int
}

func (p *valueParser) errorf(format string, args ...any) error {
	return fmt.Errorf("wasmeval: value at offset %d: %s", p.i, fmt.Sprintf(format, args...))
}

func (p *valueParser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *valueParser) lit(word string) bool {
	if len(p.s)-p.i >= len(word) && p.s[p.i:p.i+len(word)] == word {
		p.i += len(word)
		return true
	}
	return false
}

// number returns the number token at p.i (the caller saw '-' or a digit there)
// and whether it is a JSON number (opa_value_dump writes nothing else) that the
// Rego parser accepts too: ast.NumberChecked refuses exponents beyond 2^100000.
func (p *valueParser) number() (string, bool) {
	start := p.i
	p.i++
	for p.i < len(p.s) {
		c := p.s[p.i]
		if (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-' {
			p.i++
			continue
		}
		break
	}
	num := p.s[start:p.i]
	if !jsonNumber(num) {
		return num, false
	}
	_, err := ast.NumberChecked(num)
	return num, err == nil
}

// jsonNumber reports whether s is a number in JSON's grammar: no leading zeros,
// no lone '.', no '+' but in the exponent.
func jsonNumber(s string) bool {
	i := 0
	digits := func() int {
		n := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case digits() == 0:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(s)
}

func (p *valueParser) term() (*ast.Term, error) {
	p.space()
	if p.i >= len(p.s) {
		return nil, p.errorf("unexpected end")
	}
	switch c := p.s[p.i]; {
	case c == '"':
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return ast.StringTerm(s), nil
	case c == '[':
		p.i++
		var elems []*ast.Term
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return ast.ArrayTerm(), nil
		}
		for {
			t, err := p.term()
			if err != nil {
				return nil, err
			}
			elems = append(elems, t)
			p.space()
			if p.i >= len(p.s) {
				return nil, p.errorf("unterminated array")
			}
			if p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.s[p.i] == ']' {
				p.i++
				return ast.ArrayTerm(elems...), nil
			}
			return nil, p.errorf("bad array")
		}
	case c == '{':
		return p.objectOrSet()
	case c == 't' && p.lit("true"):
		return ast.BooleanTerm(true), nil
	case c == 'f' && p.lit("false"):
		return ast.BooleanTerm(false), nil
	case c == 'n' && p.lit("null"):
		return ast.NullTerm(), nil
	case c == 's' && p.lit("set()"):
		return ast.SetTerm(), nil
	case c == '-' || (c >= '0' && c <= '9'):
		num, ok := p.number()
		if !ok {
			return nil, p.errorf("bad number %q", num)
		}
		return ast.NumberTerm(json.Number(num)), nil
	}
	return nil, p.errorf("unexpected %q", p.s[p.i])
}

func (p *valueParser) objectOrSet() (*ast.Term, error) {
	p.i++ // {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return ast.ObjectTerm(), nil
	}
	first, err := p.term()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i >= len(p.s) {
		return nil, p.errorf("unterminated object or set")
	}
	if p.s[p.i] != ':' { // a set
		elems := []*ast.Term{first}
		for {
			p.space()
			if p.i >= len(p.s) {
				return nil, p.errorf("unterminated set")
			}
			if p.s[p.i] == '}' {
				p.i++
				return ast.SetTerm(elems...), nil
			}
			if p.s[p.i] != ',' {
				return nil, p.errorf("bad set")
			}
			p.i++
			t, err := p.term()
			if err != nil {
				return nil, err
			}
			elems = append(elems, t)
		}
	}
	obj := ast.NewObject()
	key := first
	for {
		p.i++ // :
		v, err := p.term()
		if err != nil {
			return nil, err
		}
		obj.Insert(key, v)
		p.space()
		if p.i >= len(p.s) {
			return nil, p.errorf("unterminated object")
		}
		if p.s[p.i] == '}' {
			p.i++
			return ast.NewTerm(obj), nil
		}
		if p.s[p.i] != ',' {
			return nil, p.errorf("bad object")
		}
		p.i++
		if key, err = p.term(); err != nil {
			return nil, err
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, p.errorf("bad object key")
		}
	}
}

func (p *valueParser) str() (string, error) {
	start := p.i
	p.i++ // "
	escaped := false
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case c < 0x20: // JSON's grammar; opa_value_dump escapes control characters
			return "", p.errorf("control character in string")
		case c == '\\':
			escaped = true
			p.i += 2
			continue
		case c == '"':
			p.i++
			if !utf8.ValidString(p.s[start:p.i]) { // as the Rego parser: opa_value_dump writes UTF-8
				return "", p.errorf("string is not UTF-8")
			}
			if !escaped {
				return p.s[start+1 : p.i-1], nil
			}
			var s string
			if err := json.Unmarshal([]byte(p.s[start:p.i]), &s); err != nil {
				return "", p.errorf("bad string: %v", err)
			}
			return s, nil
		}
		p.i++
	}
	return "", errors.New("wasmeval: unterminated string")
}

// appendValue writes v in the syntax opa_value_parse reads: JSON with Rego
// sets and non-string object keys. (ast's String quotes strings the Go way,
// e.g. "\x00", which is not JSON.)
func appendValue(b []byte, v ast.Value) ([]byte, error) {
	switch v := v.(type) {
	case ast.Null:
		return append(b, "null"...), nil
	case ast.Boolean:
		if v {
			return append(b, "true"...), nil
		}
		return append(b, "false"...), nil
	case ast.Number:
		return append(b, v...), nil
	case ast.String:
		s, err := json.Marshal(string(v))
		if err != nil {
			return nil, err
		}
		return append(b, s...), nil
	case *ast.Array:
		b = append(b, '[')
		var err error
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = appendValue(b, v.Elem(i).Value); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	case ast.Set:
		if v.Len() == 0 {
			return append(b, "set()"...), nil
		}
		b = append(b, '{')
		var err error
		for i, t := range v.Slice() {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = appendValue(b, t.Value); err != nil {
				return nil, err
			}
		}
		return append(b, '}'), nil
	case ast.Object:
		b = append(b, '{')
		var err error
		for i, k := range v.Keys() {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = appendValue(b, k.Value); err != nil {
				return nil, err
			}
			b = append(b, ':')
			if b, err = appendValue(b, v.Get(k).Value); err != nil {
				return nil, err
			}
		}
		return append(b, '}'), nil
	}
	return nil, fmt.Errorf("wasmeval: builtin result %v (%T) is not a value", v, v)
}
