package policy

// The counters OPA's decision-log plugin keeps of what it drops (plugins/logs). They
// exist only when the plugins are given a metrics provider, which FromConfig does.
const (
	droppedBufferFullCounter = "decision_logs_dropped_buffer_size_limit_exceeded"
	droppedRateLimitCounter  = "decision_logs_dropped_rate_limit_exceeded"
	droppedEncodingCounter   = "decision_logs_encoding_failure"
)

// DecisionLogStats is the state of the decision-log buffer of an engine made by FromConfig.
type DecisionLogStats struct {
	// BufferType is OPA's reporting.buffer_type: "size" (the default) or "event".
	BufferType string `json:"buffer_type"`
	// Buffered is what waits for upload: compressed bytes (size buffer) or entries (event buffer).
	Buffered int64 `json:"buffered"`
	// DroppedBufferFull counts drops for a full buffer: each time the size buffer dropped its
	// oldest chunks to fit buffer_size_limit_bytes, each entry the event buffer dropped.
	DroppedBufferFull uint64 `json:"dropped_buffer_full"`
	// DroppedRateLimit counts entries over reporting.max_decisions_per_second.
	DroppedRateLimit uint64 `json:"dropped_rate_limit"`
	// DroppedEncoding counts entries OPA could not encode, one larger than
	// upload_size_limit_bytes among them.
	DroppedEncoding uint64 `json:"dropped_encoding"`
}

// DecisionLogStats reports the decision-log buffer and OPA's counts of dropped entries;
// false for an engine without decision logs.
func (e *Engine) DecisionLogStats() (DecisionLogStats, bool) {
	if e.cp == nil || e.cp.logs == nil {
		return DecisionLogStats{}, false
	}
	typ, n := e.cp.logs.BufferSize()
	count := func(name string) uint64 {
		v, _ := e.cp.metrics.Counter(name).Value().(uint64)
		return v
	}
	return DecisionLogStats{
		BufferType:        typ,
		Buffered:          n,
		DroppedBufferFull: count(droppedBufferFullCounter),
		DroppedRateLimit:  count(droppedRateLimitCounter),
		DroppedEncoding:   count(droppedEncodingCounter),
	}, true
}
