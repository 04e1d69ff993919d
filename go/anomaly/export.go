package anomaly

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"
)

// StateVersion is the version of the export format Export writes and Import reads.
const StateVersion = 1

const stateFormat = "sark-accel/anomaly-state"

// The export format (README.md describes every field and its rules).
type stateJSON struct {
	Format       string          `json:"format"`
	Version      int             `json:"version"`
	LookbackDays int             `json:"lookback_days"`
	Principals   []principalJSON `json:"principals"`
}

type principalJSON struct {
	Principal string    `json:"principal"`
	Newest    int64     `json:"newest"`
	Recent    []int64   `json:"recent"`
	Days      []dayJSON `json:"days"`
}

type dayJSON struct {
	Day              int64     `json:"day"`
	Events           uint32    `json:"events"`
	Hours            []uint32  `json:"hours"`
	Sensitivity      []uint32  `json:"sensitivity"`
	SensitivityFirst []int64   `json:"sensitivity_first"`
	Sized            uint32    `json:"sized"`
	SizeSum          string    `json:"size_sum"`
	SizeSquareSum    string    `json:"size_square_sum"`
	MaxSize          int64     `json:"max_size"`
	Tools            []refJSON `json:"tools"`
	Locations        []refJSON `json:"locations"`
	Servers          []refJSON `json:"servers"`
}

type refJSON struct {
	Name  string `json:"name"`
	Count uint32 `json:"count"`
	First int64  `json:"first"`
}

// Export writes the state of every principal over the window at the clock's now as JSON bytes:
// principals by name, days ascending, values by name, so equal states export equal bytes.
func (d *Detector) Export() ([]byte, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	first, _ := d.window()
	st := stateJSON{Format: stateFormat, Version: StateVersion, LookbackDays: d.cfg.lookbackDays,
		Principals: make([]principalJSON, 0, d.lru.Len())}
	for _, p := range d.lru.Values() {
		p.prune(first)
		st.Principals = append(st.Principals, p.export())
	}
	slices.SortFunc(st.Principals, func(a, b principalJSON) int { return strings.Compare(a.Principal, b.Principal) })
	return json.Marshal(st)
}

func (p *principal) export() principalJSON {
	pj := principalJSON{Principal: p.name, Newest: p.newest, Recent: slices.Clone(p.recent), Days: make([]dayJSON, 0, len(p.days))}
	if pj.Recent == nil {
		pj.Recent = []int64{}
	}
	for i := range p.days {
		d := &p.days[i]
		dj := dayJSON{Day: d.num, Events: d.events, Hours: d.hours[:], Sensitivity: d.sens[:],
			SensitivityFirst: d.sensFirst[:], Sized: d.sized, SizeSum: d.sizeSum.String(),
			SizeSquareSum: d.sizeSq.String(), MaxSize: d.maxSize}
		lists := [numFields]*[]refJSON{&dj.Tools, &dj.Locations, &dj.Servers}
		for f, refs := range d.refs {
			out := make([]refJSON, 0, len(refs))
			for _, r := range refs {
				out = append(out, refJSON{Name: p.win.fields[f].names[r.sym], Count: r.n, First: r.first})
			}
			slices.SortFunc(out, func(a, b refJSON) int { return strings.Compare(a.Name, b.Name) })
			*lists[f] = out
		}
		pj.Days = append(pj.Days, dj)
	}
	return pj
}

// Import replaces the Detector's state with an exported one. Days before the window are left
// out; caps and the principal limit apply (counted in Stats). On error nothing changed.
func (d *Detector) Import(data []byte) error { return d.load(data, false) }

// Merge adds an exported state to the Detector's: for states built from disjoint parts of one
// stream, the result is the state built from the whole stream. On error nothing changed.
func (d *Detector) Merge(data []byte) error { return d.load(data, true) }

func (d *Detector) load(data []byte, merge bool) error {
	st, err := decodeState(data)
	if err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	first, last := d.window()
	incoming := make([]*principal, 0, len(st.Principals))
	for i := range st.Principals {
		p, err := st.Principals[i].decode(first, last)
		if err != nil {
			return err
		}
		incoming = append(incoming, p)
	}
	return d.apply(incoming, merge, first)
}

// decodeState parses data and checks the envelope: format, version, no unknown fields.
func decodeState(data []byte) (*stateJSON, error) {
	var head struct {
		Format  string `json:"format"`
		Version int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, invalidState("%v", err)
	}
	if head.Format != stateFormat {
		return nil, invalidState("format %q is not %q", head.Format, stateFormat)
	}
	if head.Version > StateVersion {
		return nil, fmt.Errorf("%w: version %d is newer than %d", ErrUnsupportedVersion, head.Version, StateVersion)
	}
	if head.Version != StateVersion {
		return nil, invalidState("version %d", head.Version)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var st stateJSON
	if err := dec.Decode(&st); err != nil {
		return nil, invalidState("%v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, invalidState("data after the state")
	}
	if st.LookbackDays < 1 || st.LookbackDays > 366 {
		return nil, invalidState("lookback days %d", st.LookbackDays)
	}
	for i := 1; i < len(st.Principals); i++ {
		if st.Principals[i-1].Principal >= st.Principals[i].Principal {
			return nil, invalidState("principals not in ascending order at %q", st.Principals[i].Principal)
		}
	}
	return &st, nil
}

// decode checks one exported principal and builds its state, leaving out days before first.
func (pj *principalJSON) decode(first, last int64) (*principal, error) {
	who := pj.Principal
	if err := checkText("principal", who, true); err != nil {
		return nil, invalidState("%v", err)
	}
	if pj.Newest < 0 {
		return nil, invalidState("%q: newest %d", who, pj.Newest)
	}
	for i, ts := range pj.Recent {
		if ts < pj.Newest-rapidWindow || ts > pj.Newest || i > 0 && ts < pj.Recent[i-1] {
			return nil, invalidState("%q: recent timestamps must ascend within the 60 s up to newest", who)
		}
	}
	p := &principal{name: who, newest: pj.Newest, recent: slices.Clone(pj.Recent)}
	var total uint64
	for i := range pj.Days {
		dj := &pj.Days[i]
		if i > 0 && dj.Day <= pj.Days[i-1].Day {
			return nil, invalidState("%q: days not ascending", who)
		}
		if dj.Day > last {
			return nil, invalidState("%q: day %d is after the clock's day %d", who, dj.Day, last)
		}
		d, err := dj.decode(p)
		if err != nil {
			return nil, invalidState("%q day %d: %v", who, dj.Day, err)
		}
		if d.num >= first {
			total += uint64(d.events)
			p.days = append(p.days, d)
		}
	}
	if total > maxEvents {
		return nil, invalidState("%q: more than %d events", who, uint64(maxEvents))
	}
	p.rebuild()
	return p, nil
}

var errBadDay = errors.New("inconsistent counters")

// decode checks one day's counters against each other and interns its values into p's symbols.
func (dj *dayJSON) decode(p *principal) (day, error) {
	d := day{num: dj.Day}
	start, end := dj.Day*nsPerDay, (dj.Day+1)*nsPerDay
	inDay := func(ts int64) bool { return ts >= start && ts < end }
	if dj.Day < 0 || dj.Day > (1<<63-1)/nsPerDay-1 || dj.Events == 0 || len(dj.Hours) != 24 ||
		len(dj.Sensitivity) != int(numSensitivities) || len(dj.SensitivityFirst) != int(numSensitivities) ||
		sum(dj.Hours) != uint64(dj.Events) || sum(dj.Sensitivity) != uint64(dj.Events) || dj.Sized > dj.Events {
		return d, errBadDay
	}
	d.events, d.sized, d.maxSize = dj.Events, dj.Sized, dj.MaxSize
	copy(d.hours[:], dj.Hours)
	copy(d.sens[:], dj.Sensitivity)
	copy(d.sensFirst[:], dj.SensitivityFirst)
	for s, n := range d.sens {
		if n > 0 && !inDay(d.sensFirst[s]) || n == 0 && d.sensFirst[s] != 0 {
			return d, errBadDay
		}
	}
	// Sizes: 0 < max <= 2^53-1 iff some are sized; sized <= sum <= sized*max; sum <= squares <= sized*max^2.
	s, ok1 := new(big.Int).SetString(dj.SizeSum, 10)
	q, ok2 := new(big.Int).SetString(dj.SizeSquareSum, 10)
	if !ok1 || !ok2 || (dj.Sized == 0) != (dj.MaxSize == 0) || dj.MaxSize < 0 || dj.MaxSize > MaxResultSize {
		return d, errBadDay
	}
	n, m := big.NewInt(int64(dj.Sized)), big.NewInt(dj.MaxSize)
	nm := new(big.Int).Mul(n, m)
	if s.Cmp(n) < 0 || s.Cmp(nm) > 0 || q.Cmp(s) < 0 || q.Cmp(nm.Mul(nm, m)) > 0 {
		return d, errBadDay
	}
	d.sizeSum, _ = wideFromBig(s)
	d.sizeSq, _ = wideFromBig(q)
	for f, refs := range [numFields][]refJSON{dj.Tools, dj.Locations, dj.Servers} {
		var count uint64
		for i, r := range refs {
			if checkText(fieldNames[f], r.Name, true) != nil || r.Count == 0 || !inDay(r.First) ||
				i > 0 && r.Name <= refs[i-1].Name {
				return d, errBadDay
			}
			count += uint64(r.Count)
			d.refs[f] = append(d.refs[f], ref{first: r.First, n: r.Count, sym: p.win.fields[f].intern(r.Name)})
		}
		if count > uint64(d.events) {
			return d, errBadDay
		}
	}
	return d, nil
}

func sum(xs []uint32) uint64 {
	var t uint64
	for _, x := range xs {
		t += uint64(x)
	}
	return t
}
