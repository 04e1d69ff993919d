package mcp

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"testing"
)

// TestDifferential replays a file written by tests/mcp/gen_differential.py (random and
// mutated inputs with the Python reference's results), named by MCP_DIFF_FILE; the nox "go"
// session generates one and sets it. Skipped when unset.
func TestDifferential(t *testing.T) {
	path := os.Getenv("MCP_DIFF_FILE")
	if path == "" {
		t.Skip("MCP_DIFF_FILE not set (python tests/mcp/gen_differential.py writes one)")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	n, fails := 0, 0
	for sc.Scan() {
		var e struct {
			Data     string          `json:"data"`
			Options  json.RawMessage `json:"options"`
			Summary  json.RawMessage `json:"summary"`
			Error    json.RawMessage `json:"error"`
			Response string          `json:"response"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		n++
		data, _ := base64.StdEncoding.DecodeString(e.Data)
		got, err := parseJSON(parserFromJSON(t, e.Options), data)
		ok := false
		var me *Error
		switch {
		case e.Summary != nil:
			ok = err == nil && jsonEqual(t, got, e.Summary)
		case errors.As(err, &me):
			ok = jsonEqual(t, me.JSON(), e.Error) && string(me.Response()) == e.Response
		}
		if !ok {
			fails++
			if fails <= 10 {
				t.Errorf("input %q opts %s\nwant %s%s\ngot  %s %v", data, e.Options, e.Summary, e.Error, got, err)
			}
		}
	}
	if err := sc.Err(); err != nil || n == 0 {
		t.Fatalf("%s: %d inputs read, %v", path, n, err)
	}
	t.Logf("%d inputs, %d mismatches", n, fails)
}
