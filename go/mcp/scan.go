package mcp

// strByte marks bytes that end the fast path of string scanning.
var strByte = func() (t [256]bool) {
	for i := 0; i < 0x20; i++ {
		t[i] = true
	}
	t['"'], t['\\'] = true, true
	return
}()

// isWS: one comparison for the common case (a byte above the space is never whitespace).
func isWS(c byte) bool { return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r') }

// scan builds the tape of d.data under RFC 8259 (no NaN/Infinity, no trailing data, no
// control characters in strings). It returns errGrammar or errDepth; lone surrogates and
// duplicate keys only set flags, because the passes before them must see the whole input.
func (d *doc) scan() error {
	p := d.skipWS(0)
	p, err := d.value(p, 0)
	if err != nil {
		return err
	}
	if d.skipWS(p) != len(d.data) {
		return errGrammar
	}
	return nil
}

func (d *doc) skipWS(p int) int {
	for p < len(d.data) && isWS(d.data[p]) {
		p++
	}
	return p
}

// grow returns a pointer to a new node at the end of the tape, to be filled field by field:
// building a node value and copying it in costs a store-forwarding stall per node (byte
// stores, then a 16-byte load), which is a large share of the scan on token-dense input.
func (d *doc) grow() (*node, int) {
	n := len(d.tape)
	if n == cap(d.tape) {
		d.tape = append(d.tape, node{})
	} else {
		d.tape = d.tape[:n+1]
	}
	return &d.tape[n], n
}

func (d *doc) push(kind uint8, start int) int {
	if !d.record {
		return -1
	}
	t, i := d.grow()
	t.kind, t.flags, t.start, t.end, t.next, t.n = kind, 0, int32(start), 0, 0, 0
	return i
}

// element scans an array element or a member value: strings and numbers (most of them on
// token-dense input) without the dispatch through value.
func (d *doc) element(p, depth int) (int, error) {
	if p < len(d.data) {
		if c := d.data[p]; c == '"' {
			return d.strFast(p)
		} else if c >= '0' && c <= '9' {
			return d.number(p)
		}
	}
	return d.value(p, depth)
}

// leaf appends a complete scalar node (written once, after its end is known).
func (d *doc) leaf(kind, flags uint8, start, end int) {
	if !d.record {
		return
	}
	t, i := d.grow()
	t.kind, t.flags, t.start, t.end, t.next, t.n = kind, flags, int32(start), int32(end), int32(i+1), 0
}

func (d *doc) value(p, depth int) (int, error) {
	if p >= len(d.data) {
		return p, errGrammar
	}
	switch c := d.data[p]; c {
	case '{':
		return d.object(p, depth+1)
	case '[':
		return d.array(p, depth+1)
	case '"':
		return d.strFast(p)
	case 't':
		return d.literal(p, "true", kTrue)
	case 'f':
		return d.literal(p, "false", kFalse)
	case 'n':
		return d.literal(p, "null", kNull)
	default:
		if c == '-' || (c >= '0' && c <= '9') {
			return d.number(p)
		}
		return p, errGrammar
	}
}

func (d *doc) literal(p int, lit string, kind uint8) (int, error) {
	if len(d.data)-p < len(lit) || string(d.data[p:p+len(lit)]) != lit {
		return p, errGrammar
	}
	e := p + len(lit)
	d.leaf(kind, 0, p, e)
	return e, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (d *doc) number(p int) (int, error) {
	s, b := p, d.data
	flags := fInteger
	if b[p] == '-' {
		p++
	}
	switch {
	case p < len(b) && b[p] == '0':
		p++
	case p < len(b) && b[p] >= '1' && b[p] <= '9':
		for p < len(b) && isDigit(b[p]) {
			p++
		}
	default:
		return p, errGrammar
	}
	if p < len(b) && b[p] == '.' {
		flags = 0
		p++
		if p >= len(b) || !isDigit(b[p]) {
			return p, errGrammar
		}
		for p < len(b) && isDigit(b[p]) {
			p++
		}
	}
	if p < len(b) && (b[p] == 'e' || b[p] == 'E') {
		flags = 0
		p++
		if p < len(b) && (b[p] == '+' || b[p] == '-') {
			p++
		}
		if p >= len(b) || !isDigit(b[p]) {
			return p, errGrammar
		}
		for p < len(b) && isDigit(b[p]) {
			p++
		}
	}
	if flags != 0 && p-s > 18 {
		d.longInt = true
	}
	d.leaf(kNumber, flags, s, p)
	return p, nil
}

func hexVal(c byte) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case c >= 'a' && c <= 'f':
		return rune(c - 'a' + 10)
	case c >= 'A' && c <= 'F':
		return rune(c - 'A' + 10)
	}
	return -1
}

// hex4 decodes the 4 hex digits at b[p:], or returns -1.
func hex4(b []byte, p int) rune {
	if len(b)-p < 4 {
		return -1
	}
	r := hexVal(b[p])<<12 | hexVal(b[p+1])<<8 | hexVal(b[p+2])<<4 | hexVal(b[p+3])
	if hexVal(b[p]) < 0 || hexVal(b[p+1]) < 0 || hexVal(b[p+2]) < 0 || hexVal(b[p+3]) < 0 {
		return -1
	}
	return r
}

// strFast scans the string at p and records it.
func (d *doc) strFast(p int) (int, error) {
	e, flags, err := d.strEnd(p)
	if err == nil {
		d.leaf(kString, flags, p, e)
	}
	return e, err
}

// strEnd returns the end of the string at p and its flags: most strings (keys above all) have
// no escape, and end at the first byte skipPlain stops at.
func (d *doc) strEnd(p int) (int, uint8, error) {
	if q := skipPlain(d.data, p+1); q < len(d.data) && d.data[q] == '"' {
		return q + 1, 0, nil
	}
	return d.str(p)
}

func (d *doc) str(p int) (int, uint8, error) {
	b := d.data
	var flags uint8
	p++
	for {
		// Fast path: the input is valid UTF-8 already, so only ", \ and controls matter.
		p = skipPlain(b, p)
		if p >= len(b) {
			return p, 0, errGrammar
		}
		c := b[p]
		if c == '"' {
			p++
			break
		}
		if c < 0x20 {
			return p, 0, errGrammar
		}
		flags = fEscaped
		p++
		if p >= len(b) {
			return p, 0, errGrammar
		}
		switch b[p] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			p++
		case 'u':
			r := hex4(b, p+1)
			if r < 0 {
				return p, 0, errGrammar
			}
			p += 5
			if utf16IsHigh(r) {
				if len(b)-p >= 6 && b[p] == '\\' && b[p+1] == 'u' {
					if r2 := hex4(b, p+2); utf16IsLow(r2) {
						p += 6
						continue
					}
				}
				d.loneSurrogate = true
			} else if utf16IsLow(r) {
				d.loneSurrogate = true
			}
		default:
			return p, 0, errGrammar
		}
	}
	return p, flags, nil
}

func utf16IsHigh(r rune) bool { return r >= 0xD800 && r <= 0xDBFF }
func utf16IsLow(r rune) bool  { return r >= 0xDC00 && r <= 0xDFFF }

func (d *doc) array(p, depth int) (int, error) {
	if depth > d.maxDepth {
		return p, errDepth
	}
	i := d.push(kArray, p)
	record := d.record
	d.record = record && depth < d.tapeDepth
	p = d.skipWS(p + 1)
	var n int32
	limit := int32(-1)
	if depth == 1 {
		limit = int32(d.batchLimit)
	}
	if p < len(d.data) && d.data[p] == ']' {
		p++
	} else {
		for {
			if n == limit {
				d.record = false // a batch too long: validate and count the rest, record nothing
			}
			var err error
			if p, err = d.element(p, depth); err != nil {
				return p, err
			}
			n++
			p = d.skipWS(p)
			if p >= len(d.data) {
				return p, errGrammar
			}
			if d.data[p] == ']' {
				p++
				break
			}
			if d.data[p] != ',' {
				return p, errGrammar
			}
			p = d.skipWS(p + 1)
		}
	}
	if d.record = record; record {
		t := &d.tape[i]
		t.end, t.next, t.n = int32(p), int32(len(d.tape)), n
	}
	return p, nil
}

func (d *doc) object(p, depth int) (int, error) {
	if depth > d.maxDepth {
		return p, errDepth
	}
	i := d.push(kObject, p)
	record := d.record
	d.record = record && depth < d.tapeDepth
	p = d.skipWS(p + 1)
	var n int32
	// Duplicate keys: a 64-bit filter of (length, first byte, last byte) of the keys seen;
	// only an object with a filter hit or an escaped key gets the exact check, over the key
	// spans it pushed on d.keySpans (its contents may have no nodes).
	var seen uint64
	suspect := false
	base := len(d.keySpans)
	if p < len(d.data) && d.data[p] == '}' {
		p++
	} else {
		for {
			if p >= len(d.data) || d.data[p] != '"' {
				return p, errGrammar
			}
			k := p
			var flags uint8
			var err error
			if p, flags, err = d.strEnd(p); err != nil {
				return p, err
			}
			d.leaf(kString, flags, k, p)
			d.keySpans = append(d.keySpans, keySpan{start: int32(k), end: int32(p), flags: flags})
			if flags&fEscaped != 0 {
				suspect = true
			} else {
				h := uint32(p - k)
				if h > 2 {
					h = (h*31+uint32(d.data[k+1]))*31 + uint32(d.data[p-2])
				}
				bit := uint64(1) << (h & 63)
				suspect = suspect || seen&bit != 0
				seen |= bit
			}
			p = d.skipWS(p)
			if p >= len(d.data) || d.data[p] != ':' {
				return p, errGrammar
			}
			if p, err = d.element(d.skipWS(p+1), depth); err != nil {
				return p, err
			}
			n++
			p = d.skipWS(p)
			if p >= len(d.data) {
				return p, errGrammar
			}
			if d.data[p] == '}' {
				p++
				break
			}
			if d.data[p] != ',' {
				return p, errGrammar
			}
			p = d.skipWS(p + 1)
		}
	}
	if d.record = record; record {
		t := &d.tape[i]
		t.end, t.next, t.n = int32(p), int32(len(d.tape)), n
	}
	if suspect && n > 1 && !d.duplicate {
		d.duplicate = d.hasDuplicateKeys(d.keySpans[base:])
	}
	d.keySpans = d.keySpans[:base]
	return p, nil
}

// skipLexicalString returns the index of the quote that closes the string opening at b[p],
// or len(b) (or past it) when the string is unterminated; a backslash skips the next byte.
func skipLexicalString(b []byte, p int) int {
	for p++; p < len(b) && b[p] != '"'; p++ {
		if b[p] == '\\' {
			p++
		}
	}
	return p
}

// lexicalDepthExceeds reports whether the running count of brackets outside strings ever
// exceeds limit. It is defined on any bytes (a backslash inside a string skips the next byte,
// an unterminated string runs to the end) so that broken JSON gets the same answer as in the
// Python reference; on valid JSON it equals the nesting depth.
func lexicalDepthExceeds(b []byte, limit int) bool {
	depth := 0
	for p := 0; p < len(b); p++ {
		switch b[p] {
		case '"':
			p = skipLexicalString(b, p)
		case '[', '{':
			if depth++; depth > limit {
				return true
			}
		case ']', '}':
			depth--
		}
	}
	return false
}
