package sarkbind

import (
	"fmt"
	"strings"
	"testing"
)

// benchRows is n events of 10,000 principals, 20 tools, spread over the 30 days before mon10.
func benchRows(n int) string {
	rows := make([]string, n)
	for i := range rows {
		p := i % 10_000
		ts := mon10 - int64(i/10_000)*int64(86400e9)*30/int64(max(n/10_000, 1)) - int64(p%7)*60e9
		rows[i] = fmt.Sprintf(`["user%d",%d,"tool%d","low",%d,"US-EAST","srv%d",""]`, p, ts, (i*7+p)%20, 10+i%500, p%4)
	}
	return "[" + strings.Join(rows, ",") + "]"
}

// BenchmarkAnomalyObserveMany is the Go side of observe_many from Python: scanning the rows,
// then the engine (1,000,000 events of 10,000 principals in batches of 50,000).
func BenchmarkAnomalyObserveMany(b *testing.B) {
	batch := benchRows(50_000)
	b.ResetTimer()
	for range b.N {
		h, err := AnomalyNew(anomalyTestConfig)
		if err != nil {
			b.Fatal(err)
		}
		for range 20 {
			if _, err := AnomalyObserveMany(h, mon10, batch); err != nil {
				b.Fatal(err)
			}
		}
		_, _ = AnomalyClose(h)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1_000_000), "ns/event")
}

// BenchmarkAnomalyDecodeEvents is the row scanner alone.
func BenchmarkAnomalyDecodeEvents(b *testing.B) {
	batch := benchRows(50_000)
	b.ResetTimer()
	for range b.N {
		if _, err := decodeEvents(batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*50_000), "ns/event")
}
