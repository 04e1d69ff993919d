package anomaly

import (
	"time"
	"unicode/utf8"
)

// Sensitivity ranks a tool's sensitivity: None < Low < Medium < High < Critical.
type Sensitivity uint8

// The sensitivity levels, in rank order.
const (
	SensitivityNone Sensitivity = iota
	SensitivityLow
	SensitivityMedium
	SensitivityHigh
	SensitivityCritical
	numSensitivities
)

var sensitivityNames = [numSensitivities]string{"none", "low", "medium", "high", "critical"}

// String returns the level's lower-case name.
func (s Sensitivity) String() string {
	if s >= numSensitivities {
		return sensitivityNames[SensitivityNone]
	}
	return sensitivityNames[s]
}

// ParseSensitivity maps a level's exact lower-case name to its level; any other string ranks as
// SensitivityNone, as in SARK.
func ParseSensitivity(name string) Sensitivity {
	for i, n := range sensitivityNames {
		if n == name {
			return Sensitivity(i)
		}
	}
	return SensitivityNone
}

// Limits on an event's fields.
const (
	// MaxTextBytes bounds principal, tool, location, server and request id (UTF-8 bytes).
	MaxTextBytes = 1024
	// MaxResultSize is the largest result size: 2^53-1, so that every size is exact as a float64
	// (Python's float and JSON readers agree on it) and window sums fit the wide counters.
	MaxResultSize = 1<<53 - 1
)

// Event is one tool call by a principal.
type Event struct {
	Principal   string      // required: non-empty
	Timestamp   int64       // required: Unix nanoseconds, >= 0 (UTC)
	Tool        string      // required: non-empty
	Sensitivity Sensitivity // the tool's sensitivity; the zero value is SensitivityNone
	ResultSize  int64       // records returned, 0..MaxResultSize
	Location    string      // optional; "" means absent
	Server      string      // optional; "" means absent
	RequestID   string      // optional; "" means absent; carried, never used by a check
}

// Validate returns an *EventError when a field breaks its rule, else nil.
func (e *Event) Validate() error {
	if err := checkText("principal", e.Principal, true); err != nil {
		return err
	}
	if e.Timestamp < 0 {
		return &EventError{Field: "timestamp", Reason: "before 1970-01-01T00:00:00Z"}
	}
	if err := checkText("tool", e.Tool, true); err != nil {
		return err
	}
	if e.Sensitivity >= numSensitivities {
		return &EventError{Field: "sensitivity", Reason: "unknown level"}
	}
	if e.ResultSize < 0 || e.ResultSize > MaxResultSize {
		return &EventError{Field: "result_size", Reason: "outside 0..2^53-1"}
	}
	for _, f := range [...]struct{ name, value string }{
		{"location", e.Location}, {"server", e.Server}, {"request_id", e.RequestID},
	} {
		if err := checkText(f.name, f.value, false); err != nil {
			return err
		}
	}
	return nil
}

func checkText(field, s string, required bool) error {
	switch {
	case required && s == "":
		return &EventError{Field: field, Reason: "empty"}
	case len(s) > MaxTextBytes:
		return &EventError{Field: field, Reason: "longer than 1024 bytes"}
	case !utf8.ValidString(s):
		return &EventError{Field: field, Reason: "not valid UTF-8"}
	}
	return nil
}

const nsPerDay = int64(24 * time.Hour)

// dayOf is the UTC calendar day number (days since 1970-01-01) of a timestamp >= 0.
func dayOf(ts int64) int64 { return ts / nsPerDay }

// hourOf is the UTC hour (0-23) of a timestamp >= 0.
func hourOf(ts int64) int { return int(ts % nsPerDay / int64(time.Hour)) }

// weekdayOfDay is the weekday of a day number, 0 = Monday (1970-01-01 was a Thursday).
func weekdayOfDay(day int64) int { return int((day + 3) % 7) }

var weekdayNames = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
