package sarkbind

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/sark-accel/sark-accel/go/anomaly"
)

// Events cross in batches as a JSON array of rows, one per event, in this order:
// [principal, timestamp_ns, tool, sensitivity, result_size, location, server, request_id]
// (strings and integers; "" = absent). json.Unmarshal into []any costs more than the engine's
// own work per event, so this scanner reads exactly that shape and nothing else.

var errRows = errors.New("events must be a JSON array of [str, int, str, str, int, str, str, str] rows")

type rowScanner struct {
	s string
	i int
}

func (r *rowScanner) ws() {
	for r.i < len(r.s) {
		switch r.s[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// punct consumes c after optional whitespace.
func (r *rowScanner) punct(c byte) bool {
	r.ws()
	if r.i < len(r.s) && r.s[r.i] == c {
		r.i++
		return true
	}
	return false
}

// str reads a JSON string. Values are copied out: the engine keeps names, which must not pin
// the whole batch text in memory.
func (r *rowScanner) str() (string, bool) {
	r.ws()
	if r.i >= len(r.s) || r.s[r.i] != '"' {
		return "", false
	}
	start := r.i
	escaped := false
	for j := start + 1; j < len(r.s); j++ {
		switch c := r.s[j]; {
		case c == '\\':
			escaped = true
			j++
		case c == '"':
			r.i = j + 1
			if !escaped {
				return strings.Clone(r.s[start+1 : j]), true
			}
			var v string
			err := json.Unmarshal([]byte(r.s[start:j+1]), &v)
			return v, err == nil
		case c < 0x20:
			return "", false
		}
	}
	return "", false
}

func (r *rowScanner) int() (int64, bool) {
	r.ws()
	j := r.i
	if j < len(r.s) && r.s[j] == '-' {
		j++
	}
	digits := j
	for j < len(r.s) && r.s[j] >= '0' && r.s[j] <= '9' {
		j++
	}
	if j-digits > 1 && r.s[digits] == '0' { // JSON has no leading zeros
		return 0, false
	}
	n, err := strconv.ParseInt(r.s[r.i:j], 10, 64)
	r.i = j
	return n, err == nil
}

func (r *rowScanner) strTo(dst *string) (ok bool) {
	*dst, ok = r.str()
	return ok
}

func (r *rowScanner) intTo(dst *int64) (ok bool) {
	*dst, ok = r.int()
	return ok
}

func (r *rowScanner) row() (ev anomaly.Event, ok bool) {
	var sens string
	ok = r.punct('[') && r.strTo(&ev.Principal) && r.punct(',') && r.intTo(&ev.Timestamp) && r.punct(',') &&
		r.strTo(&ev.Tool) && r.punct(',') && r.strTo(&sens) && r.punct(',') && r.intTo(&ev.ResultSize) &&
		r.punct(',') && r.strTo(&ev.Location) && r.punct(',') && r.strTo(&ev.Server) && r.punct(',') &&
		r.strTo(&ev.RequestID) && r.punct(']')
	ev.Sensitivity = anomaly.ParseSensitivity(sens)
	return ev, ok
}

// decodeEvents reads a batch of event rows.
func decodeEvents(text string) ([]anomaly.Event, error) {
	r := rowScanner{s: text}
	if !r.punct('[') {
		return nil, withKind(kindInvalidArgument, errRows)
	}
	events := make([]anomaly.Event, 0, strings.Count(text, "],[")+1)
	if !r.punct(']') {
		for {
			ev, ok := r.row()
			if !ok {
				return nil, withKind(kindInvalidArgument, errRows)
			}
			events = append(events, ev)
			if r.punct(']') {
				break
			}
			if !r.punct(',') {
				return nil, withKind(kindInvalidArgument, errRows)
			}
		}
	}
	if r.ws(); r.i != len(r.s) {
		return nil, withKind(kindInvalidArgument, errRows)
	}
	return events, nil
}
