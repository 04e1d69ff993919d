package injection

import "testing"

// BenchmarkScanText2KBParallel: Inspect from GOMAXPROCS goroutines on one Detector (run with
// -cpu 1,2 to see whether the engine itself scales; issue 20 compares it with Python threads).
func BenchmarkScanText2KBParallel(b *testing.B) {
	d := mustNew(b)
	text := benignText(2 << 10)
	d.Inspect(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			d.Inspect(text)
		}
	})
}
