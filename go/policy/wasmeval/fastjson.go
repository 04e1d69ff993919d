package wasmeval

import (
	"bytes"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
)

// fastResultJSON converts a value in Rego value syntax (opa_value_dump,
// opa_eval's format 1) straight to the JSON astjson.Marshal would write for it,
// without building the AST: object keys sorted, sets sorted the way ast
// orders them. It handles what policy results usually are: objects with
// string keys, arrays, scalars, and sets of only strings or only numbers;
// for anything else ok is false and the caller takes the AST route.
func fastResultJSON(dst []byte, s string) (out []byte, ok bool) {
	p := valueParser{s: s}
	n, ok := p.node()
	if !ok {
		return nil, false
	}
	p.space()
	if p.i != len(p.s) {
		return nil, false
	}
	return n.appendJSON(dst), true
}

type nodeKind uint8

const (
	kNull nodeKind = iota
	kTrue
	kFalse
	kNumber
	kString
	kArray
	kObject
	kSet
)

type node struct {
	kind  nodeKind
	text  string // number text, decoded string
	elems []node // array and set elements; object values
	keys  []string
}

func (n *node) appendJSON(dst []byte) []byte {
	switch n.kind {
	case kNull:
		return append(dst, "null"...)
	case kTrue:
		return append(dst, "true"...)
	case kFalse:
		return append(dst, "false"...)
	case kNumber:
		return append(dst, n.text...)
	case kString:
		return astjson.AppendString(dst, n.text)
	case kArray, kSet:
		dst = append(dst, '[')
		for i := range n.elems {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = n.elems[i].appendJSON(dst)
		}
		return append(dst, ']')
	default: // object, keys sorted by node()
		dst = append(dst, '{')
		for i := range n.elems {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = astjson.AppendString(dst, n.keys[i])
			dst = append(dst, ':')
			dst = n.elems[i].appendJSON(dst)
		}
		return append(dst, '}')
	}
}

func (p *valueParser) node() (node, bool) {
	p.space()
	if p.i >= len(p.s) {
		return node{}, false
	}
	switch c := p.s[p.i]; {
	case c == '"':
		s, err := p.str()
		return node{kind: kString, text: s}, err == nil
	case c == '[':
		p.i++
		n := node{kind: kArray}
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return n, true
		}
		for {
			e, ok := p.node()
			if !ok {
				return node{}, false
			}
			n.elems = append(n.elems, e)
			p.space()
			if p.i >= len(p.s) {
				return node{}, false
			}
			switch p.s[p.i] {
			case ',':
				p.i++
				continue
			case ']':
				p.i++
				return n, true
			}
			return node{}, false
		}
	case c == '{':
		return p.objectOrSetNode()
	case c == 't' && p.lit("true"):
		return node{kind: kTrue}, true
	case c == 'f' && p.lit("false"):
		return node{kind: kFalse}, true
	case c == 'n' && p.lit("null"):
		return node{kind: kNull}, true
	case c == 's' && p.lit("set()"):
		return node{kind: kSet}, true
	case c == '-' || (c >= '0' && c <= '9'):
		num, ok := p.number()
		return node{kind: kNumber, text: num}, ok
	}
	return node{}, false
}

func (p *valueParser) objectOrSetNode() (node, bool) {
	p.i++ // {
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return node{kind: kObject}, true
	}
	first, ok := p.node()
	if !ok {
		return node{}, false
	}
	p.space()
	if p.i >= len(p.s) {
		return node{}, false
	}
	if p.s[p.i] != ':' {
		n := node{kind: kSet, elems: []node{first}}
		for {
			p.space()
			if p.i >= len(p.s) {
				return node{}, false
			}
			if p.s[p.i] == '}' {
				p.i++
				return n, sortSet(n.elems)
			}
			if p.s[p.i] != ',' {
				return node{}, false
			}
			p.i++
			e, ok := p.node()
			if !ok {
				return node{}, false
			}
			n.elems = append(n.elems, e)
		}
	}
	n := node{kind: kObject}
	key := first
	for {
		if key.kind != kString {
			return node{}, false
		}
		p.i++ // :
		v, ok := p.node()
		if !ok {
			return node{}, false
		}
		n.keys = append(n.keys, key.text)
		n.elems = append(n.elems, v)
		p.space()
		if p.i >= len(p.s) {
			return node{}, false
		}
		if p.s[p.i] == '}' {
			p.i++
			break
		}
		if p.s[p.i] != ',' {
			return node{}, false
		}
		p.i++
		if key, ok = p.node(); !ok {
			return node{}, false
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return node{}, false
		}
	}
	return n, sortObject(&n)
}

type keyed struct {
	key string
	val node
}

// sortObject sorts an object's keys and reports false for a key written twice
// (opa_value_dump does not; the AST route keeps the last value).
func sortObject(n *node) bool {
	if slices.IsSorted(n.keys) {
		return !repeated(n.keys, strings.Compare)
	}
	kv := make([]keyed, len(n.keys))
	for i := range n.keys {
		kv[i] = keyed{n.keys[i], n.elems[i]}
	}
	slices.SortFunc(kv, func(a, b keyed) int { return strings.Compare(a.key, b.key) })
	for i := range kv {
		n.keys[i], n.elems[i] = kv[i].key, kv[i].val
	}
	return !repeated(n.keys, strings.Compare)
}

// repeated reports two neighbours of a sorted slice that compare equal.
func repeated[T any](sorted []T, cmp func(a, b T) int) bool {
	for i := 1; i < len(sorted); i++ {
		if cmp(sorted[i-1], sorted[i]) == 0 {
			return true
		}
	}
	return false
}

// sortSet sorts a set of strings (byte order) or of numbers (ast's numeric
// order), and reports false for other sets and for an element written twice.
func sortSet(elems []node) bool {
	kind := elems[0].kind
	for i := range elems {
		if elems[i].kind != kind {
			return false
		}
	}
	var cmp func(a, b node) int
	switch kind {
	case kString:
		cmp = func(a, b node) int { return strings.Compare(a.text, b.text) }
	case kNumber:
		cmp = func(a, b node) int { return ast.Compare(ast.Number(a.text), ast.Number(b.text)) }
	default:
		return false
	}
	slices.SortFunc(elems, cmp)
	return !repeated(elems, cmp)
}

// resultPrefixes are the two shapes of a one-element result set in value
// syntax.
var resultPrefixes = [][]byte{[]byte(`{{"result":`), []byte(`[{"result":`)}

// fastResult extracts the value of a one-element result set and converts it
// with fastResultJSON.
func fastResult(rs []byte) ([]byte, bool) {
	for _, pre := range resultPrefixes {
		if bytes.HasPrefix(rs, pre) && len(rs) >= len(pre)+2 && rs[len(rs)-2] == '}' && (rs[len(rs)-1] == '}' || rs[len(rs)-1] == ']') {
			inner := rs[len(pre) : len(rs)-2]
			return fastResultJSON(make([]byte, 0, len(inner)+16), string(inner))
		}
	}
	return nil, false
}
