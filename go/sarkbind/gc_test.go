package sarkbind

import (
	"os"
	"runtime/debug"
	"strconv"
	"testing"
)

func TestGCPercentDefault(t *testing.T) {
	want := defaultGCPercent
	if v, set := os.LookupEnv("GOGC"); set {
		if v == "off" {
			want = -1
		} else if n, err := strconv.Atoi(v); err == nil {
			want = n
		} else {
			t.Skipf("GOGC=%q", v)
		}
	}
	got, err := GCPercent()
	if err != nil || got != want {
		t.Fatalf("GCPercent() = %d, %v; want %d", got, err, want)
	}
	old := debug.SetGCPercent(123)
	defer debug.SetGCPercent(old)
	if got, _ := GCPercent(); got != 123 {
		t.Fatalf("GCPercent() after SetGCPercent(123) = %d", got)
	}
}
