package injection

import "testing"

func TestRevisionIsNewForEachDetectorAndChange(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	b, err := New()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[uint64]bool{a.Revision(): true}
	if seen[b.Revision()] {
		t.Fatalf("two detectors share revision %d", b.Revision())
	}
	seen[b.Revision()] = true
	before := a.Revision()
	if a.Inspect("hello").Decision != "allow" || a.Revision() != before {
		t.Fatal("a scan changed the revision")
	}
	if err := a.AddPatterns(Pattern{ID: "t.x", Regex: "xyzzy", Category: "test", Severity: "high", Weight: 50}); err != nil {
		t.Fatal(err)
	}
	if seen[a.Revision()] {
		t.Fatalf("AddPatterns kept a known revision %d", a.Revision())
	}
	seen[a.Revision()] = true
	if err := a.RemovePattern("t.x"); err != nil {
		t.Fatal(err)
	}
	if seen[a.Revision()] {
		t.Fatalf("RemovePattern kept a known revision %d", a.Revision())
	}
	rev := a.Revision()
	if err := a.RemovePattern("t.x"); err == nil || a.Revision() != rev {
		t.Fatalf("a refused change: err %v, revision %d -> %d", err, rev, a.Revision())
	}
}
