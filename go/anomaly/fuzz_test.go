package anomaly

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzImport: any bytes are imported or refused with a typed error, never a panic; what is
// imported exports to a state that imports back to itself.
func FuzzImport(f *testing.F) {
	now := at(2024, 1, 15, 23, 0, 0)
	d := streamInto(f, now, sarkHistory())
	good := mustExport(f, d)
	f.Add(good)
	f.Add([]byte(`{"format":"sark-accel/anomaly-state","version":1,"lookback_days":30,"principals":[]}`))
	f.Add([]byte(`{"format":"sark-accel/anomaly-state","version":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d := streamInto(t, now, nil, WithMaxTools(4), WithMaxPrincipals(3))
		err := d.Import(data)
		if err != nil {
			if !errors.Is(err, ErrInvalidState) && !errors.Is(err, ErrUnsupportedVersion) && !errors.Is(err, ErrCapacity) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		out := mustExport(t, d)
		d2 := streamInto(t, now, nil, WithMaxTools(4), WithMaxPrincipals(3))
		if err := d2.Import(out); err != nil {
			t.Fatalf("re-import of an export: %v", err)
		}
		if again := mustExport(t, d2); !bytes.Equal(out, again) {
			t.Fatalf("export not stable:\n%s\n%s", out, again)
		}
		if err := d.Merge(out); err != nil && !errors.Is(err, ErrCapacity) {
			t.Fatalf("merge of an export: %v", err)
		}
	})
}

// FuzzObserve: any field values are observed or refused with an *EventError; accepted events are
// counted exactly once.
func FuzzObserve(f *testing.F) {
	now := at(2024, 1, 15, 23, 0, 0)
	f.Add("alice", now-1, "tool1", uint8(2), int64(100), "US-EAST", "srv")
	f.Add("", int64(-5), "\xff", uint8(9), int64(-1), "", "")
	f.Fuzz(func(t *testing.T, who string, ts int64, tool string, sens uint8, size int64, loc, srv string) {
		d := streamInto(t, now, nil)
		ev := Event{Principal: who, Timestamp: ts, Tool: tool, Sensitivity: Sensitivity(sens), ResultSize: size, Location: loc, Server: srv}
		r, err := d.ObserveAndDetect(ev)
		var ee *EventError
		if err != nil {
			if !errors.As(err, &ee) {
				t.Fatalf("untyped error: %v", err)
			}
			if s := d.Stats(); s.Observed != 0 || s.Principals != 0 {
				t.Fatalf("refused event changed state: %+v", s)
			}
			return
		}
		if r.Baseline != BaselineInsufficient {
			t.Fatal("first event had a baseline")
		}
		if b, ok := d.Baseline(who); d.Stats().Observed == 1 && (!ok || b.EventCount != 1) {
			t.Fatalf("baseline after one event: %+v", b)
		}
	})
}
