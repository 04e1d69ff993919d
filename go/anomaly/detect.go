package anomaly

import (
	"fmt"
	"math"
	"time"
)

// SARK's fixed thresholds.
const (
	rapidWindow      = int64(60 * time.Second)
	rapidThreshold   = 10  // earlier events in the window that make rapid_requests fire
	excessiveFactor  = 3.0 // excessive_data: size > factor x baseline maximum
	commonToolsCount = 10
	outlierMinSized  = 30  // result_size_outlier needs this many sized events in the window
	outlierZ         = 3.0 // and |z| above this
)

// DetectAgainst runs the checks for ev against a baseline the caller keeps (BuildBaseline's),
// counting for rapid_requests the events of recent that belong to ev's principal and fall in
// [ev.Timestamp - 60 s, ev.Timestamp). Options other than min events and checks are ignored.
func DetectAgainst(ev Event, b Baseline, recent []Event, opts ...Option) (Result, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return Result{}, err
	}
	if err := ev.Validate(); err != nil {
		return Result{}, err
	}
	n := 0
	for i := range recent {
		r := &recent[i]
		if err := r.Validate(); err != nil {
			return Result{}, fmt.Errorf("recent event %d: %w", i, err)
		}
		if r.Principal == ev.Principal && r.Timestamp < ev.Timestamp && r.Timestamp >= ev.Timestamp-rapidWindow {
			n++
		}
	}
	return check(&cfg, &ev, &b, n, rate{}), nil
}

// rate is what the online rate_spike check reads (DetectAgainst has no daily history).
type rate struct {
	known bool    // some day of the window precedes the event's
	ewma  float64 // calls per day before the event's day
	today uint32  // calls on the event's day before the event
}

// check runs every enabled check of ev against b; recent counts the principal's earlier events
// in [t - 60 s, t).
func check(cfg *config, ev *Event, b view, recent int, rt rate) Result {
	var r Result
	on := func(t Type) bool { return !cfg.off[t] }
	add := func(t Type, sev Severity, conf float64, desc string, base, obs any) {
		r.Anomalies = append(r.Anomalies, Anomaly{t, sev, conf, desc, base, obs})
	}
	if b.eventCount() < cfg.minEvents {
		r.Baseline = BaselineInsufficient
	}
	full := r.Baseline == BaselineSufficient
	hour, day := hourOf(ev.Timestamp), weekdayOfDay(dayOf(ev.Timestamp))
	if full && !b.isCommonTool(ev.Tool) {
		add(TypeUnusualTool, SeverityLow, 0.7, "Unusual tool usage: "+ev.Tool, b.commonTools(), ev.Tool)
	}
	if in, any := b.isTypicalHour(hour); full && any && !in {
		add(TypeUnusualTime, SeverityMedium, 0.8, fmt.Sprintf("Access at unusual hour: %d:00", hour), b.typicalHours(), hour)
	}
	if in, any := b.isTypicalDay(day); full && any && !in {
		add(TypeUnusualDay, SeverityLow, 0.6, "Access on unusual day: "+weekdayNames[day], b.typicalDays(), day)
	}
	if m := b.maxRecords(); full && m > 0 && float64(ev.ResultSize) > float64(m)*excessiveFactor {
		add(TypeExcessiveData, SeverityHigh, 0.9,
			fmt.Sprintf("Excessive data access: %d records (baseline max: %d)", ev.ResultSize, m), m, ev.ResultSize)
	}
	if m := b.maxSensitivity(); full && ev.Sensitivity > m {
		add(TypeSensitivityEscalation, SeverityHigh, 0.95,
			fmt.Sprintf("Sensitivity escalation: %s (baseline max: %s)", ev.Sensitivity, m), m, ev.Sensitivity)
	}
	if recent >= rapidThreshold {
		add(TypeRapidRequests, SeverityMedium, 0.85, fmt.Sprintf("Rapid requests: %d in 60 seconds", recent+1),
			rapidThreshold, recent+1)
	}
	if full && ev.Location != "" {
		if in, any := b.isLocation(ev.Location); any && !in {
			add(TypeGeographicAnomaly, SeverityMedium, 0.75, "Access from unusual location: "+ev.Location,
				b.locations(), ev.Location)
		}
	}
	if full && on(TypeResultSizeOutlier) && ev.ResultSize > 0 {
		if n, mean, variance := b.sizeStats(); n >= outlierMinSized && variance > 0 {
			z := (float64(ev.ResultSize) - mean) / math.Sqrt(variance)
			if math.Abs(z) > outlierZ {
				add(TypeResultSizeOutlier, SeverityMedium, 0.8,
					fmt.Sprintf("Result size outlier: %d records (z-score %.2f, mean %.2f)", ev.ResultSize, z, mean), mean, z)
			}
		}
	}
	if full && on(TypeNewServer) && ev.Server != "" && !b.isServer(ev.Server) {
		add(TypeNewServer, SeverityLow, 0.6, "First call to server: "+ev.Server, b.servers(), ev.Server)
	}
	if full && on(TypeRateSpike) && rt.known && rt.today+1 >= rateMin && float64(rt.today+1) > rateFactor*rt.ewma {
		add(TypeRateSpike, SeverityMedium, 0.7,
			fmt.Sprintf("Request rate spike: %d calls today (EWMA %.2f per day)", rt.today+1, rt.ewma), rt.ewma, int(rt.today+1))
	}
	return r
}
