package anomaly

import (
	"errors"
	"strings"
	"testing"
)

func TestEventValidation(t *testing.T) {
	bad := []struct {
		field string
		edit  func(*Event)
	}{
		{"principal", func(e *Event) { e.Principal = "" }},
		{"principal", func(e *Event) { e.Principal = "\xff" }},
		{"principal", func(e *Event) { e.Principal = strings.Repeat("p", MaxTextBytes+1) }},
		{"timestamp", func(e *Event) { e.Timestamp = -1 }},
		{"tool", func(e *Event) { e.Tool = "" }},
		{"sensitivity", func(e *Event) { e.Sensitivity = 5 }},
		{"result_size", func(e *Event) { e.ResultSize = -1 }},
		{"result_size", func(e *Event) { e.ResultSize = MaxResultSize + 1 }},
		{"location", func(e *Event) { e.Location = "\xc3" }},
		{"server", func(e *Event) { e.Server = strings.Repeat("s", MaxTextBytes+1) }},
		{"request_id", func(e *Event) { e.RequestID = "\xff" }},
	}
	for _, c := range bad {
		ev := normal()
		c.edit(&ev)
		err := ev.Validate()
		var ee *EventError
		if !errors.Is(err, ErrInvalidEvent) || !errors.As(err, &ee) || ee.Field != c.field {
			t.Fatalf("%s: %v", c.field, err)
		}
	}
	ev := normal()
	ev.ResultSize, ev.Timestamp, ev.Principal = MaxResultSize, 0, strings.Repeat("p", MaxTextBytes)
	if err := ev.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestSensitivity(t *testing.T) {
	for i, n := range []string{"none", "low", "medium", "high", "critical"} {
		if ParseSensitivity(n) != Sensitivity(i) || Sensitivity(i).String() != n {
			t.Fatalf("%s", n)
		}
	}
	for _, n := range []string{"", "HIGH", "secret", "Critical"} {
		if ParseSensitivity(n) != SensitivityNone {
			t.Fatalf("%q ranks above none", n)
		}
	}
}

func TestCalendar(t *testing.T) {
	cases := []struct {
		ts            int64
		hour, weekday int
	}{
		{0, 0, 3}, // 1970-01-01 was a Thursday
		{at(2024, 1, 15, 10, 0, 0), 10, 0},
		{at(2024, 1, 13, 23, 59, 59), 23, 5},
		{at(2024, 1, 14, 0, 0, 0), 0, 6},
	}
	for _, c := range cases {
		if hourOf(c.ts) != c.hour || weekdayOfDay(dayOf(c.ts)) != c.weekday {
			t.Fatalf("%d: hour %d weekday %d", c.ts, hourOf(c.ts), weekdayOfDay(dayOf(c.ts)))
		}
	}
}
