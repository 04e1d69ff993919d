package mcp

import "strconv"

// grammarReason is the reason of a -32700 for input that is not JSON. Input cut short
// (a truncated read, a partial frame) says so and where it ended, so a client can tell it
// from a malformed message; sark_accel/mcp/_python.py (_grammar_reason) words it the same.
func grammarReason(b []byte) string {
	if endsOpen(b) {
		return "invalid JSON: unexpected end at byte " + strconv.Itoa(len(b))
	}
	return "invalid JSON"
}

// endsOpen reports whether b ends inside a string or with an array or object still open,
// scanned lexically like lexicalDepthExceeds (so it answers the same on any broken input).
func endsOpen(b []byte) bool {
	depth := 0
	for p := 0; p < len(b); p++ {
		switch b[p] {
		case '"':
			if p = skipLexicalString(b, p); p >= len(b) {
				return true
			}
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		}
	}
	return depth > 0
}
