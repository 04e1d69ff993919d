package anomaly

import (
	"errors"
	"slices"
	"testing"
	"time"
)

func TestSARKExampleBaseline(t *testing.T) {
	b := sarkBaseline(t)
	if !slices.Equal(b.CommonTools, []string{"tool1", "tool2", "tool3"}) ||
		!slices.Equal(b.TypicalHours, []int{9, 10, 11}) || !slices.Equal(b.TypicalDays, []int{0, 1, 2, 3, 4}) ||
		b.MaxRecordsPerQuery != 500 || b.MaxSensitivity != SensitivityMedium ||
		!slices.Equal(b.TypicalLocations, []string{"US-EAST"}) || b.EventCount != 30 || b.MaxCallsPerDay != 6 {
		t.Fatalf("baseline = %+v", b)
	}
	if b.AvgCallsPerDay != 1.0 || b.AvgRecordsPerQuery != (100.0+250+500)/3 {
		t.Fatalf("averages = %v, %v", b.AvgCallsPerDay, b.AvgRecordsPerQuery)
	}
}

// TestSARKTable replays SARK's own examples, one check at a time, with exact descriptions.
func TestSARKTable(t *testing.T) {
	b := sarkBaseline(t)
	sark := WithExtraChecks(false)
	cases := []struct {
		name  string
		edit  func(*Event)
		want  Type // "" = no anomaly
		desc  string
		sev   Severity
		conf  float64
		base  any
		obser any
	}{
		{"monday 10:00", func(*Event) {}, "", "", 0, 0, nil, nil},
		{"02:00", func(e *Event) { e.Timestamp = at(2024, 1, 15, 2, 0, 0) }, TypeUnusualTime,
			"Access at unusual hour: 2:00", SeverityMedium, 0.8, []int{9, 10, 11}, 2},
		{"saturday", func(e *Event) { e.Timestamp = at(2024, 1, 13, 10, 0, 0) }, TypeUnusualDay,
			"Access on unusual day: Saturday", SeverityLow, 0.6, []int{0, 1, 2, 3, 4}, 5},
		{"2000 records", func(e *Event) { e.ResultSize = 2000 }, TypeExcessiveData,
			"Excessive data access: 2000 records (baseline max: 500)", SeverityHigh, 0.9, int64(500), int64(2000)},
		{"1250 records", func(e *Event) { e.ResultSize = 1250 }, "", "", 0, 0, nil, nil},
		{"1500 records: not above 3x", func(e *Event) { e.ResultSize = 1500 }, "", "", 0, 0, nil, nil},
		{"1501 records", func(e *Event) { e.ResultSize = 1501 }, TypeExcessiveData,
			"Excessive data access: 1501 records (baseline max: 500)", SeverityHigh, 0.9, int64(500), int64(1501)},
		{"critical", func(e *Event) { e.Sensitivity = SensitivityCritical }, TypeSensitivityEscalation,
			"Sensitivity escalation: critical (baseline max: medium)", SeverityHigh, 0.95, SensitivityMedium, SensitivityCritical},
		{"medium", func(e *Event) { e.Sensitivity = SensitivityMedium }, "", "", 0, 0, nil, nil},
		{"EU-WEST", func(e *Event) { e.Location = "EU-WEST" }, TypeGeographicAnomaly,
			"Access from unusual location: EU-WEST", SeverityMedium, 0.75, []string{"US-EAST"}, "EU-WEST"},
		{"no location", func(e *Event) { e.Location = "" }, "", "", 0, 0, nil, nil},
		{"tool9", func(e *Event) { e.Tool = "tool9" }, TypeUnusualTool,
			"Unusual tool usage: tool9", SeverityLow, 0.7, []string{"tool1", "tool2", "tool3"}, "tool9"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ev := normal()
			c.edit(&ev)
			r, err := DetectAgainst(ev, b, nil, sark)
			if err != nil {
				t.Fatal(err)
			}
			if c.want == "" {
				if len(r.Anomalies) != 0 {
					t.Fatalf("anomalies = %+v", r.Anomalies)
				}
				return
			}
			if len(r.Anomalies) != 1 {
				t.Fatalf("anomalies = %+v", r.Anomalies)
			}
			a := r.Anomalies[0]
			if a.Type != c.want || a.Description != c.desc || a.Severity != c.sev || a.Confidence != c.conf {
				t.Fatalf("anomaly = %+v", a)
			}
			if !equalValue(a.BaselineValue, c.base) || !equalValue(a.ObservedValue, c.obser) {
				t.Fatalf("values = %#v, %#v", a.BaselineValue, a.ObservedValue)
			}
		})
	}
}

func equalValue(a, b any) bool {
	switch x := a.(type) {
	case []int:
		y, ok := b.([]int)
		return ok && slices.Equal(x, y)
	case []string:
		y, ok := b.([]string)
		return ok && slices.Equal(x, y)
	}
	return a == b
}

// burst is n events of alice, 5 s apart, ending at end.
func burst(n int, end int64) []Event {
	evs := make([]Event, n)
	for i := range evs {
		evs[i] = normal()
		evs[i].Timestamp = end - int64(n-1-i)*int64(5*time.Second)
	}
	return evs
}

func TestRapidRequests(t *testing.T) {
	b := sarkBaseline(t)
	evs := burst(11, normal().Timestamp)
	r, err := DetectAgainst(evs[10], b, evs[:10])
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Anomalies) != 1 || r.Anomalies[0].Description != "Rapid requests: 11 in 60 seconds" ||
		r.Anomalies[0].Type != TypeRapidRequests || r.Anomalies[0].Severity != SeverityMedium ||
		r.Anomalies[0].Confidence != 0.85 || r.Anomalies[0].ObservedValue != 11 || r.Anomalies[0].BaselineValue != 10 {
		t.Fatalf("anomalies = %+v", r.Anomalies)
	}
	// The 10th event has 9 before it: nothing.
	if r, _ := DetectAgainst(evs[9], b, evs[:9]); len(r.Anomalies) != 0 {
		t.Fatalf("10th event: %+v", r.Anomalies)
	}
	// SARK's bug, fixed: events after the current one are not "recent".
	if r, _ := DetectAgainst(evs[0], b, evs[1:]); len(r.Anomalies) != 0 {
		t.Fatalf("later events counted: %+v", r.Anomalies)
	}
	// Window edges: t-60s is in, t is out; other principals are not counted.
	ev := normal()
	var recent []Event
	for range 10 {
		e := normal()
		e.Timestamp = ev.Timestamp - int64(60*time.Second)
		recent = append(recent, e)
	}
	if r, _ := DetectAgainst(ev, b, recent); len(r.Anomalies) != 1 {
		t.Fatalf("t-60s must count: %+v", r.Anomalies)
	}
	for i := range recent {
		recent[i].Timestamp--
	}
	if r, _ := DetectAgainst(ev, b, recent); len(r.Anomalies) != 0 {
		t.Fatalf("before t-60s must not count: %+v", r.Anomalies)
	}
	for i := range recent {
		recent[i].Timestamp = ev.Timestamp
	}
	if r, _ := DetectAgainst(ev, b, recent); len(r.Anomalies) != 0 {
		t.Fatalf("at t must not count: %+v", r.Anomalies)
	}
	for i := range recent {
		recent[i].Timestamp, recent[i].Principal = ev.Timestamp-1, "bob"
	}
	if r, _ := DetectAgainst(ev, b, recent); len(r.Anomalies) != 0 {
		t.Fatalf("another principal's events counted: %+v", r.Anomalies)
	}
}

func TestAllAtOnce(t *testing.T) {
	b := sarkBaseline(t)
	ev := Event{Principal: "alice", Timestamp: at(2024, 1, 13, 2, 0, 0), Tool: "tool9",
		Sensitivity: SensitivityCritical, ResultSize: 2000, Location: "EU-WEST"}
	recent := burst(10, ev.Timestamp-int64(time.Second))
	r, err := DetectAgainst(ev, b, recent, WithExtraChecks(false))
	if err != nil {
		t.Fatal(err)
	}
	want := []Type{TypeUnusualTool, TypeUnusualTime, TypeUnusualDay, TypeExcessiveData,
		TypeSensitivityEscalation, TypeRapidRequests, TypeGeographicAnomaly}
	if !slices.Equal(types(r), want) {
		t.Fatalf("types = %v", types(r))
	}
	if d := DefaultAlertConfig.Alert(r.Anomalies); d.Level != AlertCritical || d.Counts != [4]int{2, 3, 2, 0} || d.Suspend {
		t.Fatalf("alert = %+v", d)
	}
}

// TestInsufficientBaseline: SARK flags every tool of a principal without history; here fewer
// than min events run rapid_requests only.
func TestInsufficientBaseline(t *testing.T) {
	ev := normal()
	ev.Tool = "anything"
	r, err := DetectAgainst(ev, Baseline{}, nil)
	if err != nil || len(r.Anomalies) != 0 || r.Baseline != BaselineInsufficient {
		t.Fatalf("empty baseline: %+v, %v", r, err)
	}
	hist := sarkHistory()[:19]
	b, _ := BuildBaseline(hist, 30)
	if r, _ := DetectAgainst(ev, b, nil); r.Baseline != BaselineInsufficient || len(r.Anomalies) != 0 {
		t.Fatalf("19 events: %+v", r)
	}
	if r, _ := DetectAgainst(ev, b, nil, WithMinEvents(19)); r.Baseline != BaselineSufficient || !slices.Equal(types(r), []Type{TypeUnusualTool}) {
		t.Fatalf("min events 19: %+v", r)
	}
	recent := burst(10, ev.Timestamp-1)
	if r, _ := DetectAgainst(ev, b, recent); !slices.Equal(types(r), []Type{TypeRapidRequests}) {
		t.Fatalf("rapid with insufficient baseline: %+v", r)
	}
}

func TestExtraChecks(t *testing.T) {
	// 40 sized events around 100 records: mean 100, sample variance small.
	var hist []Event
	for i := range 40 {
		e := normal()
		e.Timestamp = at(2024, 1, 8+i%5, 9+i%3, i, 0)
		e.ResultSize = int64(90 + i%21)
		e.Server = "srv-a"
		hist = append(hist, e)
	}
	b, err := BuildBaseline(hist, 30)
	if err != nil {
		t.Fatal(err)
	}
	ev := normal()
	ev.ResultSize = 150 // z = (150-100)/sd, sd ~ 6: outlier, not excessive (max 110 x 3 = 330)
	ev.Server = "srv-b"
	r, _ := DetectAgainst(ev, b, nil)
	if !slices.Equal(types(r), []Type{TypeResultSizeOutlier, TypeNewServer}) {
		t.Fatalf("types = %v", types(r))
	}
	if a := r.Anomalies[1]; a.Description != "First call to server: srv-b" || a.Severity != SeverityLow {
		t.Fatalf("new server = %+v", a)
	}
	z := r.Anomalies[0].ObservedValue.(float64)
	if z <= 3 || r.Anomalies[0].BaselineValue.(float64) != b.AvgRecordsPerQuery {
		t.Fatalf("outlier = %+v", r.Anomalies[0])
	}
	if r, _ := DetectAgainst(ev, b, nil, WithCheck(TypeNewServer, false)); !slices.Equal(types(r), []Type{TypeResultSizeOutlier}) {
		t.Fatalf("new_server off: %v", types(r))
	}
	if r, _ := DetectAgainst(ev, b, nil, WithExtraChecks(false)); len(r.Anomalies) != 0 {
		t.Fatalf("extras off: %v", types(r))
	}
	// Fewer than 30 sized events: no outlier check.
	b29, _ := BuildBaseline(hist[:29], 30)
	if r, _ := DetectAgainst(ev, b29, nil); slices.Contains(types(r), TypeResultSizeOutlier) {
		t.Fatalf("29 sized events: %v", types(r))
	}
	if _, err := DetectAgainst(ev, b, nil, WithCheck(TypeUnusualTool, false)); !errors.Is(err, ErrInvalidOption) {
		t.Fatalf("switching off a SARK check: %v", err)
	}
}

func TestAlertRules(t *testing.T) {
	mk := func(sevs ...Severity) []Anomaly {
		var as []Anomaly
		for _, s := range sevs {
			as = append(as, Anomaly{Severity: s})
		}
		return as
	}
	cases := []struct {
		sevs []Severity
		want AlertLevel
	}{
		{nil, AlertNone},
		{[]Severity{SeverityLow, SeverityLow, SeverityLow, SeverityMedium, SeverityMedium}, AlertNone},
		{[]Severity{SeverityMedium, SeverityMedium, SeverityMedium}, AlertWarning},
		{[]Severity{SeverityHigh}, AlertWarning},
		{[]Severity{SeverityHigh, SeverityHigh}, AlertCritical},
		{[]Severity{SeverityCritical}, AlertCritical},
	}
	for _, c := range cases {
		if d := DefaultAlertConfig.Alert(mk(c.sevs...)); d.Level != c.want || d.Suspend {
			t.Fatalf("%v: %+v", c.sevs, d)
		}
	}
	cfg := DefaultAlertConfig
	cfg.AutoSuspend = true
	if d := cfg.Alert(mk(SeverityCritical)); !d.Suspend || d.Counts[SeverityCritical] != 1 {
		t.Fatalf("auto suspend: %+v", d)
	}
	if d := cfg.Alert(mk(SeverityHigh)); d.Suspend {
		t.Fatalf("suspended on a warning: %+v", d)
	}
	cfg = AlertConfig{CriticalHighCount: 3, WarningHighCount: 2, WarningMediumCount: 1}
	if d := cfg.Alert(mk(SeverityHigh, SeverityHigh)); d.Level != AlertWarning {
		t.Fatalf("configured: %+v", d)
	}
}

// TestOutlierDescription: 15 sizes of 100 and 15 of 200, then 400: values computed by hand
// (Python: Fraction sums, then (400 - mean) / sqrt(variance)).
func TestOutlierDescription(t *testing.T) {
	var hist []Event
	for i := range 30 {
		e := normal()
		e.Timestamp = at(2024, 1, 8+i%5, 10, i, 0)
		e.ResultSize = int64(100 + 100*(i%2))
		hist = append(hist, e)
	}
	b, _ := BuildBaseline(hist, 30)
	ev := normal()
	ev.ResultSize = 400
	r, _ := DetectAgainst(ev, b, nil)
	if len(r.Anomalies) != 1 || r.Anomalies[0].Description != "Result size outlier: 400 records (z-score 4.92, mean 150.00)" ||
		r.Anomalies[0].ObservedValue != 4.915960401250875 || r.Anomalies[0].BaselineValue != 150.0 {
		t.Fatalf("%+v", r.Anomalies)
	}
}
