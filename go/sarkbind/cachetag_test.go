package sarkbind

import "testing"

// The cases mirror tests/cache/test_cache_redis.py's parity table: what the facade writes
// is taken, anything else read from Redis is refused.
func TestStoredTagged(t *testing.T) {
	for v, want := range map[string]bool{
		"sallow": true, "s": true, "b": true, "bAAEC": true, "bAAEC/w==": true, "e7bKA": true,
		"e7bKA7bKA": true, "eYe2ygAA=": true, "": false, "allow": false, "xallow": false, "s\x00nul": false,
		"s\xff": false, "bAA\nEC": false, "bAAE!C": false, "bAAF=": false, "bAAE": false, "e/w==": false,
		"e7aA=": false, "b7bKA=": false, "\xffsallow": false,
	} {
		if got := storedTagged(v); got != want {
			t.Errorf("storedTagged(%q) = %v, want %v", v, got, want)
		}
	}
}
