package mcp

import (
	"encoding/json"
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

func BenchmarkParseJSON(b *testing.B) {
	p, _ := NewParser()
	for _, s := range benchSizes {
		data := toolsCall(s.size)
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.ParseJSON(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	p, _ := NewParser()
	for _, s := range benchSizes {
		data := toolsCall(s.size)
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := p.Parse(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Baselines: what a plain decode into a generic tree costs (no strict checks).
func BenchmarkBaselineSonicMap(b *testing.B) {
	for _, s := range benchSizes {
		data := toolsCall(s.size)
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				var m map[string]any
				if err := sonic.Unmarshal(data, &m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkBaselineStdMap(b *testing.B) {
	for _, s := range benchSizes {
		data := toolsCall(s.size)
		b.Run(s.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				var m map[string]any
				if err := json.Unmarshal(data, &m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
