package anomaly

import "slices"

// Type names a check and the anomalies it reports.
type Type string

// SARK's seven checks.
const (
	TypeUnusualTool           Type = "unusual_tool"
	TypeUnusualTime           Type = "unusual_time"
	TypeUnusualDay            Type = "unusual_day"
	TypeExcessiveData         Type = "excessive_data"
	TypeSensitivityEscalation Type = "sensitivity_escalation"
	TypeRapidRequests         Type = "rapid_requests"
	TypeGeographicAnomaly     Type = "geographic_anomaly"
)

// Checks beyond SARK, each switchable with WithCheck.
const (
	TypeResultSizeOutlier Type = "result_size_outlier"
	TypeNewServer         Type = "new_server"
	TypeRateSpike         Type = "rate_spike" // online only: needs the daily history
)

var (
	sarkTypes  = []Type{TypeUnusualTool, TypeUnusualTime, TypeUnusualDay, TypeExcessiveData, TypeSensitivityEscalation, TypeRapidRequests, TypeGeographicAnomaly}
	extraTypes = []Type{TypeResultSizeOutlier, TypeNewServer, TypeRateSpike}
)

func (t Type) sark() bool  { return slices.Contains(sarkTypes, t) }
func (t Type) extra() bool { return slices.Contains(extraTypes, t) }

// Anomaly is one check that fired. BaselineValue and ObservedValue hold, per Type:
//
//	unusual_tool           []string common tools          string tool
//	unusual_time           []int typical hours            int hour
//	unusual_day            []int typical weekdays         int weekday (0 = Monday)
//	excessive_data         int64 max result size          int64 result size
//	sensitivity_escalation Sensitivity baseline maximum   Sensitivity of the event
//	rapid_requests         int threshold (10)             int events in the 60 s, this one included
//	geographic_anomaly     []string typical locations     string location
//	result_size_outlier    float64 mean size              float64 z-score
//	new_server             []string servers seen          string server
//	rate_spike             float64 EWMA calls per day     int calls today, this one included
type Anomaly struct {
	Type          Type
	Severity      Severity
	Confidence    float64
	Description   string
	BaselineValue any
	ObservedValue any
}

// BaselineStatus says whether a detection ran the baseline checks.
type BaselineStatus uint8

// The baseline statuses.
const (
	BaselineSufficient   BaselineStatus = iota // at least min events: every check ran
	BaselineInsufficient                       // fewer: only rapid_requests ran
)

func (s BaselineStatus) String() string {
	if s == BaselineInsufficient {
		return "insufficient"
	}
	return "sufficient"
}

// Result is one detection: the anomalies in check order, and whether the baseline sufficed.
type Result struct {
	Anomalies []Anomaly
	Baseline  BaselineStatus
}
