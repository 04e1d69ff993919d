// Package astjson writes OPA AST values as JSON the way OPA's REST API does. The
// topdown engine (go/policy) and the Wasm evaluator (go/policy/wasmeval) both use
// it, so their results are byte for byte the same.
package astjson

import (
	"encoding/json"
	"errors"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
)

var errNotJSONShaped = errors.New("value needs ast.JSON")

// Marshal serialises a result the way OPA's REST API does: sets become arrays,
// object keys are sorted, numbers keep their text (1 and 1.0 differ, big integers
// stay exact). It writes the AST directly; values JSON cannot express directly
// (objects with non-string keys) go through ast.JSON + encoding/json instead.
func Marshal(v ast.Value) ([]byte, error) {
	out, err := Append(make([]byte, 0, 128), v)
	if err == nil {
		return out, nil
	}
	x, err := ast.JSON(v)
	if err != nil {
		return nil, err
	}
	return json.Marshal(x)
}

func Append(dst []byte, v ast.Value) ([]byte, error) {
	var err error
	switch x := v.(type) {
	case ast.Null:
		return append(dst, "null"...), nil
	case ast.Boolean:
		if x {
			return append(dst, "true"...), nil
		}
		return append(dst, "false"...), nil
	case ast.Number:
		return append(dst, x...), nil
	case ast.String:
		return AppendString(dst, string(x)), nil
	case *ast.Array:
		dst = append(dst, '[')
		for i := range x.Len() {
			if i > 0 {
				dst = append(dst, ',')
			}
			if dst, err = Append(dst, x.Elem(i).Value); err != nil {
				return nil, err
			}
		}
		return append(dst, ']'), nil
	case ast.Set:
		dst = append(dst, '[')
		i := 0
		err = x.Iter(func(t *ast.Term) error {
			if i > 0 {
				dst = append(dst, ',')
			}
			i++
			dst, err = Append(dst, t.Value)
			return err
		})
		if err != nil {
			return nil, err
		}
		return append(dst, ']'), nil
	case ast.Object:
		dst = append(dst, '{')
		i := 0
		// Iter visits keys sorted, which for string keys is the byte order
		// encoding/json uses for maps.
		err = x.Iter(func(k, val *ast.Term) error {
			ks, ok := k.Value.(ast.String)
			if !ok {
				return errNotJSONShaped
			}
			if i > 0 {
				dst = append(dst, ',')
			}
			i++
			dst = AppendString(dst, string(ks))
			dst = append(dst, ':')
			dst, err = Append(dst, val.Value)
			return err
		})
		if err != nil {
			return nil, err
		}
		return append(dst, '}'), nil
	default:
		return nil, errNotJSONShaped
	}
}

const hexDigits = "0123456789abcdef"

// AppendString quotes s as encoding/json does, except that <, > and & are
// not escaped (as with SetEscapeHTML(false)): invalid UTF-8 becomes U+FFFD and
// U+2028/U+2029 are escaped.
func AppendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
