package redistier

import "testing"

func TestEnvelopeRoundTrip(t *testing.T) {
	for _, tc := range []struct{ rev, value string }{
		{"", ""}, {"r1", "sallow"}, {"a:b:9:", "s9:x"}, {"rev\x1fwith\nbytes", "b AAEC"},
	} {
		rev, value, ok := open(seal(tc.rev, tc.value))
		if !ok || rev != tc.rev || value != tc.value {
			t.Errorf("open(seal(%q, %q)) = %q, %q, %v", tc.rev, tc.value, rev, value, ok)
		}
	}
	if got := seal("r1", "sallow"); got != "sark1:2:r1sallow" {
		t.Fatalf("seal = %q: the Python twin writes this exact form", got)
	}
}

func TestEnvelopeRefusesForeignValues(t *testing.T) {
	for _, raw := range []string{
		"", "allow", `{"allow": true}`, "sark1:", "sark1:x:r", "sark1:5:abc", "sark1:-1:r",
		"sark1::r", "sark1:1234567:r", "sark0:1:rv", "sark1:+2:r1sallow", "sark1:-0:sallow",
	} {
		if rev, v, ok := open(raw); ok {
			t.Errorf("open(%q) = %q, %q, true; want refused", raw, rev, v)
		}
	}
}

func FuzzOpen(f *testing.F) {
	f.Add("sark1:2:r1sallow")
	f.Add("sark1:99:x")
	f.Fuzz(func(t *testing.T, raw string) {
		rev, value, ok := open(raw)
		if ok && seal(rev, value) != raw && len(raw) > 0 {
			// Only a leading-zero length ("sark1:02:...") may differ from its canonical form.
			if _, _, again := open(seal(rev, value)); !again {
				t.Fatalf("re-sealed %q does not open", raw)
			}
		}
	})
}
