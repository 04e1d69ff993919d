package anomaly

import "sort"

// The request-rate spike check compares the principal's calls on the event's UTC day with an
// exponentially weighted moving average of its calls per day over the earlier days of the window.
// Days, not arrival order, drive the average, so it is exact after out-of-order events and
// merges, and cheap: at most lookback-days steps, from the day buckets the window keeps anyway.
const (
	rateAlpha  = 0.3 // weight of each newer day
	rateKeep   = 0.7 // weight of the average so far (1 - rateAlpha, written out as Python computes it)
	rateFactor = 3.0 // today's calls, this one included, above factor x EWMA
	rateMin    = 10  // and at least this many calls today
)

// rateCache remembers the EWMA for one day: it depends only on the days before that day,
// which events of that day (the usual case) leave alone. Walking every day bucket per
// detection costs a cache miss per day when many principals are held.
type rateCache struct {
	valid bool
	day   int64
	ewma  float64
	ok    bool
}

// dailyRate is computeDailyRate, from the cache when it holds day.
func (p *principal) dailyRate(day int64) (ewma float64, today uint32, ok bool) {
	c := &p.rate
	if !c.valid || c.day != day {
		c.ewma, _, c.ok = p.computeDailyRate(day)
		c.valid, c.day = true, day
	}
	if n := len(p.days); n > 0 && p.days[n-1].num == day {
		today = p.days[n-1].events
	} else if i := sort.Search(n, func(k int) bool { return p.days[k].num >= day }); i < n && p.days[i].num == day {
		today = p.days[i].events
	}
	return c.ewma, today, c.ok
}

// invalidateRate forgets the cached EWMA if a change to day can affect it.
func (p *principal) invalidateRate(day int64) {
	if day < p.rate.day {
		p.rate.valid = false
	}
}

// computeDailyRate is the EWMA of daily calls over the principal's days before day (from its
// first day in the window, missing days counting 0) and the calls already on day; ok is false
// when no earlier day exists.
func (p *principal) computeDailyRate(day int64) (ewma float64, today uint32, ok bool) {
	next := int64(0)
	for i := range p.days {
		d := &p.days[i]
		if d.num >= day {
			if d.num == day {
				today = d.events
			}
			break
		}
		if !ok {
			ewma, ok, next = float64(d.events), true, d.num+1
			continue
		}
		for ; next < d.num; next++ { // days without calls
			ewma *= rateKeep
		}
		ewma = float64(rateAlpha*float64(d.events)) + float64(rateKeep*ewma) // float64(): no fused multiply-add
		next = d.num + 1
	}
	if ok {
		for ; next < day; next++ {
			ewma *= rateKeep
		}
	}
	return ewma, today, ok
}
