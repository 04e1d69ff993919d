package anomaly

import (
	"sync"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

// Stats are a Detector's counters and its number of principals.
type Stats struct {
	Principals       int    // principals held now
	Observed         uint64 // events counted into a window
	Stale            uint64 // events older than the window when observed: ignored
	Evictions        uint64 // principals dropped by the LRU
	DroppedTools     uint64 // tools dropped by a principal's cap
	DroppedLocations uint64 // locations dropped by a principal's cap
	DroppedServers   uint64 // servers dropped by a principal's cap
	DroppedRecent    uint64 // rapid_requests timestamps dropped by the cap on them
}

// countDropped counts n values of field f dropped by a cap.
func (s *Stats) countDropped(f int, n uint64) {
	switch f {
	case fieldTool:
		s.DroppedTools += n
	case fieldLocation:
		s.DroppedLocations += n
	default:
		s.DroppedServers += n
	}
}

// Detector keeps every principal's baseline up to date as events stream in and answers
// detections from it. It is safe for concurrent use.
type Detector struct {
	mu    sync.Mutex
	cfg   config
	lru   *simplelru.LRU[string, *principal]
	stats Stats
}

// New returns an empty Detector.
func New(opts ...Option) (*Detector, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	lru, err := simplelru.NewLRU[string, *principal](cfg.maxPrincipals, nil)
	if err != nil {
		return nil, err
	}
	return &Detector{cfg: cfg, lru: lru}, nil
}

// window returns the first and last day of the trailing window at the clock's now.
func (d *Detector) window() (first, last int64) {
	last = dayOf(max(d.cfg.clock(), 0))
	return last - int64(d.cfg.lookbackDays) + 1, last
}

// admit validates ev for Observe: it reports whether ev is in the window (false: stale).
func (d *Detector) admit(ev *Event, first, last int64) (bool, error) {
	if err := ev.Validate(); err != nil {
		return false, err
	}
	n := dayOf(ev.Timestamp)
	if n > last {
		return false, &EventError{Field: "timestamp", Reason: "on a UTC day after the clock's"}
	}
	return n >= first, nil
}

// Observe counts ev into its principal's window. An event before the window is ignored (counted
// in Stats.Stale); one on a day after the clock's is refused. On error nothing changed.
func (d *Detector) Observe(ev Event) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	first, last := d.window()
	in, err := d.admit(&ev, first, last)
	if err != nil || !in {
		d.stats.Stale += b2u(err == nil)
		return err
	}
	return d.observe(&ev, first)
}

func (d *Detector) observe(ev *Event, first int64) error {
	p, ok := d.lru.Get(ev.Principal)
	if !ok {
		p = &principal{name: ev.Principal}
		d.add(p)
	}
	p.prune(first)
	if err := p.observe(ev, &d.cfg, &d.stats); err != nil {
		return err
	}
	d.stats.Observed++
	return nil
}

// add inserts a new principal, evicting the least recently observed one when full.
func (d *Detector) add(p *principal) {
	if d.lru.Len() >= d.cfg.maxPrincipals {
		d.lru.RemoveOldest()
		d.stats.Evictions++
	}
	d.lru.Add(p.name, p)
}

// Detect checks ev against its principal's state as it stands, without counting ev.
func (d *Detector) Detect(ev Event) (Result, error) {
	if err := ev.Validate(); err != nil {
		return Result{}, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	first, _ := d.window()
	return d.detect(&ev, first), nil
}

func (d *Detector) detect(ev *Event, first int64) Result {
	var b view = &Baseline{}
	recent := 0
	var rt rate
	if p, ok := d.lru.Peek(ev.Principal); ok {
		p.prune(first)
		b = &p.win
		recent = p.recentBefore(ev.Timestamp)
		rt.ewma, rt.today, rt.known = p.dailyRate(dayOf(ev.Timestamp))
	}
	return check(&d.cfg, ev, b, recent, rt)
}

// ObserveAndDetect is Detect then Observe under one lock: the result does not count ev itself.
// On error there is no result and nothing changed.
func (d *Detector) ObserveAndDetect(ev Event) (Result, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	first, last := d.window()
	in, err := d.admit(&ev, first, last)
	if err != nil {
		return Result{}, err
	}
	r := d.detect(&ev, first)
	if !in {
		d.stats.Stale++
		return r, nil
	}
	if err := d.observe(&ev, first); err != nil {
		return Result{}, err
	}
	return r, nil
}

// Baseline returns principal's baseline over the window now; ok is false for an unknown principal.
func (d *Detector) Baseline(principal string) (b Baseline, ok bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	p, ok := d.lru.Peek(principal)
	if !ok {
		return Baseline{}, false
	}
	first, _ := d.window()
	p.prune(first)
	return p.win.baseline(d.cfg.lookbackDays), true
}

// Alert applies the Detector's AlertConfig to anomalies.
func (d *Detector) Alert(anomalies []Anomaly) AlertDecision { return d.cfg.alert.Alert(anomalies) }

// Stats returns the counters.
func (d *Detector) Stats() Stats {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.stats
	s.Principals = d.lru.Len()
	return s
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}
