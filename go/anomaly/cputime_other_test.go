//go:build !unix

package anomaly

func cpuNanos() int64 { return 0 } // not measured here
