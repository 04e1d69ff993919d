package injection

import "testing"

func TestIsBoundaryForm(t *testing.T) {
	for rx, want := range map[string]bool{
		`(?:^|[^a-z0-9_])(ignore (?:all )?rules)(?:$|[^a-z0-9_])`:               true,
		`(?:^|[^a-z0-9_#])(#{1,4} ?system)(?:$|[^a-z0-9_])`:                     true,
		`(?:^|[^a-z0-9_])(a(b)c)(?:$|[^a-z0-9_])`:                               true,
		`(?:^|[^a-z0-9_])(a)|(b)(?:$|[^a-z0-9_])`:                               false, // two alternatives
		`(?:^|[^a-z0-9_])(a[)]b)(?:$|[^a-z0-9_])`:                               true,
		`(?:^|[^a-z0-9_])(a\)|\(b)(?:$|[^a-z0-9_])`:                             true,
		`(?:^|[^a-z0-9_])(a)(b)(?:$|[^a-z0-9_])`:                                false, // group 1 is (a)
		`(?:^|[^a-z0-9_])(ab)(?:$|[^a-z0-9_]){2}`:                               false,
		`(?:^|[^a-z0-9_])+(ab)(?:$|[^a-z0-9_])`:                                 false,
		`(?:^|[^\]])(ab)(?:$|[^a-z0-9_])`:                                       false, // not a plain class
		`ignore (?:all )?rules`:                                                 false,
		`(?:^|[^a-z0-9_])((?:reveal|show) (?:your|the) prompt)(?:$|[^a-z0-9_])`: true,
	} {
		if got := isBoundaryForm(rx); got != want {
			t.Errorf("isBoundaryForm(%q) = %v, want %v", rx, got, want)
		}
	}
}

// TestBoundaryGroupEqualsRE2: for every boundary-form pattern of the library, on the
// corpus, group 1 derived from the match's span is RE2's group 1 wherever it is derived.
func TestBoundaryGroupEqualsRE2(t *testing.T) {
	texts := corpusTexts(t)
	d := mustNew(t)
	derived := 0
	for _, p := range d.lib.Load().patterns {
		if !p.boundary {
			continue
		}
		for _, text := range texts {
			norm := string(d.table.normalize(nil, "x "+text+" x"))
			for _, m := range p.re.FindAllStringSubmatchIndex(norm, -1) {
				gs, ge, ok := boundaryGroup(norm, m[0], m[1])
				if !ok {
					continue
				}
				derived++
				if gs != m[2] || ge != m[3] {
					t.Fatalf("%s on %q: derived group [%d, %d), RE2 [%d, %d)", p.ID, norm, gs, ge, m[2], m[3])
				}
			}
		}
	}
	if derived < 100 {
		t.Errorf("only %d groups derived: the corpus should exercise the boundary patterns", derived)
	}
}
