package anomaly

import "fmt"

// ObserveMany observes events in order under one lock: the same state as Observe on each, but
// all or nothing: every event is checked first, and on error (naming the event's index)
// nothing changed.
func (d *Detector) ObserveMany(events []Event) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	first, last := d.window()
	in := make([]bool, len(events))
	perPrincipal := map[string]uint64{}
	for i := range events {
		ok, err := d.admit(&events[i], first, last)
		if err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
		in[i] = ok
		if ok {
			perPrincipal[events[i].Principal]++
		}
	}
	for who, n := range perPrincipal {
		if p, ok := d.lru.Peek(who); ok && uint64(p.win.events)+n > maxEvents || n > maxEvents {
			return fmt.Errorf("%w: principal %q would count more than %d events", ErrCapacity, who, uint64(maxEvents))
		}
	}
	for i := range events {
		if !in[i] {
			d.stats.Stale++
			continue
		}
		if err := d.observe(&events[i], first); err != nil { // ruled out above
			return fmt.Errorf("event %d: %w", i, err)
		}
	}
	return nil
}

// DetectMany is Detect on each event against the same state, under one lock. Every event is
// checked first; on error (naming the event's index) there are no results.
func (d *Detector) DetectMany(events []Event) ([]Result, error) {
	for i := range events {
		if err := events[i].Validate(); err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	first, _ := d.window()
	out := make([]Result, len(events))
	for i := range events {
		out[i] = d.detect(&events[i], first)
	}
	return out, nil
}
