package wasmeval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/sark-accel/sark-accel/go/policy"
)

const gatewayEntrypoint = "sark/gateway/decision"
const gatewayQuery = "data.sark.gateway.decision"

// shippedDir is the gateway bundle the Python package ships.
var shippedDir = filepath.Join("..", "..", "..", "sark_accel", "policies", "gateway")

type bundleFiles struct {
	modules   map[string]string
	data      []byte
	requests  [][]byte
	decisions [][]byte
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func readLines(t testing.TB, path string) [][]byte {
	t.Helper()
	var out [][]byte
	sc := bufio.NewScanner(bytes.NewReader(readFile(t, path)))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		if l := bytes.TrimSpace(sc.Bytes()); len(l) > 0 {
			out = append(out, append([]byte(nil), l...))
		}
	}
	return out
}

func shippedBundle(t testing.TB) bundleFiles {
	t.Helper()
	return bundleFiles{
		modules:   map[string]string{"gateway.rego": string(readFile(t, filepath.Join(shippedDir, "gateway.rego")))},
		data:      readFile(t, filepath.Join(shippedDir, "data.json")),
		requests:  readLines(t, filepath.Join(shippedDir, "examples", "requests.jsonl")),
		decisions: readLines(t, filepath.Join(shippedDir, "examples", "decisions.jsonl")),
	}
}

func newWasm(t testing.TB, modules map[string]string, ep string, data []byte, opts ...Option) *Evaluator {
	t.Helper()
	e, err := New(context.Background(), modules, ep, data, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = e.Close() })
	return e
}

func newTopdown(t testing.TB, modules map[string]string, data []byte, opts ...policy.Option) *policy.Engine {
	t.Helper()
	// go/policy's default timeout (100 ms) is hit now and then on the shared
	// machine; its own tests use 10 s too.
	e := policy.New(append([]policy.Option{policy.WithTimeout(10 * time.Second)}, opts...)...)
	if len(data) == 0 {
		data = []byte("{}")
	}
	if err := e.SetData("", data); err != nil {
		t.Fatal(err)
	}
	for name, src := range modules {
		if err := e.LoadPolicy(name, src); err != nil {
			t.Fatal(err)
		}
	}
	return e
}

// sameJSON compares two JSON texts as values; numbers compare by their text.
func sameJSON(t testing.TB, a, b []byte) bool {
	t.Helper()
	return reflect.DeepEqual(decodeJSON(t, a), decodeJSON(t, b))
}

func decodeJSON(t testing.TB, b []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("decode %q: %v", b, err)
	}
	return v
}
