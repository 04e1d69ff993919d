package redistier

import (
	"strconv"
	"strings"
)

// envelopeTag starts every value this package stores in Redis: a value without it (written
// by something else under the same key) is never taken for a decision.
const envelopeTag = "sark1:"

// MaxEnvelopeBytes bounds what Get reads from Redis (values there are untrusted: any client
// can write a 512 MB string under a decision key) and what Set writes there: a longer
// envelope is a miss on Get and stays in L1 only on Set.
const MaxEnvelopeBytes = 1 << 20

// seal wraps value with the revision it was decided under.
func seal(rev, value string) string {
	return envelopeTag + strconv.Itoa(len(rev)) + ":" + rev + value
}

// open returns the revision and value of an envelope; ok is false for anything malformed.
func open(raw string) (rev, value string, ok bool) {
	rest, found := strings.CutPrefix(raw, envelopeTag)
	if !found {
		return "", "", false
	}
	digits, rest, found := strings.Cut(rest, ":")
	if !found || len(digits) == 0 || len(digits) > 6 || strings.Trim(digits, "0123456789") != "" {
		return "", "", false // ASCII digits only, as the Python tier reads it: no sign
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n > len(rest) {
		return "", "", false
	}
	return rest[:n], rest[n:], true
}
