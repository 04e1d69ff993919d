package injection

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// fixtureDir holds the corpus and the parity fixture written by the Python reference
// (tests/injection/gen_expected.py).
var fixtureDir = filepath.Join("..", "..", "tests", "data", "injection")

type parityCase struct {
	Name        string          `json:"name"`
	Config      json.RawMessage `json:"config"`
	Text        *string         `json:"text"`
	ParamsJSON  string          `json:"params_json"`
	ContextJSON string          `json:"context_json"`
	Expected    string          `json:"expected"`
}

func loadParity(t testing.TB) []parityCase {
	f, err := os.Open(filepath.Join(fixtureDir, "expected.jsonl"))
	if err != nil {
		t.Skipf("parity fixture not available: %v", err)
	}
	defer f.Close()
	var out []parityCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var c parityCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestParityFixture demands byte-identical result JSON with the Python reference.
func TestParityFixture(t *testing.T) {
	cases := loadParity(t)
	dets := map[string]*Detector{}
	failed := 0
	for _, c := range cases {
		cfg := string(c.Config)
		d := dets[cfg]
		if d == nil {
			var err error
			d, err = NewFromJSON(c.Config)
			if err != nil {
				t.Fatalf("%s: config: %v", c.Name, err)
			}
			dets[cfg] = d
		}
		var got []byte
		var err error
		if c.Text != nil {
			got, err = d.ScanText(*c.Text)
		} else {
			got, err = d.ScanJSON([]byte(c.ParamsJSON), []byte(c.ContextJSON))
		}
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if string(got) != c.Expected {
			failed++
			if failed <= 10 {
				t.Errorf("%s:\n got  %s\n want %s", c.Name, got, c.Expected)
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d cases differ", failed, len(cases))
	}
	t.Logf("%d parity cases", len(cases))
}
