package wasmeval

import (
	"context"
	"testing"

	"github.com/sark-accel/sark-accel/go/policy/internal/astjson"
)

func TestFastResultJSONMatchesAST(t *testing.T) {
	for _, s := range []string{
		`null`, `true`, `1.50`, `"é\u0000<"`, `[1, "a", [null]]`, `{"b": 1, "a": {"d": [2], "c": set()}}`,
		`{"z", "a", "é", "B"}`, `{3, 1.5, -2, 10, 1e2}`, `{"k": {"y", "x"}, "a": []}`, `{}`, `set()`,
		`{"s": {1, "a"}}`, `{1: 2}`, `{[1], [0]}`, `12345678901234567890123`,
	} {
		t0, err := parseValue(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		want, err := astjson.Marshal(t0.Value)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		got, ok := fastResultJSON(nil, s)
		if !ok {
			t.Logf("%s: slow path", s)
			continue
		}
		if string(got) != string(want) {
			t.Errorf("%s: fast %s, ast %s", s, got, want)
		}
	}
}

func TestGatewayResultsTakeTheFastPath(t *testing.T) {
	b := shippedBundle(t)
	w := newWasm(t, b.modules, gatewayEntrypoint, b.data, WithPoolSize(1))
	slow := 0
	rawResultHook = func(rs []byte) {
		if _, ok := fastResult(rs); !ok {
			slow++
			if slow == 1 {
				t.Logf("slow: %s", rs)
			}
		}
	}
	defer func() { rawResultHook = nil }()
	for _, in := range b.requests[:50] {
		if _, _, err := w.Eval(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	if slow > 0 {
		t.Fatalf("%d of 50 results took the slow path", slow)
	}
}
