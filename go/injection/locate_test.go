package injection

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// corpusTexts returns the attack and benign texts of the corpus (nil if not available).
func corpusTexts(t testing.TB) []string {
	var out []string
	for _, name := range []string{"attacks.jsonl", "benign.jsonl"} {
		f, err := os.Open(filepath.Join(fixtureDir, name))
		if err != nil {
			t.Skipf("corpus not available: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var c struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &c) == nil && c.Text != "" {
				out = append(out, c.Text)
			}
		}
		f.Close()
	}
	return out
}

// referenceFind is what find must equal: one full-text FindAll per pattern.
func referenceFind(lib *library, norm string) []string {
	var out []string
	for _, p := range lib.patterns {
		for _, m := range p.findAll(norm, nil) {
			out = append(out, p.ID+":"+itoa(m.start)+"-"+itoa(m.end))
		}
	}
	return out
}

func spanFind(lib *library, norm string) []string {
	var out []string
	lib.find(norm, func(p *compiledPattern, m patternMatch) {
		out = append(out, p.ID+":"+itoa(m.start)+"-"+itoa(m.end))
	})
	return out
}

// TestLocateEqualsFullTextSearch: find (findAllFrom below spanMinBytes, the span locator
// above) finds exactly what one full-text FindAll per pattern finds, on mixes of corpus texts
// joined in many ways (matches at the very start and end, adjacent and overlapping
// candidates, non-ASCII).
func TestLocateEqualsFullTextSearch(t *testing.T) {
	texts := corpusTexts(t)
	d := mustNew(t)
	lib := d.lib.Load()
	rng := rand.New(rand.NewPCG(1, 2))
	seps := []string{" ", "", "\n", "x", "_", ". ", "é", "日本", "  ", "|", "\u200b"}
	before := locateFallbacks.Load()
	defer func() {
		if n := locateFallbacks.Load() - before; n > 0 {
			t.Errorf("%d locates fell back to full-text search", n)
		}
	}()
	n := 60
	if testing.Short() {
		n = 10
	}
	for i := 0; i < n; i++ {
		var b strings.Builder
		target := spanMinBytes + rng.IntN(3*spanMinBytes)
		if i%2 == 1 {
			target = 1 + rng.IntN(spanMinBytes)
		}
		for b.Len() < target {
			b.WriteString(texts[rng.IntN(len(texts))])
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		norm := string(d.table.normalize(nil, b.String()))
		if i%3 == 0 { // start and end with an attack
			a := string(d.table.normalize(nil, texts[rng.IntN(40)]))
			norm = a + norm + a
		}
		got, want := spanFind(lib, norm), referenceFind(lib, norm)
		// find yields per matched pattern in library order, as referenceFind does.
		if !slices.Equal(got, want) {
			t.Fatalf("case %d (%d bytes):\n got %v\nwant %v", i, len(norm), got, want)
		}
	}
}

// TestFirstThenRestEqualsFindAll: short texts in which several patterns match, some of them
// again and again (findFirstThenRest), give what one full-text FindAll per pattern gives, with
// the shipped library and with a small library that has '^', '$', groups and overlapping
// patterns.
func TestFirstThenRestEqualsFindAll(t *testing.T) {
	texts := corpusTexts(t)
	small := []Pattern{
		{ID: "t.ab", Category: "t", Severity: "low", Regex: `ab+`},
		{ID: "t.bc", Category: "t", Severity: "low", Regex: `b+c`},
		{ID: "t.begin", Category: "t", Severity: "low", Regex: `^a|x(y)`},
		{ID: "t.end", Category: "t", Severity: "low", Regex: `c$|(?:^|[^a-z])(cab)(?:$|[^a-z])`},
		{ID: "t.group", Category: "t", Severity: "low", Regex: `a(b)?c`},
	}
	before := locateFallbacks.Load()
	rng := rand.New(rand.NewPCG(5, 6))
	for _, ps := range [][]Pattern{nil, small} {
		opts := []Option{}
		if ps != nil {
			opts = append(opts, WithPatterns(ps))
		}
		d := mustNew(t, opts...)
		lib := d.lib.Load()
		for i := 0; i < 300; i++ {
			var b strings.Builder
			for n := 1 + rng.IntN(6); n > 0; n-- {
				if ps == nil {
					b.WriteString(texts[rng.IntN(len(texts))])
				} else {
					b.WriteString([]string{"ab", "bbc", "cab", "a", "c", "xy", "abc", "ac", " ", "q"}[rng.IntN(10)])
				}
				b.WriteString([]string{" ", "", ". ", "\n"}[rng.IntN(4)])
			}
			norm := string(d.table.normalize(nil, b.String()))
			if len(norm) >= spanMinBytes {
				continue
			}
			if got, want := spanFind(lib, norm), referenceFind(lib, norm); !slices.Equal(got, want) {
				t.Fatalf("%q:\n got %v\nwant %v", norm, got, want)
			}
		}
	}
	if n := locateFallbacks.Load() - before; n > 0 {
		t.Errorf("%d locates fell back to full-text search", n)
	}
}

func TestWithoutBegin(t *testing.T) {
	for in, want := range map[string]string{
		`(?:^|[^a-z])(x)`: `(?:` + neverMatch + `|[^a-z])(x)`,
		`[\^^]a`:          `[\^^]a`,
		`\^a|^b`:          `\^a|` + neverMatch + `b`,
		`[^\]^]^`:         `[^\]^]` + neverMatch,
		`\x5e^`:           `\x5e` + neverMatch,
		"ab":              "ab",
	} {
		if got, _ := withoutBegin(in); got != want {
			t.Errorf("withoutBegin(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParallelUnitEqualsSequential: a unit large enough for scanUnitParallel gives the same
// result as with GOMAXPROCS=1 (sequential).
func TestParallelUnitEqualsSequential(t *testing.T) {
	texts := corpusTexts(t)
	d := mustNew(t)
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	for b.Len() < parallelUnitBytes+4096 {
		b.WriteString(texts[rng.IntN(len(texts))])
		b.WriteString(" ")
	}
	text := b.String()
	prev := runtime.GOMAXPROCS(1)
	seq, _ := d.Inspect(text).MarshalJSON()
	runtime.GOMAXPROCS(max(prev, 2))
	par, _ := d.Inspect(text).MarshalJSON()
	runtime.GOMAXPROCS(prev)
	if string(seq) != string(par) {
		t.Fatalf("parallel result differs:\n%s\n%s", seq, par)
	}
	if len(d.Inspect(text).Findings) < 10 {
		t.Fatal("expected many findings")
	}
}

// TestBatchSkipsOnlyUnitsWithoutMatches: in a document of many units (corpus texts as keys
// and values, some cut or joined), every unit the batch pass marks has no pattern match.
func TestBatchSkipsOnlyUnitsWithoutMatches(t *testing.T) {
	texts := corpusTexts(t)
	d := mustNew(t)
	rng := rand.New(rand.NewPCG(7, 8))
	rounds := 3
	if testing.Short() {
		rounds = 1
	}
	for round := 0; round < rounds; round++ {
		m := map[string]any{}
		var order []string
		for i := 0; i < 300; i++ {
			v := texts[rng.IntN(len(texts))]
			switch rng.IntN(4) {
			case 0:
				v = v[:len(v)/2]
			case 1:
				v = v + " " + texts[rng.IntN(len(texts))]
			}
			k := "k" + itoa(i)
			if rng.IntN(10) == 0 {
				k = texts[rng.IntN(len(texts))]
			}
			m[k] = v
			order = append(order, k)
		}
		doc, _ := json.Marshal(m)
		s := d.newScan()
		if err := s.walkJSON(doc, ""); err != nil {
			t.Fatal(err)
		}
		s.markUnitsWithoutMatches()
		marked, withMatches := 0, 0
		for _, u := range s.units {
			fs := s.matchPatterns(newTextInfo(u.text), u.loc, nil)
			if len(fs) > 0 {
				withMatches++
			}
			if u.noPatterns {
				marked++
				if len(fs) > 0 {
					t.Fatalf("unit %q marked, but %s matches", u.text, fs[0].PatternID)
				}
			}
		}
		if marked == 0 || withMatches == 0 {
			t.Fatalf("round %d: %d units marked, %d with matches", round, marked, withMatches)
		}
	}
}

// TestNormalizeASCIIRuns: the run-copying fast paths agree with the table for every ASCII
// byte (NUL is deleted, not copied; spaces collapse; upper case folds).
func TestNormalizeASCIIRuns(t *testing.T) {
	d := mustNew(t)
	var all []byte
	for c := 0; c < 128; c++ {
		all = append(all, byte(c), 'a', byte(c), byte(c), ' ')
	}
	var want []byte
	lastSpace := false
	for _, c := range all {
		b := d.table.ascii[c]
		if b == 0 || b == ' ' && lastSpace {
			continue
		}
		lastSpace = b == ' '
		want = append(want, b)
	}
	if got := d.table.normalize(nil, string(all)); string(got) != string(want) {
		t.Fatalf("normalize:\n got %q\nwant %q", got, want)
	}
	if got := string(d.table.normalize(nil, "ab\x00cd")); got != "abcd" {
		t.Fatalf("NUL not deleted: %q", got)
	}
	// Offsets across deleted bytes: "cd" is normalised bytes 2..4, original characters 3..5.
	for _, norm := range []string{"", "abcd"} {
		if sp := d.table.origSpans("ab\x00cd", norm, []patternMatch{{2, 4}}); sp[0] != (patternMatch{3, 5}) {
			t.Fatalf("origSpans = %v", sp)
		}
	}
}

// TestOrigSpansIdentityPrefix: origSpans given the normalised text (which lets it skip the
// prefix that normalises byte for byte) answers what the walk from the start answers (norm "").
func TestOrigSpansIdentityPrefix(t *testing.T) {
	table := loadCharTable()
	r := rand.New(rand.NewPCG(11, 11))
	pieces := []string{"a", "B", " ", "  ", "\t", "\n\n", "\x00", "\x01", "-", ".", "Ignore", "é", "\u200b",
		"Ａ", "\u00a0", "x y", "Q"}
	texts := allFixtureTexts(t)
	for range 5000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	skipped := 0
	for _, s := range texts {
		s = sanitize(s)
		norm := string(table.normalize(nil, s))
		var starts []int // rune starts of norm, and its end
		for i := range norm {
			starts = append(starts, i)
		}
		starts = append(starts, len(norm))
		if len(starts) < 2 {
			continue
		}
		var spans []patternMatch
		for range 1 + r.IntN(4) {
			a, b := r.IntN(len(starts)-1), r.IntN(len(starts)-1)
			lo, hi := min(a, b), max(a, b)+1
			spans = append(spans, patternMatch{starts[lo], starts[hi]})
		}
		got, want := table.origSpans(s, norm, spans), table.origSpans(s, "", spans)
		if !slices.Equal(got, want) {
			t.Fatalf("%q spans %v: got %v, want %v", s, spans, got, want)
		}
		if table.identityPrefix(s, norm, spans[0].start) > 0 {
			skipped++
		}
	}
	if skipped < len(texts)/4 {
		t.Fatalf("the prefix was skipped in only %d of %d texts", skipped, len(texts))
	}
}

// TestMatchedPatternsAsksAgain: matchedPatterns asks the Set for setFirstAsk patterns first;
// a text that more patterns match must still get all of them (the second ask), and one that
// fewer match the same as asking for all at once.
func TestMatchedPatternsAsksAgain(t *testing.T) {
	d := mustNew(t)
	lib := d.lib.Load()
	table := loadCharTable()
	all := func(norm string) []int {
		idx, err := lib.set.FindAllStringWithError(norm, -1)
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(idx)
		return idx
	}
	texts := allFixtureTexts(t)
	many := string(table.normalize(nil, strings.Join(texts, "\n")))
	if n := len(all(many)); n <= setFirstAsk {
		t.Fatalf("the joined corpus matches only %d patterns", n)
	}
	exact := 0
	for _, s := range append(texts, many, warmText) {
		norm := string(table.normalize(nil, sanitize(s)))
		want := all(norm)
		if got := lib.matchedPatterns(norm); !slices.Equal(got, want) {
			t.Fatalf("%.60q: got %v, want %v", s, got, want)
		}
		if len(want) == setFirstAsk {
			exact++
		}
	}
	t.Logf("%d texts, %d with exactly setFirstAsk patterns", len(texts)+2, exact)
}
