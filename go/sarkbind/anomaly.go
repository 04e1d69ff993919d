package sarkbind

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/sark-accel/sark-accel/go/anomaly"
)

// boundAnomaly is a detector whose clock is the now each call brings from Python (the facade's
// clock, or time.time_ns): callbacks cannot cross, so the time travels with the call. mu makes
// "set now, run the operation" one step when threads call at once. now is atomic because a
// gateway sets it without mu (setNow).
type boundAnomaly struct {
	mu  sync.Mutex
	now atomic.Int64
	d   *anomaly.Detector
}

var anomalies = newRegistry[*boundAnomaly]("anomaly detector")

// at runs op on the detector with the clock at nowNs.
func (b *boundAnomaly) at(nowNs int64, op func(d *anomaly.Detector) error) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.now.Store(nowNs)
	return op(b.d)
}

// setNow moves the clock for a gateway's call, which runs the detector inside go/gateway and
// so cannot hold mu around it: concurrent calls may read each other's now. The clock only
// places the window's last UTC day, so this matters only for calls straddling a UTC midnight,
// where an event may be refused (error:anomaly, a deny) or counted on the earlier window.
func (b *boundAnomaly) setNow(nowNs int64) { b.now.Store(nowNs) }

// anomalyConfig is the JSON AnomalyNew and AnomalyDetectAgainst take; the facade sends every field.
type anomalyConfig struct {
	LookbackDays  int             `json:"lookback_days"`
	MinEvents     int             `json:"min_events"`
	MaxPrincipals int             `json:"max_principals"`
	MaxTools      int             `json:"max_tools"`
	MaxLocations  int             `json:"max_locations"`
	MaxServers    int             `json:"max_servers"`
	MaxRecent     int             `json:"max_recent"`
	Checks        map[string]bool `json:"checks"` // the checks beyond SARK, on or off
	Alert         struct {
		CriticalHighCount  int  `json:"critical_high_count"`
		WarningHighCount   int  `json:"warning_high_count"`
		WarningMediumCount int  `json:"warning_medium_count"`
		AutoSuspend        bool `json:"auto_suspend"`
	} `json:"alert"`
}

func (c *anomalyConfig) options() []anomaly.Option {
	opts := []anomaly.Option{
		anomaly.WithLookbackDays(c.LookbackDays), anomaly.WithMinEvents(c.MinEvents),
		anomaly.WithMaxPrincipals(c.MaxPrincipals), anomaly.WithMaxTools(c.MaxTools),
		anomaly.WithMaxLocations(c.MaxLocations), anomaly.WithMaxServers(c.MaxServers),
		anomaly.WithMaxRecent(c.MaxRecent),
		anomaly.WithAlertConfig(anomaly.AlertConfig{
			CriticalHighCount: c.Alert.CriticalHighCount, WarningHighCount: c.Alert.WarningHighCount,
			WarningMediumCount: c.Alert.WarningMediumCount, AutoSuspend: c.Alert.AutoSuspend,
		}),
	}
	for t, on := range c.Checks {
		opts = append(opts, anomaly.WithCheck(anomaly.Type(t), on))
	}
	return opts
}

func decodeAnomalyConfig(configJSON string) (*anomalyConfig, error) {
	var cfg anomalyConfig
	dec := json.NewDecoder(strings.NewReader(configJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return nil, invalidf("anomaly config: %v", err)
	}
	return &cfg, nil
}

// anomalyError maps go/anomaly's sentinels to the kinds sark_accel.anomaly.errors registers.
func anomalyError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, anomaly.ErrInvalidEvent):
		return withKind(kindAnomalyInvalidEvent, err)
	case errors.Is(err, anomaly.ErrUnsupportedVersion):
		return withKind(kindAnomalyUnsupportedVersion, err)
	case errors.Is(err, anomaly.ErrInvalidState):
		return withKind(kindAnomalyInvalidState, err)
	case errors.Is(err, anomaly.ErrCapacity):
		return withKind(kindAnomalyCapacity, err)
	case errors.Is(err, anomaly.ErrInvalidOption):
		return withKind(kindInvalidArgument, err)
	}
	return err
}

// AnomalyNew creates a detector from an anomalyConfig JSON.
func AnomalyNew(configJSON string) (h int64, err error) {
	defer guard(&err)
	cfg, err := decodeAnomalyConfig(configJSON)
	if err != nil {
		return 0, err
	}
	b := &boundAnomaly{}
	d, err := anomaly.New(append(cfg.options(), anomaly.WithClock(b.now.Load))...)
	if err != nil {
		return 0, anomalyError(err)
	}
	b.d = d
	return anomalies.add(b), nil
}

// AnomalyClose forgets a detector.
func AnomalyClose(h int64) (ok bool, err error) {
	defer guard(&err)
	return anomalies.remove(h), nil
}

func event(principal string, ts int64, tool, sensitivity string, size int64, location, server, requestID string) anomaly.Event {
	return anomaly.Event{Principal: principal, Timestamp: ts, Tool: tool, Sensitivity: anomaly.ParseSensitivity(sensitivity),
		ResultSize: size, Location: location, Server: server, RequestID: requestID}
}

// AnomalyObserve counts one event (the fields of a row as arguments: no JSON for one event).
func AnomalyObserve(h, nowNs int64, principal string, ts int64, tool, sensitivity string, size int64,
	location, server, requestID string) (ok bool, err error) {
	defer guard(&err)
	b, err := anomalies.get(h)
	if err != nil {
		return false, err
	}
	ev := event(principal, ts, tool, sensitivity, size, location, server, requestID)
	return true, anomalyError(b.at(nowNs, func(d *anomaly.Detector) error { return d.Observe(ev) }))
}

// AnomalyDetect checks one event against the state and returns the result (resultText).
func AnomalyDetect(h, nowNs int64, principal string, ts int64, tool, sensitivity string, size int64,
	location, server, requestID string) (out string, err error) {
	defer guard(&err)
	return detectOne(h, nowNs, event(principal, ts, tool, sensitivity, size, location, server, requestID), false)
}

// AnomalyObserveAndDetect is AnomalyDetect, then AnomalyObserve, atomically.
func AnomalyObserveAndDetect(h, nowNs int64, principal string, ts int64, tool, sensitivity string, size int64,
	location, server, requestID string) (out string, err error) {
	defer guard(&err)
	return detectOne(h, nowNs, event(principal, ts, tool, sensitivity, size, location, server, requestID), true)
}

func detectOne(h, nowNs int64, ev anomaly.Event, observe bool) (string, error) {
	b, err := anomalies.get(h)
	if err != nil {
		return "", err
	}
	var r anomaly.Result
	err = b.at(nowNs, func(d *anomaly.Detector) (err error) {
		if observe {
			r, err = d.ObserveAndDetect(ev)
		} else {
			r, err = d.Detect(ev)
		}
		return err
	})
	if err != nil {
		return "", anomalyError(err)
	}
	return string(appendResult(nil, r)), nil
}

// AnomalyEncoded runs op ("observe", "detect" or "observe_and_detect") on the one event row of
// eventsJSON: the path for events with strings that cannot cross as arguments (NUL).
func AnomalyEncoded(h, nowNs int64, op, eventsJSON string) (out string, err error) {
	defer guard(&err)
	events, err := decodeEvents(eventsJSON)
	if err != nil {
		return "", err
	}
	if len(events) != 1 {
		return "", invalidf("AnomalyEncoded takes one event, got %d", len(events))
	}
	switch op {
	case "observe":
		b, err := anomalies.get(h)
		if err != nil {
			return "", err
		}
		return "", anomalyError(b.at(nowNs, func(d *anomaly.Detector) error { return d.Observe(events[0]) }))
	case "detect", "observe_and_detect":
		return detectOne(h, nowNs, events[0], op == "observe_and_detect")
	}
	return "", invalidf("unknown operation %q", op)
}

// AnomalyObserveMany counts a batch of event rows, all or nothing; it returns how many it read.
func AnomalyObserveMany(h, nowNs int64, eventsJSON string) (n int, err error) {
	defer guard(&err)
	b, err := anomalies.get(h)
	if err != nil {
		return 0, err
	}
	events, err := decodeEvents(eventsJSON)
	if err != nil {
		return 0, err
	}
	return len(events), anomalyError(b.at(nowNs, func(d *anomaly.Detector) error { return d.ObserveMany(events) }))
}

// AnomalyDetectMany checks a batch of event rows against the same state: a JSON array of results.
func AnomalyDetectMany(h, nowNs int64, eventsJSON string) (out string, err error) {
	defer guard(&err)
	b, err := anomalies.get(h)
	if err != nil {
		return "", err
	}
	events, err := decodeEvents(eventsJSON)
	if err != nil {
		return "", err
	}
	var rs []anomaly.Result
	err = b.at(nowNs, func(d *anomaly.Detector) (err error) {
		rs, err = d.DetectMany(events)
		return err
	})
	if err != nil {
		return "", anomalyError(err)
	}
	// Each result: "S"/"I" when nothing fired, else ["S", rows]: one json.loads in Python.
	buf := make([]byte, 0, 4*len(rs)+2)
	buf = append(buf, '[')
	for i, r := range rs {
		if i > 0 {
			buf = append(buf, ',')
		}
		text := appendResult(nil, r)
		if len(text) == 1 {
			buf = append(buf, '"', text[0], '"')
			continue
		}
		buf = append(append(append(buf, '[', '"', text[0], '"', ','), text[1:]...), ']')
	}
	return string(append(buf, ']')), nil
}

// AnomalyBaseline returns the baseline of a principal (a JSON string: any name crosses) as
// JSON (baselineJSON), or "" when unknown.
func AnomalyBaseline(h, nowNs int64, principalJSON string) (out string, err error) {
	defer guard(&err)
	b, err := anomalies.get(h)
	if err != nil {
		return "", err
	}
	var principal string
	if err := json.Unmarshal([]byte(principalJSON), &principal); err != nil {
		return "", invalidf("principal: %v", err)
	}
	var bl anomaly.Baseline
	var ok bool
	_ = b.at(nowNs, func(d *anomaly.Detector) error { bl, ok = d.Baseline(principal); return nil })
	if !ok {
		return "", nil
	}
	return marshalBaseline(bl)
}

// AnomalyExport returns the state (go/anomaly/README.md section 5).
func AnomalyExport(h, nowNs int64) (out string, err error) {
	defer guard(&err)
	b, err := anomalies.get(h)
	if err != nil {
		return "", err
	}
	var data []byte
	err = b.at(nowNs, func(d *anomaly.Detector) (err error) { data, err = d.Export(); return err })
	return string(data), anomalyError(err)
}

// AnomalyImport replaces the state with an exported one, or merges it in.
func AnomalyImport(h, nowNs int64, state string, merge bool) (ok bool, err error) {
	defer guard(&err)
	b, err := anomalies.get(h)
	if err != nil {
		return false, err
	}
	err = b.at(nowNs, func(d *anomaly.Detector) error {
		if merge {
			return d.Merge([]byte(state))
		}
		return d.Import([]byte(state))
	})
	return err == nil, anomalyError(err)
}

// AnomalyStats returns the counters as JSON with snake_case keys.
func AnomalyStats(h int64) (out string, err error) {
	defer guard(&err)
	b, err := anomalies.get(h)
	if err != nil {
		return "", err
	}
	s := b.d.Stats()
	o, err := json.Marshal(map[string]any{
		"principals": s.Principals, "observed": s.Observed, "stale": s.Stale, "evictions": s.Evictions,
		"dropped_tools": s.DroppedTools, "dropped_locations": s.DroppedLocations,
		"dropped_servers": s.DroppedServers, "dropped_recent": s.DroppedRecent,
	})
	return string(o), err
}

// AnomalyBuildBaseline is anomaly.BuildBaseline over a batch of event rows.
func AnomalyBuildBaseline(eventsJSON string, lookbackDays int) (out string, err error) {
	defer guard(&err)
	events, err := decodeEvents(eventsJSON)
	if err != nil {
		return "", err
	}
	bl, err := anomaly.BuildBaseline(events, lookbackDays)
	if err != nil {
		return "", anomalyError(err)
	}
	return marshalBaseline(bl)
}

// AnomalyDetectAgainst is anomaly.DetectAgainst: eventsJSON holds the event first, then the
// recent events; only min_events and checks of the config apply.
func AnomalyDetectAgainst(configJSON, baselineJSON, eventsJSON string) (out string, err error) {
	defer guard(&err)
	cfg, err := decodeAnomalyConfig(configJSON)
	if err != nil {
		return "", err
	}
	bl, err := unmarshalBaseline(baselineJSON)
	if err != nil {
		return "", err
	}
	events, err := decodeEvents(eventsJSON)
	if err != nil {
		return "", err
	}
	if len(events) == 0 {
		return "", invalidf("detect_against needs the event")
	}
	r, err := anomaly.DetectAgainst(events[0], bl, events[1:], cfg.options()...)
	if err != nil {
		return "", anomalyError(err)
	}
	return string(appendResult(nil, r)), nil
}

// appendResult frames a detection: "S" (baseline sufficient) or "I" (insufficient), then, when
// something fired, a JSON array of rows [type, severity, confidence, description, baseline
// value, observed value]. The usual answer, nothing, is one byte.
func appendResult(buf []byte, r anomaly.Result) []byte {
	if r.Baseline == anomaly.BaselineInsufficient {
		buf = append(buf, 'I')
	} else {
		buf = append(buf, 'S')
	}
	if len(r.Anomalies) == 0 {
		return buf
	}
	rows := make([][6]any, len(r.Anomalies))
	for i, a := range r.Anomalies {
		rows[i] = [6]any{a.Type, a.Severity.String(), a.Confidence, a.Description, wireValue(a.BaselineValue), wireValue(a.ObservedValue)}
	}
	j, err := json.Marshal(rows)
	if err != nil { // the values are strings, numbers and lists of them
		panic(err)
	}
	return append(buf, j...)
}

// wireValue gives levels their names and empty lists as [] (not null).
func wireValue(v any) any {
	switch x := v.(type) {
	case anomaly.Sensitivity:
		return x.String()
	case []string:
		if x == nil {
			return []string{}
		}
	case []int:
		if x == nil {
			return []int{}
		}
	}
	return v
}

// baselineJSON is anomaly.Baseline with SARK's field names, levels by name and lists never null.
type baselineJSON struct {
	CommonTools        []string `json:"common_tools"`
	AvgCallsPerDay     float64  `json:"avg_calls_per_day"`
	MaxCallsPerDay     int      `json:"max_calls_per_day"`
	TypicalHours       []int    `json:"typical_hours"`
	TypicalDays        []int    `json:"typical_days"`
	AvgRecordsPerQuery float64  `json:"avg_records_per_query"`
	MaxRecordsPerQuery int64    `json:"max_records_per_query"`
	MaxSensitivity     string   `json:"max_sensitivity_level"`
	TypicalSensitivity string   `json:"typical_sensitivity"`
	TypicalLocations   []string `json:"typical_locations"`
	EventCount         int      `json:"event_count"`
	SizedEvents        int      `json:"sized_events"`
	SizeVariance       float64  `json:"size_variance"`
	Servers            []string `json:"servers"`
}

func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func marshalBaseline(b anomaly.Baseline) (string, error) {
	j, err := json.Marshal(baselineJSON{
		CommonTools: orEmpty(b.CommonTools), AvgCallsPerDay: b.AvgCallsPerDay, MaxCallsPerDay: b.MaxCallsPerDay,
		TypicalHours: orEmpty(b.TypicalHours), TypicalDays: orEmpty(b.TypicalDays),
		AvgRecordsPerQuery: b.AvgRecordsPerQuery, MaxRecordsPerQuery: b.MaxRecordsPerQuery,
		MaxSensitivity: b.MaxSensitivity.String(), TypicalSensitivity: b.TypicalSensitivity.String(),
		TypicalLocations: orEmpty(b.TypicalLocations), EventCount: b.EventCount, SizedEvents: b.SizedEvents,
		SizeVariance: b.SizeVariance, Servers: orEmpty(b.Servers),
	})
	return string(j), err
}

func unmarshalBaseline(text string) (anomaly.Baseline, error) {
	var j baselineJSON
	dec := json.NewDecoder(strings.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return anomaly.Baseline{}, invalidf("baseline: %v", err)
	}
	return anomaly.Baseline{
		CommonTools: j.CommonTools, AvgCallsPerDay: j.AvgCallsPerDay, MaxCallsPerDay: j.MaxCallsPerDay,
		TypicalHours: j.TypicalHours, TypicalDays: j.TypicalDays, AvgRecordsPerQuery: j.AvgRecordsPerQuery,
		MaxRecordsPerQuery: j.MaxRecordsPerQuery, MaxSensitivity: anomaly.ParseSensitivity(j.MaxSensitivity),
		TypicalSensitivity: anomaly.ParseSensitivity(j.TypicalSensitivity), TypicalLocations: j.TypicalLocations,
		EventCount: j.EventCount, SizedEvents: j.SizedEvents, SizeVariance: j.SizeVariance, Servers: j.Servers,
	}, nil
}
