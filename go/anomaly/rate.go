package anomaly

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

// dailyRate is the EWMA of daily calls over the principal's days before day (from its first
// day in the window, missing days counting 0) and the calls already on day; ok is false when
// no earlier day exists.
func (p *principal) dailyRate(day int64) (ewma float64, today uint32, ok bool) {
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
