package authn

import (
	"context"
	"crypto/sha256"
	"io"
	"net/http"
	"sync"
	"time"
)

type remoteOptions struct {
	timeout    time.Duration // one fetch, connection to last byte
	refresh    time.Duration // a fetch is started when the last attempt is older
	minRefresh time.Duration // least time between attempts caused by an unknown kid
	maxBytes   int64
}

// remote keeps the key set of a JWKS URL. A failed fetch keeps the last good set.
type remote struct {
	url    string
	opts   remoteOptions
	owner  *Authenticator
	client *http.Client
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	fetchMu   sync.Mutex // one fetch at a time
	mu        sync.Mutex // guards the fields below
	last      time.Time  // last attempt
	attempted bool
	running   bool // a background refresh is under way
	digest    [sha256.Size]byte
	loaded    bool
}

func newRemote(url string, opts remoteOptions, owner *Authenticator) *remote {
	ctx, cancel := context.WithCancel(context.Background())
	return &remote{url: url, opts: opts, owner: owner, client: &http.Client{Timeout: opts.timeout}, ctx: ctx, cancel: cancel}
}

func (r *remote) close() {
	r.cancel()
	r.wg.Wait()
}

// maybeRefresh starts one background fetch when the last attempt is older than the interval.
func (r *remote) maybeRefresh(now time.Time) {
	r.mu.Lock()
	due := !r.running && r.attempted && now.Sub(r.last) >= r.opts.refresh
	if due {
		r.running = true
	}
	r.mu.Unlock()
	if !due {
		return
	}
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		r.refresh(now, r.opts.refresh)
		r.mu.Lock()
		r.running = false
		r.mu.Unlock()
	}()
}

// refreshForKid fetches now unless an attempt was made less than minRefresh ago; it reports
// whether a fetch was made.
func (r *remote) refreshForKid(now time.Time) bool {
	return r.refresh(now, r.opts.minRefresh)
}

// refresh fetches and installs the set unless the last attempt is less than minGap old; it
// reports whether it fetched.
func (r *remote) refresh(now time.Time, minGap time.Duration) bool {
	r.fetchMu.Lock()
	defer r.fetchMu.Unlock()
	r.mu.Lock()
	if r.attempted && now.Sub(r.last) < minGap {
		r.mu.Unlock()
		return false
	}
	r.last, r.attempted = now, true
	r.mu.Unlock()
	r.owner.counters.jwksFetches.Add(1)
	body, err := r.fetch()
	if err != nil {
		r.owner.counters.jwksFetchFailure.Add(1)
		return true
	}
	digest := sha256.Sum256(body)
	r.mu.Lock()
	same := r.loaded && digest == r.digest
	r.mu.Unlock()
	if same {
		return true
	}
	keys, err := parseJWKS(body, true)
	if err != nil || r.owner.setRemoteKeys(keys) != nil {
		r.owner.counters.jwksFetchFailure.Add(1)
		return true
	}
	r.mu.Lock()
	r.digest, r.loaded = digest, true
	r.mu.Unlock()
	return true
}

func (r *remote) fetch() ([]byte, error) {
	req, err := http.NewRequestWithContext(r.ctx, http.MethodGet, r.url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fail(ReasonUnknownKid, "jwks status "+resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, r.opts.maxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > r.opts.maxBytes {
		return nil, fail(ReasonMalformed, "jwks too large")
	}
	return body, nil
}
