package mcp

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/bytedance/sonic"
)

// toolsCall builds a tools/call request of about size bytes with realistic nesting.
func toolsCall(size int) []byte {
	pad := strings.Repeat("SELECT id, name FROM customers WHERE note = 'x' ", size/48+1)
	head := `{"jsonrpc": "2.0", "id": "call-7f3a", "method": "tools/call", "params": {"name": "query_database", ` +
		`"arguments": {"limit": 100, "params": {"region": "eu-west-1", "dry_run": false}, "query": "`
	tail := `"}, "_meta": {"progressToken": "tok-1", "session": {"user": {"id": "u-1234", "roles": ["analyst"]}}}}}`
	n := size - len(head) - len(tail)
	if n < 0 {
		n = 0
	}
	return []byte(head + pad[:n] + tail)
}

var benchSizes = []struct {
	name string
	size int
}{{"300B", 300}, {"2KB", 2048}, {"100KB", 100 << 10}}

// benchEach runs parse over the message gen builds for each of benchSizes.
func benchEach(b *testing.B, gen func(size int) []byte, parse func(data []byte) error) {
	for _, s := range benchSizes {
		data := gen(s.size)
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if err := parse(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	p, _ := NewParser()
	benchEach(b, toolsCall, func(data []byte) error { _, err := p.Parse(data); return err })
}

// Baselines: what a plain decode into a generic tree costs (no strict checks).
func BenchmarkBaselineSonicMap(b *testing.B) {
	benchEach(b, toolsCall, func(data []byte) error { var m map[string]any; return sonic.Unmarshal(data, &m) })
}

func BenchmarkBaselineStdMap(b *testing.B) {
	benchEach(b, toolsCall, func(data []byte) error { var m map[string]any; return json.Unmarshal(data, &m) })
}

// toolsCallDense mirrors sark_accel/bench/mcp.py's tools_call: rows of small records, so the
// message is token-dense (short strings, many numbers and literals).
func toolsCallDense(size int) []byte {
	head := `{"jsonrpc":"2.0","id":"call-7f3a","method":"tools/call","params":{"name":"query_database",` +
		`"arguments":{"sql":"SELECT id, name FROM customers WHERE region = :r","limit":100,"rows":[`
	tail := `]},"_meta":{"progressToken":"tok-1"}}}`
	var rows []string
	row := func(i int) string {
		score := strconv.FormatFloat(float64(i)*0.5, 'f', -1, 64)
		if !strings.Contains(score, ".") {
			score += ".0"
		}
		return `{"id":` + strconv.Itoa(i) + `,"name":"customer ` + strconv.Itoa(i) + `","tags":["eu","gold"],"score":` +
			score + `,"active":` + strconv.FormatBool(i%2 == 0) + `}`
	}
	// the Python generator measures json.dumps with ", " and ": " separators
	spaced := func(rs []string) int {
		s := head + strings.Join(rs, ",") + tail
		return len(s) + strings.Count(s, ",") + strings.Count(s, ":") - strings.Count(s, ":r")
	}
	for i := 0; spaced(rows) < size; i++ {
		rows = append(rows, row(i))
	}
	if len(rows) > 0 {
		rows = rows[:len(rows)-1]
	}
	return []byte(head + strings.Join(rows, ",") + tail)
}

func BenchmarkParseDense(b *testing.B) {
	p, _ := NewParser()
	benchEach(b, toolsCallDense, func(data []byte) error { _, err := p.Parse(data); return err })
}
