package anomaly

import "hash/maphash"

// The string-valued fields a principal's state counts per distinct value.
const (
	fieldTool = iota
	fieldLocation
	fieldServer
	numFields
)

var fieldNames = [numFields]string{"tools", "locations", "servers"}

// fieldValues are an event's tool, location and server ("" = absent, not counted).
func fieldValues(ev *Event) [numFields]string {
	return [numFields]string{ev.Tool, ev.Location, ev.Server}
}

// core counts what a baseline needs from a set of events, apart from the named values.
type core struct {
	events    uint32
	sized     uint32 // events with result size > 0
	hours     [24]uint32
	sens      [numSensitivities]uint32
	sensFirst [numSensitivities]int64 // earliest timestamp per level; 0 while its count is 0
	maxSize   int64
	sizeSum   wide // over sized events
	sizeSq    wide // sum of squares over sized events
}

func (c *core) add(ev *Event) {
	c.events++
	c.hours[hourOf(ev.Timestamp)]++
	s := ev.Sensitivity
	if c.sens[s] == 0 || ev.Timestamp < c.sensFirst[s] {
		c.sensFirst[s] = ev.Timestamp
	}
	c.sens[s]++
	if ev.ResultSize > 0 {
		x := uint64(ev.ResultSize)
		c.sized++
		c.sizeSum.add(wide{x})
		c.sizeSq.add(square(x))
		c.maxSize = max(c.maxSize, ev.ResultSize)
	}
}

func (c *core) merge(o *core) {
	c.events += o.events
	c.sized += o.sized
	for h := range c.hours {
		c.hours[h] += o.hours[h]
	}
	for s := range c.sens {
		if o.sens[s] > 0 && (c.sens[s] == 0 || o.sensFirst[s] < c.sensFirst[s]) {
			c.sensFirst[s] = o.sensFirst[s]
		}
		c.sens[s] += o.sens[s]
	}
	c.maxSize = max(c.maxSize, o.maxSize)
	c.sizeSum.add(o.sizeSum)
	c.sizeSq.add(o.sizeSq)
}

// ref counts one named value: how often, and its earliest timestamp (for first-seen ties).
type ref struct {
	first int64
	n     uint32
	sym   uint32 // index into the principal's symbols of that field
}

func (r *ref) add(ts int64, n uint32) {
	if r.n == 0 || ts < r.first {
		r.first = ts
	}
	r.n += n
}

// bump counts one more use of sym at ts in a short list of refs.
func bump(refs []ref, sym uint32, ts int64, n uint32) []ref {
	for i := range refs {
		if refs[i].sym == sym {
			refs[i].add(ts, n)
			return refs
		}
	}
	return append(refs, ref{first: ts, n: n, sym: sym})
}

// linearLimit: symbol tables up to this size are searched linearly (no map to carry per principal).
const linearLimit = 32

// symbols are the distinct values of one field in a window, with window counts:
// refs[i] counts names[i] (refs[i].sym == i).
type symbols struct {
	names  []string
	hashes []uint32 // hashOf(names[i]): a linear search compares strings only on a match
	refs   []ref
	index  map[string]uint32 // only once len(names) > linearLimit
}

var hashSeed = maphash.MakeSeed()

func hashOf(name string) uint32 { return uint32(maphash.String(hashSeed, name)) }

func (s *symbols) find(name string) (uint32, bool) {
	if s.index != nil {
		i, ok := s.index[name]
		return i, ok
	}
	h := hashOf(name)
	for i, x := range s.hashes {
		if x == h && s.names[i] == name {
			return uint32(i), true
		}
	}
	return 0, false
}

// intern returns name's index, adding it with a zero count when new.
func (s *symbols) intern(name string) uint32 {
	if i, ok := s.find(name); ok {
		return i
	}
	i := uint32(len(s.names))
	s.names = append(s.names, name)
	s.hashes = append(s.hashes, hashOf(name))
	s.refs = append(s.refs, ref{sym: i})
	if s.index != nil {
		s.index[name] = i
	} else if len(s.names) > linearLimit {
		s.index = make(map[string]uint32, 2*len(s.names))
		for j, n := range s.names {
			s.index[n] = uint32(j)
		}
	}
	return i
}

// removeAt deletes symbol i by moving the last symbol into its place; it returns the old index of
// the moved symbol (== i when i was last) so that refs elsewhere can be renumbered.
func (s *symbols) removeAt(i uint32) (moved uint32) {
	last := uint32(len(s.names) - 1)
	if s.index != nil {
		delete(s.index, s.names[i])
		if i != last {
			s.index[s.names[last]] = i
		}
	}
	s.names[i], s.hashes[i], s.refs[i] = s.names[last], s.hashes[last], s.refs[last]
	s.refs[i].sym = i
	s.names[last] = ""
	s.names, s.hashes, s.refs = s.names[:last], s.hashes[:last], s.refs[:last]
	return last
}

// weakest is the symbol a cap drops first: the lowest count, then the latest first use, then the
// greatest name. skip (a symbol just added) is never chosen; ok is false if nothing else exists.
func (s *symbols) weakest(skip uint32) (uint32, bool) {
	best, found := uint32(0), false
	for i := range s.refs {
		r := &s.refs[i]
		if uint32(i) == skip {
			continue
		}
		if !found {
			best, found = uint32(i), true
			continue
		}
		b := &s.refs[best]
		if r.n < b.n || r.n == b.n && (r.first > b.first || r.first == b.first && s.names[i] > s.names[best]) {
			best = uint32(i)
		}
	}
	return best, found
}

// window sums the events of a baseline: all of a BuildBaseline call, or a principal's day buckets.
type window struct {
	core
	weekdays  [7]uint32
	maxPerDay uint32
	fields    [numFields]symbols
}
