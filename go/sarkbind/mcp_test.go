package sarkbind

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/sark-accel/sark-accel/go/mcp"
)

// The shared corpus and the Python reference's results on it (tests/mcp/regen_data.py).
const mcpCorpusDir = "../../tests/data/mcp"

// decodeFramed reads MCPParse's output the way sark_accel/mcp/_go.py and Message do: a
// summary shaped like the Python reference's ({"batch", "messages": [{"kind", "id", ...}]}),
// the raw fields sliced from text by character offsets, and the long-integers flag.
func decodeFramed(t *testing.T, framed, text string) (summary map[string]any, longInts bool) {
	t.Helper()
	if len(framed) < 3 || (framed[0] != 'S' && framed[0] != 'B') || (framed[1] != 'L' && framed[1] != '-') || framed[2] != '\x1e' {
		t.Fatalf("bad frame header %q", framed)
	}
	chars := []rune(text)
	scalar := func(f string) any { // Message's _scalar: a JSON string or integer, "" for none
		if f == "" {
			return nil
		}
		if f[0] == '"' {
			var s string
			if err := json.Unmarshal([]byte(f), &s); err != nil {
				t.Fatalf("field %q: %v", f, err)
			}
			return s
		}
		if !isDigits(strings.TrimPrefix(f, "-")) {
			t.Fatalf("field %q is neither a JSON string nor an integer", f)
		}
		return json.Number(f)
	}
	span := func(start, end string) any { // Message._raw: text[start:end] in characters
		if start == "" {
			return nil
		}
		s, err1 := strconv.Atoi(start)
		e, err2 := strconv.Atoi(end)
		if err1 != nil || err2 != nil || s < 0 || s > e || e > len(chars) {
			t.Fatalf("bad span %q %q of %d characters", start, end, len(chars))
		}
		return string(chars[s:e])
	}
	var messages []any
	for _, record := range strings.Split(framed[3:], "\x1e") {
		f := strings.Split(record, "\x1f")
		if len(f) != 15 {
			t.Fatalf("record %q has %d fields, want 15", record, len(f))
		}
		var errValue any
		if f[13] != "" {
			errValue = decodeNumbers(t, []byte(f[13]))
		}
		messages = append(messages, map[string]any{
			"kind": f[0], "id": scalar(f[1]), "method": scalar(f[2]), "tool_name": scalar(f[3]),
			"progress_token": scalar(f[4]), "params_raw": span(f[5], f[6]), "arguments_raw": span(f[7], f[8]),
			"meta_raw": span(f[9], f[10]), "result_raw": span(f[11], f[12]), "error": errValue,
			"protocol_version": scalar(f[14]),
		})
	}
	if framed[0] == 'S' && len(messages) != 1 {
		t.Fatalf("single message framed as %d records", len(messages))
	}
	return map[string]any{"batch": framed[0] == 'B', "messages": messages}, framed[1] == 'L'
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// decodeNumbers decodes JSON keeping numbers as their text (ids may exceed float64).
func decodeNumbers(t *testing.T, b []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("bad JSON %q: %v", b, err)
	}
	return v
}

func mcpParser(t *testing.T, options string) int64 {
	t.Helper()
	h, err := MCPParserNew(options)
	if err != nil {
		t.Fatalf("options %s: %v", options, err)
	}
	t.Cleanup(func() { _, _ = MCPParserClose(h) })
	return h
}

// TestMCPFramingMatchesPythonReference replays the corpus through MCPParse, as Python calls it,
// decodes the frames as Python does, and demands the reference's summaries (expected.jsonl):
// fields in their places, spans on the right characters (the corpus has non-ASCII inputs).
func TestMCPFramingMatchesPythonReference(t *testing.T) {
	f, err := os.Open(filepath.Join(mcpCorpusDir, "expected.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	n, nonASCII := 0, 0
	for sc.Scan() {
		var e struct {
			File    string          `json:"file"`
			Op      string          `json:"op"`
			Options json.RawMessage `json:"options"`
			Summary json.RawMessage `json:"summary"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		if e.Op == "get_path" || e.Summary == nil {
			continue
		}
		data, err := os.ReadFile(filepath.Join(mcpCorpusDir, e.File))
		if err != nil {
			t.Fatal(err)
		}
		framed, err := MCPParse(mcpParser(t, string(e.Options)), string(data))
		if err != nil {
			t.Fatalf("%s %s: %v", e.File, e.Options, err)
		}
		got, _ := decodeFramed(t, framed, string(data))
		if want := decodeNumbers(t, e.Summary); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s %s:\nwant %v\ngot  %v", e.File, e.Options, want, got)
		}
		n++
		if !isASCII(data) {
			nonASCII++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 100 || nonASCII == 0 {
		t.Fatalf("only %d summaries (%d non-ASCII) replayed", n, nonASCII)
	}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// TestMCPFramingEncodedAndFlags: the base64 entry frames like the text one, and the
// long-integers flag says whether Python may decode with orjson.
func TestMCPFramingEncodedAndFlags(t *testing.T) {
	h := mcpParser(t, "")
	cases := []struct {
		in   string
		long bool
	}{
		{`{"jsonrpc":"2.0","id":"é","method":"tools/call","params":{"name":"t","arguments":{"n":123456789012345678}}}`, false},
		{`{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":{"n":-1234567890123456789}}}`, true},
		{`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"s":"12345678901234567890"}}`, false},
		{`[{"jsonrpc":"2.0","id":1,"result":{}},{"jsonrpc":"1.0","id":2,"method":"x"}]`, false},
	}
	for _, c := range cases {
		framed, err := MCPParse(h, c.in)
		if err != nil {
			t.Fatalf("%s: %v", c.in, err)
		}
		encoded, err := MCPParseEncoded(h, b64(c.in))
		if err != nil || encoded != framed {
			t.Fatalf("%s: encoded entry gives %q, %v; text entry %q", c.in, encoded, err, framed)
		}
		if _, long := decodeFramed(t, framed, c.in); long != c.long {
			t.Fatalf("%s: long ints %v, want %v", c.in, long, c.long)
		}
	}
	// Input that cannot cross as text still gets its parse error.
	_, err := MCPParseEncoded(h, b64("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"p\xffing\"}"))
	var ke *kindError
	if !errors.As(err, &ke) || ke.kind != "mcp" || !strings.Contains(err.Error(), "-32700") {
		t.Fatalf("invalid UTF-8: %v", err)
	}
}

// TestMCPOptions: the options JSON becomes go/mcp's options; anything else is an invalid argument.
func TestMCPOptions(t *testing.T) {
	h := mcpParser(t, `{"strict":true,"max_depth":2,"max_batch":0,"max_bytes":100,"max_batch_bytes":50}`)
	for in, code := range map[string]string{
		`{"jsonrpc":"2.0","id":1,"method":"vendor/x"}`:                                               "-32601", // strict
		`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"a":{}}}`:                                 "-32600", // depth 3
		`[{"jsonrpc":"2.0","id":1,"method":"ping"}]`:                                                 "-32600", // no batches
		`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"a":"` + strings.Repeat("x", 100) + `"}}`: "-32600",
	} {
		if _, err := MCPParse(h, in); err == nil || !strings.Contains(err.Error(), code) {
			t.Fatalf("%s: want %s, got %v", in, code, err)
		}
	}
	for _, s := range []string{`[]`, `null`, `{"strict":1}`, `{"strict":null}`, `{"max_depth":1.5}`, `{"max_depth":null}`, `{"nope":1}`, `{"max_bytes":0}`, `{`} {
		_, err := MCPParserNew(s)
		var ke *kindError
		if !errors.As(err, &ke) || ke.kind != kindInvalidArgument || !errors.Is(err, mcp.ErrInvalidOption) {
			t.Fatalf("%s: want an invalid option, got %v", s, err)
		}
	}
}

// TestMCPCanonicalize: both entries give go/mcp's canonical bytes, or the parse error.
func TestMCPCanonicalize(t *testing.T) {
	h := mcpParser(t, "")
	out, err := MCPCanonicalize(h, `{"b":[1.0,"é"], "a":{}}`)
	if err != nil || out != `{"a":{},"b":[1.0,"é"]}` {
		t.Fatalf("got %q %v", out, err)
	}
	if enc, err := MCPCanonicalizeEncoded(h, b64(`{"b":[1.0,"é"], "a":{}}`)); err != nil || enc != out {
		t.Fatalf("encoded: %q %v", enc, err)
	}
	if _, err := MCPCanonicalize(h, `{"a":1,"a":2}`); err == nil || !strings.Contains(err.Error(), "-32600") {
		t.Fatalf("duplicate keys: %v", err)
	}
}

// BenchmarkMCPParse: what a parse_message call costs in Go, framing included.
func BenchmarkMCPParse(b *testing.B) {
	h, err := MCPParserNew("")
	if err != nil {
		b.Fatal(err)
	}
	defer MCPParserClose(h)
	for _, size := range []int{300, 2048, 100 << 10} {
		args := `{"sql":"SELECT id FROM t WHERE note = 'é'","rows":[` + strings.Repeat(`{"id":1,"tags":["eu","gold"]},`, size/31) + `{}]}`
		data := `{"jsonrpc":"2.0","id":"call-7f3a","method":"tools/call","params":{"name":"query","arguments":` + args +
			`,"_meta":{"progressToken":"tok-1"}}}`
		b.Run(strconv.Itoa(len(data))+"B", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := MCPParse(h, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
