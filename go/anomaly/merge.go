package anomaly

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

// apply installs decoded principals: replacing the state, or merged into it. Recency follows
// each principal's newest timestamp (then its name), the only recency an export carries.
func (d *Detector) apply(incoming []*principal, merge bool, first int64) error {
	if merge { // the one failure left: a window counter overflowing; check before changing anything
		for _, q := range incoming {
			if p, ok := d.lru.Peek(q.name); ok && uint64(p.win.events)+uint64(q.win.events) > maxEvents {
				return fmt.Errorf("%w: principal %q would count more than %d events", ErrCapacity, q.name, uint64(maxEvents))
			}
		}
	} else {
		lru, err := simplelru.NewLRU[string, *principal](d.cfg.maxPrincipals, nil)
		if err != nil {
			return err
		}
		d.lru = lru
	}
	slices.SortFunc(incoming, func(a, b *principal) int {
		return cmp.Or(cmp.Compare(a.newest, b.newest), strings.Compare(a.name, b.name))
	})
	for _, q := range incoming {
		if p, ok := d.lru.Get(q.name); ok {
			p.prune(first)
			p.merge(q)
			q = p
		} else {
			d.add(q)
		}
		q.enforceCaps(&d.cfg, &d.stats)
		q.trimRecent(d.cfg.maxRecent, &d.stats)
	}
	return nil
}

// merge adds q's days and recent timestamps to p's.
func (p *principal) merge(q *principal) {
	for i := range q.days {
		qd := &q.days[i]
		d := p.dayAt(qd.num)
		d.core.merge(&qd.core)
		for f, refs := range qd.refs {
			for _, r := range refs {
				sym := p.win.fields[f].intern(q.win.fields[f].names[r.sym])
				d.refs[f] = bump(d.refs[f], sym, r.first, r.n)
			}
		}
	}
	p.rebuild()
	p.newest = max(p.newest, q.newest)
	p.recent = append(p.recent, q.recent...)
	slices.Sort(p.recent)
}
