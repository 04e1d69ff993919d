package anomaly

import (
	"testing"
	"time"
)

// at is the Unix nanoseconds of a UTC wall time.
func at(year int, month time.Month, day, hour, minute, sec int) int64 {
	return time.Date(year, month, day, hour, minute, sec, 0, time.UTC).UnixNano()
}

// sarkHistory is the history behind SARK's example baseline: tools tool1..tool3, hours 9-11,
// Monday 2024-01-08 to Friday 2024-01-12, result sizes up to 500, sensitivity up to medium,
// location US-EAST. 30 events.
func sarkHistory() []Event {
	var evs []Event
	sizes := []int64{100, 250, 500}
	for d := 8; d <= 12; d++ {
		for h := 9; h <= 11; h++ {
			for k := range 2 {
				i := len(evs)
				evs = append(evs, Event{
					Principal:   "alice",
					Timestamp:   at(2024, 1, d, h, 10*k, 0),
					Tool:        []string{"tool1", "tool2", "tool3"}[i%3],
					Sensitivity: []Sensitivity{SensitivityLow, SensitivityMedium}[i%2],
					ResultSize:  sizes[i%3],
					Location:    "US-EAST",
				})
			}
		}
	}
	return evs
}

func sarkBaseline(t *testing.T) Baseline {
	t.Helper()
	b, err := BuildBaseline(sarkHistory(), 30)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// normal is an event SARK's example baseline finds nothing wrong with.
func normal() Event {
	return Event{Principal: "alice", Timestamp: at(2024, 1, 15, 10, 0, 0), Tool: "tool1",
		Sensitivity: SensitivityMedium, ResultSize: 100, Location: "US-EAST"}
}

func types(r Result) []Type {
	var ts []Type
	for _, a := range r.Anomalies {
		ts = append(ts, a.Type)
	}
	return ts
}
