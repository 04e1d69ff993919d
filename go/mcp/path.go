package mcp

import (
	"fmt"
	"math"
)

// Canonicalize returns the canonical JSON of any JSON document, after the same whole-input
// checks as Parse (size, UTF-8, depth, grammar, lone surrogates, duplicate keys).
func (p *Parser) Canonicalize(data []byte) ([]byte, error) {
	b, e := p.appendCanonical(make([]byte, 0, len(data)), data)
	if e != nil {
		return nil, e
	}
	return b, nil
}

// appendCanonical appends the canonical JSON of data to b (Canonicalize).
func (p *Parser) appendCanonical(b, data []byte) ([]byte, *Error) {
	d, e := p.load(data, math.MaxInt)
	if e != nil {
		return b, e
	}
	defer putDoc(d)
	return d.appendCanon(b, 0), nil
}

// GetPath returns the canonical JSON of the value at path (string keys, int indexes) in the
// document data, and whether it exists. The whole document is checked first, so "which
// duplicate key wins" never arises. A key into an array, an index into an object or a
// negative index is absent.
func (p *Parser) GetPath(data []byte, path ...any) ([]byte, bool, error) {
	for _, seg := range path {
		switch seg.(type) {
		case string, int:
		default:
			return nil, false, fmt.Errorf("%w: path elements must be string or int, got %T", ErrInvalidOption, seg)
		}
	}
	d, e := p.load(data, math.MaxInt)
	if e != nil {
		return nil, false, e
	}
	defer putDoc(d)
	i := 0
	for _, seg := range path {
		switch s := seg.(type) {
		case string:
			if d.kind(i) != kObject {
				return nil, false, nil
			}
			if i = d.member(i, s); i < 0 {
				return nil, false, nil
			}
		case int:
			if d.kind(i) != kArray || s < 0 || s >= int(d.tape[i].n) {
				return nil, false, nil
			}
			c := i + 1
			for range s {
				c = int(d.tape[c].next)
			}
			i = c
		}
	}
	return d.appendCanon(nil, i), true, nil
}
