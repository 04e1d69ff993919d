package policy

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestDecisionLogFloodIsBoundedAndCounted: while the log service is down, decisions far
// beyond buffer_size_limit_bytes keep the buffer (and the heap) within the bound, and what
// is dropped is counted.
func TestDecisionLogFloodIsBoundedAndCounted(t *testing.T) {
	const limit = 256 << 10
	const decisions, inputBytes = 1500, 8 << 10 // 12 MiB of incompressible inputs: ~48x the bound
	bs := newBundleServer(t, tarball(t, gatewayBundle(t, "r1", []string{"alice"}, nil), "", ""))
	lr := &logReceiver{ids: map[string]int{}, down: true}
	logs := httptest.NewServer(lr)
	defer logs.Close()
	cfg := strings.Replace(string(controlConfig(bs.address, "")), `"labels"`, fmt.Sprintf(
		`"decision_logs": {"service": "logs", "reporting": {"min_delay_seconds": 1, "max_delay_seconds": 1, "buffer_size_limit_bytes": %d}}, "labels"`,
		limit), 1)
	cfg = strings.Replace(cfg, `"services": {`, fmt.Sprintf(`"services": {"logs": {"url": %q}, `, logs.URL), 1)
	e := fromConfig(t, []byte(cfg))
	waitReady(t, e, 10*time.Second)
	if st, ok := e.DecisionLogStats(); !ok || st.BufferType != "size" || st.DroppedBufferFull != 0 {
		t.Fatalf("DecisionLogStats() = %+v, %v before any decision", st, ok)
	}

	noise := make([]byte, inputBytes*3/4)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := range decisions {
		_, _ = rand.Read(noise)
		in := fmt.Sprintf(`{"user":"alice","n":%d,"noise":%q}`, i, base64.StdEncoding.EncodeToString(noise))
		if _, err := e.Evaluate(context.Background(), gwQuery, []byte(in)); err != nil {
			t.Fatal(err)
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&after)

	st, _ := e.DecisionLogStats()
	t.Logf("after the flood: %+v, heap %+d bytes", st, int64(after.HeapAlloc)-int64(before.HeapAlloc))
	if st.Buffered > limit {
		t.Fatalf("%d bytes buffered, over the bound of %d", st.Buffered, limit)
	}
	// Unbounded, the buffer would hold the whole flood (~9 MiB compressed).
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > 4<<20 {
		t.Fatalf("the heap grew by %d bytes during the flood", grew)
	}
	if st.DroppedBufferFull == 0 {
		t.Fatalf("DecisionLogStats() = %+v: the dropped entries were not counted", st)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	e.Close(ctx)
	cancel()
}
