package anomaly

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
)

func TestObserveManyEqualsObserve(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 11))
	evs := randomStream(rng, 500, 18990, 30) // some days before the window: stale
	now := streamEnd * nsPerDay
	one := streamInto(t, now, evs)
	many := streamInto(t, now, nil)
	if err := many.ObserveMany(evs); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(mustExport(t, one), mustExport(t, many)) || one.Stats() != many.Stats() {
		t.Fatalf("ObserveMany differs from Observe: %+v vs %+v", many.Stats(), one.Stats())
	}
	probes := randomStream(rng, 50, streamEnd, 1)
	got, err := many.DetectMany(probes)
	if err != nil {
		t.Fatal(err)
	}
	for i := range probes {
		want, _ := one.Detect(probes[i])
		if fmt.Sprint(got[i]) != fmt.Sprint(want) {
			t.Fatalf("probe %d: %+v vs %+v", i, got[i], want)
		}
	}
}

func TestBatchesAreAllOrNothing(t *testing.T) {
	now := streamEnd * nsPerDay
	rng := rand.New(rand.NewPCG(12, 12))
	evs := randomStream(rng, 100, 19010, 5)
	d := streamInto(t, now, evs[:50])
	before, stats := mustExport(t, d), d.Stats()
	bad := append([]Event{}, evs[50:]...)
	bad[30].Tool = ""
	err := d.ObserveMany(bad)
	var ee *EventError
	if !errors.As(err, &ee) || ee.Field != "tool" || err.Error()[:8] != "event 30" {
		t.Fatalf("error = %v", err)
	}
	if !bytes.Equal(before, mustExport(t, d)) || d.Stats() != stats {
		t.Fatal("a refused batch changed the state")
	}
	if r, err := d.DetectMany(bad); !errors.Is(err, ErrInvalidEvent) || r != nil {
		t.Fatalf("DetectMany: %v %v", r, err)
	}
}
