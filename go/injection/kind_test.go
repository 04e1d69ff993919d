package injection

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

var allKinds = []Kind{KindUnknown, KindArgument, KindToolResult}

func TestParseKind(t *testing.T) {
	for _, k := range allKinds {
		got, err := ParseKind(k.String())
		if err != nil || got != k {
			t.Errorf("ParseKind(%q) = %v, %v; want %v", k.String(), got, err, k)
		}
	}
	for _, bad := range []string{"Argument", "tool-result", "toolresult", " argument", "unknown", "\x00"} {
		k, err := ParseKind(bad)
		var ke *KindError
		if !errors.Is(err, ErrInvalidKind) || !errors.As(err, &ke) || ke.Name != bad || k != KindUnknown {
			t.Errorf("ParseKind(%q) = %v, %v; want a *KindError", bad, k, err)
		}
	}
	if s := Kind(9).String(); s != "Kind(9)" {
		t.Errorf("Kind(9).String() = %q", s)
	}
}

// The general model is DefaultClassifier's, and every kind's model has the shipped shape, whose
// counting has the fast path (TestEmbeddedCopiesMatch checks the files against Python's).
func TestKindModels(t *testing.T) {
	if ClassifierFor(KindUnknown) != DefaultClassifier() {
		t.Fatal("ClassifierFor(KindUnknown) is not DefaultClassifier()")
	}
	embedded := [...][]byte{KindUnknown: classifierBin, KindArgument: classifierArgumentBin, KindToolResult: classifierToolResultBin}
	for _, k := range allKinds {
		if c := ClassifierFor(k); !c.shipped || ClassifierFor(k) != c {
			t.Errorf("%v's model misses the shipped shape's fast path, or is parsed again", k)
		}
		if len(embedded[k]) == 0 {
			t.Errorf("%v: no embedded model", k)
		}
	}
}

func TestAsKindRejectsUnknownValues(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("AsKind(Kind(9)) did not panic")
		}
	}()
	AsKind(Kind(9))
}

// classifierFinding returns the result's classifier.injection finding, if any.
func classifierFinding(r *Result) (Finding, bool) {
	for _, f := range r.Findings {
		if f.PatternID == "classifier.injection" {
			return f, true
		}
	}
	return Finding{}, false
}

// TestScanKindPicksModel: a scan with AsKind(k) reports exactly ClassifierFor(k)'s probability
// (Inspect and InspectJSON), and the corpus holds texts on which the argument and tool_result
// models disagree at the threshold, so a scan that used the wrong model fails here.
func TestScanKindPicksModel(t *testing.T) {
	d := mustNew(t, WithClassifier(true))
	texts := corpusTexts(t)
	disagree := 0
	for _, text := range texts {
		var reported [len(kindNames)]bool
		for _, k := range allKinds {
			p := round4(ClassifierFor(k).ClassifyText(text).Probability)
			doc, _ := json.Marshal(map[string]string{"a": text})
			rj, err := d.InspectJSON(doc, nil, AsKind(k))
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range []*Result{d.Inspect(text, AsKind(k)), rj} {
				f, ok := classifierFinding(r)
				if ok != (p >= ClassifierThreshold) || ok && f.Entropy != p {
					t.Fatalf("%v, %q: finding %v %+v; the kind's model gives %v", k, text, ok, f, p)
				}
			}
			reported[k] = p >= ClassifierThreshold
		}
		if reported[KindArgument] != reported[KindToolResult] {
			disagree++
		}
		if plain, general := d.Inspect(text), d.Inspect(text, AsKind(KindUnknown)); !sameResult(plain, general) {
			t.Fatalf("%q: no option %+v, AsKind(KindUnknown) %+v", text, plain, general)
		}
	}
	if disagree == 0 {
		t.Fatal("no corpus text on which the kinds' models disagree at the threshold: the test cannot tell them apart")
	}
	t.Logf("%d of %d texts: argument and tool_result disagree at %v", disagree, len(texts), ClassifierThreshold)
}

// TestScanKindWindows: the windows that gate weak rule findings are judged by the general model
// whatever the scan's kind (decision 24b; the kind's model judges the units). Gated findings
// forming one cluster in a long unit are checked against DefaultClassifier() on the cluster's
// span; texts whose window a kind's model would judge otherwise must exist among those built, so
// judging windows by the kind's model fails here.
func TestScanKindWindows(t *testing.T) {
	d := mustNew(t, WithClassifier(true))
	texts := corpusTexts(t)
	attacks, benign := texts[:min(len(texts), 80)], texts[len(texts)-40:]
	checked, disagree := 0, 0
	for i, attack := range attacks {
		pad := benign[i%len(benign)] + " " + benign[(i+7)%len(benign)]
		text := pad + " " + attack + " " + pad
		var verdicts [len(kindNames)]uint8
		one := true
		for _, k := range allKinds {
			s := d.newScan(AsKind(k))
			s.addUnit(text, "")
			s.scanUnits()
			var gates []uint8
			var sorted []Finding
			finishResult(append([]Finding(nil), s.units[0].findings...), false, &d.opts, s.lib.weights,
				func(fs []Finding, w func(*Finding) int) []uint8 {
					gates, sorted = s.gate(fs, w), fs
					return gates
				})
			// The gated findings must form one cluster: judged once, on the union of their windows.
			ti := newTextInfo(text)
			a, b := -1, -1
			for j, g := range gates {
				if g == 0 {
					continue
				}
				fa, fb := windowSpan(sorted[j].Start, sorted[j].End, ti.nChars)
				if a >= 0 && fa >= b {
					one = false // a second cluster
				}
				if a < 0 {
					a = fa
				}
				b = max(b, fb)
			}
			if a < 0 || !one || a == 0 && b == ti.nChars { // none, several, or the window is the unit
				one = false
				break
			}
			verdict := func(c *Classifier) uint8 {
				if round4(c.ClassifyText(text[ti.byteOf(a):ti.byteOf(b)]).Probability) >= WindowThreshold {
					return 1
				}
				return 2
			}
			want := verdict(DefaultClassifier())
			for j, g := range gates {
				if g != 0 && g != want {
					t.Fatalf("%v: %s judged %d by its window, the general model says %d", k, sorted[j].PatternID, g, want)
				}
			}
			verdicts[k] = verdict(ClassifierFor(k)) // what the kind's model would have said
		}
		if !one {
			continue
		}
		checked++
		if verdicts[KindArgument] != verdicts[KindUnknown] || verdicts[KindToolResult] != verdicts[KindUnknown] {
			disagree++
		}
	}
	if disagree == 0 {
		t.Fatalf("%d texts checked, none whose window a kind's model judges otherwise than the general one", checked)
	}
	t.Logf("%d texts checked, %d whose window a kind's model judges otherwise", checked, disagree)
}

// TestScanKindOffChangesNothing: with the classifier off, the kind changes nothing.
func TestScanKindOffChangesNothing(t *testing.T) {
	d := mustNew(t)
	for _, text := range corpusTexts(t)[:100] {
		base := d.Inspect(text)
		for _, k := range allKinds {
			if r := d.Inspect(text, AsKind(k)); !sameResult(base, r) {
				t.Fatalf("%v changed a scan without the classifier: %+v, %+v", k, base, r)
			}
		}
	}
}

func sameResult(a, b *Result) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

// TestAsKindAllocatesNothing: naming the kind costs a scan no allocation (the option is built
// once; the scan keeps what it sets). Skipped with -short, which the race runs use: sync.Pool
// drops items at random under the race detector.
func TestAsKindAllocatesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are noisy under -race")
	}
	d := mustNew(t, WithClassifier(true))
	text := "Please summarise the attached quarterly report and list the open action items."
	d.Inspect(text, AsKind(KindToolResult)) // parse the models first
	d.Inspect(text)
	plain := testing.AllocsPerRun(200, func() { d.Inspect(text) })
	kinded := testing.AllocsPerRun(200, func() { d.Inspect(text, AsKind(KindToolResult)) })
	if kinded > plain {
		t.Fatalf("Inspect allocates %v times with AsKind, %v without", kinded, plain)
	}
}
