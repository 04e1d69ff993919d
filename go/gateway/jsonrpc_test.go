package gateway

import (
	"encoding/json"
	"testing"
)

// TestAppendStringAsPython: the outputs are Python's json.dumps(s, ensure_ascii=False), so the
// Python pipeline writes the same input documents and error responses.
func TestAppendStringAsPython(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                   `"plain"`,
		`q"b\s`:                   `"q\"b\\s"`,
		"nl\nt\tcr\rbs\bff\f":     `"nl\nt\tcr\rbs\bff\f"`,
		"\x00\x01\x1f\x7f":        `"\u0000\u0001\u001f` + "\x7f\"",
		"é ü 😀 \u2028\u2029":      "\"é ü 😀 \u2028\u2029\"",
		"<>&":                     `"<>&"`,
		"bad \xff utf-8 \xe2\x82": "\"bad \ufffd utf-8 \ufffd\ufffd\"",
	} {
		got := string(appendString(nil, in))
		if got != want {
			t.Errorf("%q: got %s want %s", in, got, want)
		}
		if !json.Valid([]byte(got)) {
			t.Errorf("%q: invalid JSON %s", in, got)
		}
	}
}

func TestDenyResponseShape(t *testing.T) {
	got := string(denyResponse([]byte(`"a\"b"`), StagePolicy, []string{"r1", "é"}))
	want := `{"error":{"code":-32001,"data":{"reasons":["r1","é"],"stage":"policy"},"message":"Request denied"},"id":"a\"b","jsonrpc":"2.0"}`
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	if got := string(denyResponse(nil, StageAuthn, nil)); got != `{"error":{"code":-32001,"data":{"reasons":[],"stage":"authn"},"message":"Request denied"},"id":null,"jsonrpc":"2.0"}` {
		t.Fatal(got)
	}
}
