package anomaly

import (
	"slices"
	"sort"
)

// day holds one UTC calendar day of a principal's events: the unit that rolls off the window.
type day struct {
	num int64 // days since 1970-01-01
	core
	refs [numFields][]ref // this day's counts of the window's symbols
}

// principal is one principal's online state: its window's days, their sum, and the timestamps
// rapid_requests needs.
type principal struct {
	name   string
	days   []day   // ascending day numbers
	win    window  // the sum of days; symbols number the refs of days
	recent []int64 // ascending timestamps >= newest - 60 s, at most maxRecent of them
	newest int64   // latest timestamp observed
	rate   rateCache
}

// dayAt returns day num, inserting an empty one in order when absent.
func (p *principal) dayAt(num int64) *day {
	if n := len(p.days); n > 0 && p.days[n-1].num == num { // the usual case: today
		return &p.days[n-1]
	}
	i := sort.Search(len(p.days), func(k int) bool { return p.days[k].num >= num })
	if i == len(p.days) || p.days[i].num != num {
		// Exact sizes: a new day is rare (once a day per principal), memory per principal is not.
		days := make([]day, len(p.days)+1)
		copy(days, p.days[:i])
		copy(days[i+1:], p.days[i:])
		days[i].num = num
		p.days = days
		if i > 0 {
			p.days[i-1].clip()
		}
	}
	return &p.days[i]
}

// clip drops the spare capacity of a day's value lists once a later day has begun.
func (d *day) clip() {
	for f := range d.refs {
		if cap(d.refs[f]) > len(d.refs[f]) {
			d.refs[f] = slices.Clone(d.refs[f])
		}
	}
}

// observe counts ev, which lies in the window (the caller checked and pruned).
func (p *principal) observe(ev *Event, cfg *config, st *Stats) error {
	if p.win.events == maxEvents {
		return ErrCapacity
	}
	d := p.dayAt(dayOf(ev.Timestamp))
	p.invalidateRate(d.num)
	d.core.add(ev)
	p.win.core.add(ev)
	p.win.weekdays[weekdayOfDay(d.num)]++
	p.win.maxPerDay = max(p.win.maxPerDay, d.events)
	for f, v := range fieldValues(ev) {
		if v == "" {
			continue
		}
		s := &p.win.fields[f]
		i, known := s.find(v)
		if !known {
			i = s.intern(v)
			if len(s.names) > cfg.caps[f] {
				w, _ := s.weakest(i)
				p.dropSymbol(f, w)
				st.countDropped(f, 1)
				i, _ = s.find(v) // dropping renumbers
			}
		}
		s.refs[i].add(ev.Timestamp, 1)
		d.refs[f] = bump(d.refs[f], i, ev.Timestamp, 1)
	}
	p.addRecent(ev.Timestamp, cfg.maxRecent, st)
	return nil
}

// dropSymbol forgets one value of field f everywhere (the events themselves stay counted).
func (p *principal) dropSymbol(f int, sym uint32) {
	moved := p.win.fields[f].removeAt(sym)
	for di := range p.days {
		refs := p.days[di].refs[f]
		refs = slices.DeleteFunc(refs, func(r ref) bool { return r.sym == sym })
		for k := range refs {
			if refs[k].sym == moved {
				refs[k].sym = sym
			}
		}
		p.days[di].refs[f] = refs
	}
}

// enforceCaps keeps the strongest values of each field up to its cap, dropping the rest at
// once: the same values as dropping the weakest one at a time, in O(k log k) for k values.
func (p *principal) enforceCaps(cfg *config, st *Stats) {
	dropped := false
	for f := range p.win.fields {
		s := &p.win.fields[f]
		if len(s.names) <= cfg.caps[f] {
			continue
		}
		order := make([]int, len(s.names))
		for i := range order {
			order[i] = i
		}
		slices.SortFunc(order, s.before) // strongest first
		drop := make([]bool, len(s.names))
		for _, i := range order[cfg.caps[f]:] {
			drop[i] = true
		}
		for di := range p.days {
			p.days[di].refs[f] = slices.DeleteFunc(p.days[di].refs[f], func(r ref) bool { return drop[r.sym] })
		}
		st.countDropped(f, uint64(len(order)-cfg.caps[f]))
		dropped = true
	}
	if dropped {
		p.rebuild()
	}
}

// prune drops the days before firstDay and, if any went, recomputes the window from the rest.
func (p *principal) prune(firstDay int64) {
	k := 0
	for k < len(p.days) && p.days[k].num < firstDay {
		k++
	}
	if k == 0 {
		return
	}
	p.days = slices.Delete(p.days, 0, k)
	p.rebuild()
}

// rebuild recomputes the window as the sum of the days, renumbering symbols densely.
func (p *principal) rebuild() {
	old := p.win.fields
	var w window
	for di := range p.days {
		d := &p.days[di]
		w.core.merge(&d.core)
		w.weekdays[weekdayOfDay(d.num)] += d.events
		w.maxPerDay = max(w.maxPerDay, d.events)
		for f := range d.refs {
			for k := range d.refs[f] {
				r := &d.refs[f][k]
				i := w.fields[f].intern(old[f].names[r.sym])
				w.fields[f].refs[i].add(r.first, r.n)
				r.sym = i
			}
		}
	}
	p.win = w
	p.rate.valid = false // days went or came
}

// addRecent keeps ts for rapid_requests when it can still matter.
func (p *principal) addRecent(ts int64, maxRecent int, st *Stats) {
	p.newest = max(p.newest, ts)
	floor := p.newest - rapidWindow
	if ts >= floor {
		i := sort.Search(len(p.recent), func(k int) bool { return p.recent[k] > ts })
		p.recent = slices.Insert(p.recent, i, ts)
	}
	p.trimRecent(maxRecent, st)
}

// trimRecent keeps the timestamps >= newest - 60 s, and of those the newest maxRecent.
func (p *principal) trimRecent(maxRecent int, st *Stats) {
	floor := p.newest - rapidWindow
	k := sort.Search(len(p.recent), func(i int) bool { return p.recent[i] >= floor })
	if extra := len(p.recent) - k - maxRecent; extra > 0 {
		k += extra
		st.DroppedRecent += uint64(extra)
	}
	p.recent = slices.Delete(p.recent, 0, k)
}

// recentBefore counts the kept timestamps in [t - 60 s, t).
func (p *principal) recentBefore(t int64) int {
	lo := sort.Search(len(p.recent), func(i int) bool { return p.recent[i] >= t-rapidWindow })
	hi := sort.Search(len(p.recent), func(i int) bool { return p.recent[i] >= t })
	return hi - lo
}
