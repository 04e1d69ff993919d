package mcp

import (
	"errors"
	"testing"
)

// TestTruncatedInputSaysWhereItEnded: input cut short names its length as the offset; other
// broken input keeps the plain reason. The Python reference words it the same (tests/mcp).
func TestTruncatedInputSaysWhereItEnded(t *testing.T) {
	p := mustParser(t)
	for in, want := range map[string]string{
		`{"jsonrpc":"2.0"`:          "invalid JSON: unexpected end at byte 16",
		`{"jsonrpc":"2.0","id":"ab`: "invalid JSON: unexpected end at byte 25",
		`["a\`:                      "invalid JSON: unexpected end at byte 4",
		`{"a":"}]"`:                 "invalid JSON: unexpected end at byte 9", // brackets in strings do not count
		`{"a":1]`:                   "invalid JSON",
		`{"a":1}}`:                  "invalid JSON",
		`tru`:                       "invalid JSON",
		``:                          "invalid JSON",
	} {
		_, err := p.Parse([]byte(in))
		var me *Error
		if !errors.As(err, &me) || me.Code != CodeParseError || me.Data.Reason != want {
			t.Errorf("%q: got %v, want -32700 %q", in, err, want)
		}
	}
}
