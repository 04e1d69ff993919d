package sarkbind

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "plain", `q"uote`, `back\slash`, "ctl\x00\x01\x1f\n\t", "ünï€\U0001F512", "\u2028"} {
		var back string
		if err := json.Unmarshal(appendJSONString(nil, s), &back); err != nil || back != s {
			t.Errorf("%q -> %s -> %q, %v", s, appendJSONString(nil, s), back, err)
		}
	}
}

// FuzzAppendJSONString: the output is always valid JSON and, for valid UTF-8 (all the binding
// ever passes), decodes back to the input.
func FuzzAppendJSONString(f *testing.F) {
	f.Add("a\"b\\c\x00")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip()
		}
		var back string
		if err := json.Unmarshal(appendJSONString(nil, s), &back); err != nil || back != s {
			t.Fatalf("%q came back as %q (%v)", s, back, err)
		}
	})
}
