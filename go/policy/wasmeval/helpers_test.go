package wasmeval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/util"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
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

// topdownRef is the reference: OPA's topdown interpreter through the rego package,
// with go/policy's conventions (input decoded as the OPA server does, numbers
// kept as written, results written by astjson.Marshal). It cannot be go/policy
// itself, which imports this package.
type topdownRef struct {
	compiler *ast.Compiler
	store    storage.Store
}

type topdownResult struct {
	Defined bool
	JSON    []byte
}

func newTopdown(t testing.TB, modules map[string]string, data []byte) *topdownRef {
	t.Helper()
	if len(data) == 0 {
		data = []byte("{}")
	}
	var doc map[string]any
	if err := util.UnmarshalJSON(data, &doc); err != nil {
		t.Fatal(err)
	}
	parsed := map[string]*ast.Module{}
	for name, src := range modules {
		m, err := ast.ParseModuleWithOpts(name, src, ast.ParserOptions{RegoVersion: ast.RegoV1})
		if err != nil {
			t.Fatal(err)
		}
		parsed[name] = m
	}
	c := ast.NewCompiler().WithCapabilities(defaultCapabilities()).WithDefaultRegoVersion(ast.RegoV1)
	if c.Compile(parsed); c.Failed() {
		t.Fatal(c.Errors)
	}
	return &topdownRef{compiler: c, store: inmem.NewFromObject(doc)}
}

func (td *topdownRef) Evaluate(ctx context.Context, query string, input []byte) (topdownResult, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	opts := []func(*rego.Rego){rego.Query(query), rego.Compiler(td.compiler), rego.Store(td.store),
		rego.GenerateJSON(func(t *ast.Term, _ *rego.EvalContext) (any, error) { return t, nil })}
	if len(bytes.TrimSpace(input)) > 0 {
		d := json.NewDecoder(bytes.NewReader(input))
		d.UseNumber()
		var v any
		if err := d.Decode(&v); err != nil {
			return topdownResult{}, err
		}
		if _, err := d.Token(); err != io.EOF {
			return topdownResult{}, errors.New("data after the input value")
		}
		val, err := ast.InterfaceToValue(v)
		if err != nil {
			return topdownResult{}, err
		}
		opts = append(opts, rego.ParsedInput(val))
	}
	rs, err := rego.New(opts...).Eval(ctx)
	if err != nil || len(rs) == 0 {
		return topdownResult{}, err
	}
	out, err := astjson.Marshal(rs[0].Expressions[0].Value.(*ast.Term).Value)
	return topdownResult{Defined: true, JSON: out}, err
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
