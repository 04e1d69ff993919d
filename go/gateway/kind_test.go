package gateway

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sark-accel/sark-accel/go/injection"
)

// corpus returns texts of the injection corpus, attacks and benign ones.
func corpus(t *testing.T, perFile int) []string {
	var out []string
	for _, name := range []string{"attacks.jsonl", "benign.jsonl"} {
		f, err := os.Open(filepath.Join("..", "..", "tests", "data", "injection", name))
		if err != nil {
			t.Skipf("corpus not available: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for n := 0; n < perFile && sc.Scan(); n++ {
			var c struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &c) == nil {
				out = append(out, c.Text)
			}
		}
		f.Close()
	}
	return out
}

func resultJSON(r *injection.Result) string {
	b, _ := json.Marshal(r)
	return string(b)
}

// TestScanKinds: with a detector whose classifier is on, a call's arguments are scanned as
// arguments and a tool's result as a tool result; the corpus holds texts the two kinds scan
// differently, so swapping them fails here.
func TestScanKinds(t *testing.T) {
	det, err := injection.New(injection.WithClassifier(true))
	if err != nil {
		t.Fatal(err)
	}
	g := newGateway(t, WithPolicy(shippedEngine(t), ""), WithDetector(det))
	asArgument, asToolResult := injection.AsKind(injection.KindArgument), injection.AsKind(injection.KindToolResult)
	differ := 0
	for _, text := range corpus(t, 60) {
		args := map[string]any{"q": text}
		doc, _ := json.Marshal(args)
		wantArg, err := det.InspectJSON(doc, nil, asArgument)
		if err != nil {
			t.Fatal(err)
		}
		otherArg, _ := det.InspectJSON(doc, nil, asToolResult)
		d := authorize(g, Request{Message: call("docs.search", args), Principal: developer("a")})
		if d.Injection == nil || resultJSON(d.Injection) != resultJSON(wantArg) {
			t.Fatalf("%q: arguments scanned %+v, as arguments %+v", text, d.Injection, wantArg)
		}
		result, _ := json.Marshal(map[string]any{"content": []map[string]any{{"type": "text", "text": text}}, "isError": false})
		wantRes, err := det.InspectJSON(result, nil, asToolResult)
		if err != nil {
			t.Fatal(err)
		}
		r := inspect(g, toolResult(text))
		if r.Injection == nil || resultJSON(r.Injection) != resultJSON(wantRes) {
			t.Fatalf("%q: result scanned %+v, as a tool result %+v", text, r.Injection, wantRes)
		}
		if resultJSON(wantArg) != resultJSON(otherArg) {
			differ++
		}
	}
	if differ == 0 {
		t.Fatal("no text the two kinds scan differently: the test cannot tell them apart")
	}
}
