package gateway

import (
	"context"
	"sync"
	"sync/atomic"
)

// AuthorizeMany decides each request, in parallel on at most WithWorkers goroutines, and
// returns the decisions in request order. Request.Yield is not called.
func (g *Gateway) AuthorizeMany(ctx context.Context, reqs []Request) []Decision {
	out := make([]Decision, len(reqs))
	workers := min(g.cfg.workers, len(reqs))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(reqs) {
					return
				}
				r := reqs[i]
				r.Yield = nil // it belongs to the caller's goroutine, not to a worker
				out[i] = g.Authorize(ctx, r)
			}
		})
	}
	wg.Wait()
	return out
}
