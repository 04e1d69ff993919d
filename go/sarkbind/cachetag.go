package sarkbind

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"
)

// storedTagged reports whether v, read from Redis, is a value the Python facade could have
// stored: its type tag and what follows are exactly what _safe_tag writes (an "s" text without
// NUL; canonical base64 after "b", and after "e" of UTF-8 that may encode lone surrogates). It
// is the redistier value check, so anything else (a foreign or corrupt value) is an L2 miss,
// as sark_accel/cache's _untag_untrusted makes it on the Python tier.
func storedTagged(v string) bool {
	if v == "" || !utf8.ValidString(v) {
		return false
	}
	switch v[0] {
	case 's':
		return strings.IndexByte(v, 0) < 0
	case 'b':
		_, ok := canonicalBase64(v[1:])
		return ok
	case 'e':
		b, ok := canonicalBase64(v[1:])
		return ok && surrogateUTF8(b)
	}
	return false
}

// canonicalBase64 decodes s if it is exactly what the standard encoding makes of its bytes
// (Go's decoder alone would also take line breaks, Python's binascii also stray characters).
func canonicalBase64(s string) ([]byte, bool) {
	b, err := base64.StdEncoding.DecodeString(s)
	return b, err == nil && base64.StdEncoding.EncodeToString(b) == s
}

// surrogateUTF8 reports whether Python decodes b with "utf-8", "surrogatepass": UTF-8 in which
// U+D800..U+DFFF may appear, each as its own 3-byte sequence (ED A0..BF 80..BF).
func surrogateUTF8(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			if len(b) < 3 || b[0] != 0xED || b[1] < 0xA0 || b[1] > 0xBF || b[2] < 0x80 || b[2] > 0xBF {
				return false
			}
			n = 3
		}
		b = b[n:]
	}
	return true
}
