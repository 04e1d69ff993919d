package anomaly

// Severity is an anomaly's severity: Low < Medium < High < Critical.
type Severity uint8

// The severities, in rank order.
const (
	SeverityLow Severity = iota
	SeverityMedium
	SeverityHigh
	SeverityCritical
	numSeverities
)

var severityNames = [numSeverities]string{"low", "medium", "high", "critical"}

func (s Severity) String() string {
	if s >= numSeverities {
		return "unknown"
	}
	return severityNames[s]
}

// AlertLevel is what an alert manager makes of a set of anomalies.
type AlertLevel uint8

// The alert levels.
const (
	AlertNone AlertLevel = iota
	AlertWarning
	AlertCritical
)

func (l AlertLevel) String() string {
	return [...]string{"none", "warning", "critical"}[min(l, AlertCritical)]
}

// AlertConfig holds SARK's alert manager thresholds.
type AlertConfig struct {
	CriticalHighCount  int  // this many high anomalies make a critical alert (SARK: 2)
	WarningHighCount   int  // this many high anomalies make a warning (SARK: 1)
	WarningMediumCount int  // this many medium anomalies make a warning (SARK: 3)
	AutoSuspend        bool // suspend the principal on a critical alert (SARK: off)
}

// DefaultAlertConfig is SARK's alert manager default.
var DefaultAlertConfig = AlertConfig{CriticalHighCount: 2, WarningHighCount: 1, WarningMediumCount: 3}

// AlertDecision is the alert for a set of anomalies.
type AlertDecision struct {
	Level   AlertLevel
	Counts  [numSeverities]int // anomalies per Severity (index: the Severity)
	Suspend bool               // AutoSuspend is on and Level is AlertCritical
}

// Alert applies SARK's rules: critical when any anomaly is critical or at least CriticalHighCount
// are high; warning when at least WarningHighCount are high or WarningMediumCount are medium.
func (c AlertConfig) Alert(anomalies []Anomaly) AlertDecision {
	var d AlertDecision
	for _, a := range anomalies {
		if a.Severity < numSeverities {
			d.Counts[a.Severity]++
		}
	}
	high, medium := d.Counts[SeverityHigh], d.Counts[SeverityMedium]
	switch {
	case d.Counts[SeverityCritical] > 0 || high >= c.CriticalHighCount:
		d.Level = AlertCritical
	case high >= c.WarningHighCount || medium >= c.WarningMediumCount:
		d.Level = AlertWarning
	}
	d.Suspend = c.AutoSuspend && d.Level == AlertCritical
	return d
}

func (c AlertConfig) valid() bool {
	return c.CriticalHighCount >= 1 && c.WarningHighCount >= 1 && c.WarningMediumCount >= 1
}
