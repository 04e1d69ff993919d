package policy

import (
	"io"
	"sync"

	"github.com/open-policy-agent/opa/v1/topdown/print"
)

// printHook writes each print() line to w. Concurrent evaluations share it, so
// writes are serialised with a mutex.
type printHook struct {
	mu sync.Mutex
	w  io.Writer
}

func (h *printHook) Print(_ print.Context, msg string) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err := io.WriteString(h.w, msg+"\n")
	return err
}
