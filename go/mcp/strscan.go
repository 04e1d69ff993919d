package mcp

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// skipPlain returns the first index >= p where b[i] is '"', '\\' or a control character,
// or len(b). It tests 8 bytes per step (SWAR): string bodies dominate large messages.
func skipPlain(b []byte, p int) int {
	for ; p+8 <= len(b); p += 8 {
		w := binary.LittleEndian.Uint64(b[p:])
		q := w ^ (lsb * '"')
		s := w ^ (lsb * '\\')
		// A byte is flagged when it is zero in q or s, or below 0x20 in w. Bytes >= 0x80
		// are excluded by &^w; borrows only flag bytes above a true match, which is fine
		// because the first flagged byte is always a true match.
		m := ((q - lsb) &^ q) | ((s - lsb) &^ s) | ((w - lsb*0x20) &^ w)
		if m &= msb; m != 0 {
			return p + bits.TrailingZeros64(m)/8
		}
	}
	for p < len(b) && !strByte[b[p]] {
		p++
	}
	return p
}

// skipPlainString is skipPlain for a string.
func skipPlainString(s string, p int) int {
	return skipPlain(unsafe.Slice(unsafe.StringData(s), len(s)), p)
}

// isASCII reports whether b holds only ASCII bytes, 8 at a time.
func isASCII(b []byte) bool {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&msb != 0 {
			return false
		}
	}
	for ; i < len(b); i++ {
		if b[i] >= 0x80 {
			return false
		}
	}
	return true
}
