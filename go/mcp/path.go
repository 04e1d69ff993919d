package mcp

import (
	"fmt"
	"math"
	"strconv"
)

// Canonicalize returns the canonical JSON of any JSON document, after the same whole-input
// checks as Parse (size, UTF-8, depth, grammar, lone surrogates, duplicate keys).
func (p *Parser) Canonicalize(data []byte) ([]byte, error) {
	d, e := p.load(data, math.MaxInt)
	if e != nil {
		return nil, e
	}
	defer putDoc(d)
	return d.appendCanon(make([]byte, 0, len(data)), 0), nil
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

// CanonicalizeString is Canonicalize for the binding (string in, string out).
func (p *Parser) CanonicalizeString(data string) (string, error) {
	b, err := p.Canonicalize([]byte(data))
	return string(b), err
}

// GetPathJSON is GetPath for the binding: pathJSON is a JSON array of strings and integers;
// the result is the canonical JSON of the value, or "" when the path does not exist.
func (p *Parser) GetPathJSON(data, pathJSON string) (string, error) {
	path, err := decodePath([]byte(pathJSON))
	if err != nil {
		return "", err
	}
	b, ok, err := p.GetPath([]byte(data), path...)
	if err != nil || !ok {
		return "", err
	}
	return string(b), nil
}

func decodePath(b []byte) ([]any, error) {
	bad := fmt.Errorf("%w: path must be a JSON array of strings and integers", ErrInvalidOption)
	d := getDoc(b, 2)
	defer putDoc(d)
	if d.scan() != nil || d.kind(0) != kArray {
		return nil, bad
	}
	out := make([]any, 0, d.tape[0].n)
	for c := 1; c < int(d.tape[0].next); c = int(d.tape[c].next) {
		switch d.kind(c) {
		case kString:
			out = append(out, d.strOwned(c))
		case kNumber:
			n, ok := d.asInt(c)
			if !ok || n != int64(int(n)) {
				return nil, bad
			}
			out = append(out, int(n))
		default:
			return nil, bad
		}
	}
	return out, nil
}

// NewParserJSON builds a Parser from the binding's options JSON, e.g.
// {"strict":true,"max_bytes":4194304,"max_depth":64,"max_batch":1000,"max_batch_bytes":4194304}; absent keys keep
// their defaults, unknown keys are an error.
func NewParserJSON(optionsJSON string) (*Parser, error) {
	bad := func(msg string) error { return fmt.Errorf("%w: %s", ErrInvalidOption, msg) }
	if optionsJSON == "" {
		return NewParser()
	}
	d := getDoc([]byte(optionsJSON), 2)
	defer putDoc(d)
	if d.scan() != nil || d.kind(0) != kObject || d.duplicate {
		return nil, bad("options must be a JSON object")
	}
	var opts []Option
	for k := 1; k < int(d.tape[0].next); k = int(d.tape[k+1].next) {
		key, v := d.strOwned(k), k+1
		if key == "strict" {
			if d.kind(v) != kTrue && d.kind(v) != kFalse {
				return nil, bad("strict must be a boolean")
			}
			opts = append(opts, WithStrict(d.kind(v) == kTrue))
			continue
		}
		n, ok := d.asInt(v)
		if !ok || n != int64(int(n)) {
			return nil, bad(key + " must be an integer")
		}
		switch key {
		case "max_bytes":
			opts = append(opts, WithMaxBytes(int(n)))
		case "max_depth":
			opts = append(opts, WithMaxDepth(int(n)))
		case "max_batch":
			opts = append(opts, WithMaxBatch(int(n)))
		case "max_batch_bytes":
			opts = append(opts, WithMaxBatchBytes(int(n)))
		default:
			return nil, bad("unknown option " + strconv.Quote(key))
		}
	}
	return NewParser(opts...)
}
