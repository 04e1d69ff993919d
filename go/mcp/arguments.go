package mcp

import "slices"

// ParseWithArguments is Parse, and for a single message with params.arguments also their
// canonical JSON (exactly Canonicalize(Summary.Raw(Arguments))) appended to dst; for a batch
// or a message without arguments it returns dst unchanged. The canonical form comes from
// Parse's own scan when that indexed the whole arguments value (nested at most two levels
// deep: the usual tool call), so a caller hashing the arguments does not scan them twice.
func (p *Parser) ParseWithArguments(data, dst []byte) (*Summary, []byte, error) {
	s, e := p.parse(data, messageTapeDepth, &dst)
	if e != nil {
		return nil, dst, e
	}
	return s, dst, nil
}

// appendArguments appends the canonical JSON of the arguments at span sp of the message d
// holds at its root.
func (p *Parser) appendArguments(b []byte, d *doc, sp Span) ([]byte, *Error) {
	b = slices.Grow(b, sp.End-sp.Start) // canonical JSON is never longer than the input's
	if a := d.member(d.member(0, "params"), "arguments"); a >= 0 && d.span(a) == sp && d.indexed(a) {
		return d.appendCanon(b, a), nil
	}
	// Deeper than the message's tape: a scan of their bytes alone (valid JSON, so it succeeds).
	return p.appendCanonical(b, d.data[sp.Start:sp.End])
}

// indexed reports whether the tape holds every node of the value at i: the scan records the
// containers below the tape's depth without their contents.
func (d *doc) indexed(i int) bool {
	for c := i; c < int(d.tape[i].next); c++ {
		if t := &d.tape[c]; (t.kind == kObject || t.kind == kArray) && t.n > 0 && int(t.next) == c+1 {
			return false
		}
	}
	return true
}
