package mcp

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendJSONStringAsPython: the outputs are Python's json.dumps(s, ensure_ascii=False), so
// the Go and Python pipelines write the same documents and error responses.
func TestAppendJSONStringAsPython(t *testing.T) {
	for in, want := range map[string]string{
		"":                        `""`,
		"plain":                   `"plain"`,
		`q"b\s/`:                  `"q\"b\\s/"`,
		"nl\nt\tcr\rbs\bff\f":     `"nl\nt\tcr\rbs\bff\f"`,
		"\x00\x01\x1f\x7f":        `"\u0000\u0001\u001f` + "\x7f\"",
		"é ü 😀 \u2028\u2029":      "\"é ü 😀 \u2028\u2029\"",
		"<>&":                     `"<>&"`,
		"\ufffd kept":             "\"\ufffd kept\"",
		"bad \xff utf-8 \xe2\x82": "\"bad \ufffd utf-8 \ufffd\ufffd\"",
		"\xed\xa0\x80 surrogate":  "\"\ufffd\ufffd\ufffd surrogate\"",
	} {
		got := string(AppendJSONString(nil, in))
		if got != want {
			t.Errorf("%q: got %s want %s", in, got, want)
		}
		if !json.Valid([]byte(got)) {
			t.Errorf("%q: invalid JSON %s", in, got)
		}
	}
}

// TestAppendJSONStringRoundTrip: decoding the output gives the input back (valid UTF-8).
func TestAppendJSONStringRoundTrip(t *testing.T) {
	var all strings.Builder
	for c := rune(0); c < 0x300; c++ {
		all.WriteRune(c)
	}
	in := all.String()
	var back string
	if err := json.Unmarshal(AppendJSONString([]byte("x"), in)[1:], &back); err != nil || back != in {
		t.Fatalf("round trip failed: %v", err)
	}
}

// TestAppendJSONStringLinear: output size is bounded by 6 bytes per input byte (\u00xx) and
// 3 per invalid byte (U+FFFD), for 1x and 16x inputs of the worst shapes.
func TestAppendJSONStringLinear(t *testing.T) {
	for _, unit := range []string{"\x01", "\xff", `"`, "é"} {
		for _, n := range []int{1 << 12, 1 << 16} {
			out := AppendJSONString(nil, strings.Repeat(unit, n))
			if max := 6*n*len(unit) + 2; len(out) > max {
				t.Fatalf("%q x%d: %d bytes > %d", unit, n, len(out), max)
			}
		}
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "a\"\\\n\x00\x7f", "é\xff\xe2\x82", "\u2028"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := AppendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%q -> invalid JSON %q: %v", s, out, err)
		}
		if utf8.ValidString(s) && back != s {
			t.Fatalf("%q -> %q decodes to %q", s, out, back)
		}
		if len(out) > 6*len(s)+2 {
			t.Fatalf("%q -> %d bytes", s, len(out))
		}
	})
}
