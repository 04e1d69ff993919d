package anomaly_test

import (
	"fmt"
	"time"

	"github.com/sark-accel/sark-accel/go/anomaly"
)

func Example() {
	now := time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC)
	d, err := anomaly.New(anomaly.WithClock(func() int64 { return now.UnixNano() }), anomaly.WithExtraChecks(false))
	if err != nil {
		panic(err)
	}
	// A week of office-hours history.
	for day := 8; day <= 12; day++ {
		for hour := 9; hour <= 16; hour++ {
			ts := time.Date(2024, 1, day, hour, 0, 0, 0, time.UTC).UnixNano()
			_ = d.Observe(anomaly.Event{Principal: "alice", Timestamp: ts, Tool: "search", ResultSize: 50})
		}
	}
	res, _ := d.ObserveAndDetect(anomaly.Event{
		Principal: "alice", Timestamp: time.Date(2024, 1, 15, 3, 0, 0, 0, time.UTC).UnixNano(),
		Tool: "export", Sensitivity: anomaly.ParseSensitivity("critical"), ResultSize: 5000,
	})
	for _, a := range res.Anomalies {
		fmt.Printf("%s %s: %s\n", a.Severity, a.Type, a.Description)
	}
	fmt.Println("alert:", d.Alert(res.Anomalies).Level)
	// Output:
	// low unusual_tool: Unusual tool usage: export
	// medium unusual_time: Access at unusual hour: 3:00
	// high excessive_data: Excessive data access: 5000 records (baseline max: 50)
	// high sensitivity_escalation: Sensitivity escalation: critical (baseline max: none)
	// alert: critical
}
