package redistier

import (
	"sync"
	"sync/atomic"
	"time"
)

// breaker keeps a failing Redis from costing every request a timeout: after a failure, Redis
// is skipped until retryAt; each consecutive failure doubles the wait, up to max.
type breaker struct {
	min, max time.Duration
	retryAt  atomic.Int64 // unix ns before which Redis is skipped; 0 when closed

	mu    sync.Mutex
	fails int
	wait  time.Duration
}

// allow reports whether Redis may be tried now.
func (b *breaker) allow(now time.Time) bool {
	at := b.retryAt.Load()
	return at == 0 || now.UnixNano() >= at
}

// success closes the breaker and reports whether it had been open.
func (b *breaker) success() bool {
	if b.retryAt.Load() == 0 {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.fails, b.wait = 0, 0
	return b.retryAt.Swap(0) != 0
}

// failure opens the breaker for the next backoff.
func (b *breaker) failure(now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.fails++
	switch {
	case b.wait == 0:
		b.wait = b.min
	case b.wait < b.max:
		b.wait = min(2*b.wait, b.max)
	}
	b.retryAt.Store(now.Add(b.wait).UnixNano())
}
