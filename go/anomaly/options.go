package anomaly

import (
	"fmt"
	"time"
)

// Clock returns the current time in Unix nanoseconds; it places the trailing window.
type Clock func() int64

// Option configures a Detector (and DetectAgainst, which uses the check options only).
type Option func(*config)

type config struct {
	lookbackDays  int
	minEvents     int
	maxPrincipals int
	caps          [numFields]int // per principal: distinct tools, locations, servers
	maxRecent     int
	clock         Clock
	alert         AlertConfig
	off           map[Type]bool // extra checks switched off
}

func defaultConfig() config {
	return config{
		lookbackDays:  30,
		minEvents:     20,
		maxPrincipals: 100_000,
		caps:          [numFields]int{64, 32, 32},
		maxRecent:     64,
		clock:         func() int64 { return time.Now().UnixNano() },
		alert:         DefaultAlertConfig,
		off:           map[Type]bool{},
	}
}

func newConfig(opts []Option) (config, error) {
	c := defaultConfig()
	for _, o := range opts {
		o(&c)
	}
	switch {
	case c.lookbackDays < 1 || c.lookbackDays > 366:
		return c, fmt.Errorf("%w: lookback days must be 1..366, got %d", ErrInvalidOption, c.lookbackDays)
	case c.minEvents < 0:
		return c, fmt.Errorf("%w: min events must be >= 0, got %d", ErrInvalidOption, c.minEvents)
	case c.maxPrincipals < 1:
		return c, fmt.Errorf("%w: max principals must be >= 1, got %d", ErrInvalidOption, c.maxPrincipals)
	case c.maxRecent < rapidThreshold:
		return c, fmt.Errorf("%w: max recent must be >= %d, got %d", ErrInvalidOption, rapidThreshold, c.maxRecent)
	case c.clock == nil:
		return c, fmt.Errorf("%w: nil clock", ErrInvalidOption)
	case !c.alert.valid():
		return c, fmt.Errorf("%w: alert thresholds must be >= 1: %+v", ErrInvalidOption, c.alert)
	}
	for f, n := range c.caps {
		if n < 1 || n > 1<<16 {
			return c, fmt.Errorf("%w: max %s must be 1..65536, got %d", ErrInvalidOption, fieldNames[f], n)
		}
	}
	for t, off := range c.off {
		if !t.extra() && (off || !t.sark()) {
			return c, fmt.Errorf("%w: %q is not a check that can be switched off", ErrInvalidOption, t)
		}
	}
	return c, nil
}

// WithLookbackDays sets the window length in UTC calendar days (1..366, default 30).
func WithLookbackDays(days int) Option { return func(c *config) { c.lookbackDays = days } }

// WithMinEvents sets how many window events a principal needs for baseline checks (default 20).
func WithMinEvents(n int) Option { return func(c *config) { c.minEvents = n } }

// WithMaxPrincipals bounds the principals kept; the least recently observed goes first (default 100,000).
func WithMaxPrincipals(n int) Option { return func(c *config) { c.maxPrincipals = n } }

// WithMaxTools bounds a principal's distinct tools in the window (default 64).
func WithMaxTools(n int) Option { return func(c *config) { c.caps[fieldTool] = n } }

// WithMaxLocations bounds a principal's distinct locations in the window (default 32).
func WithMaxLocations(n int) Option { return func(c *config) { c.caps[fieldLocation] = n } }

// WithMaxServers bounds a principal's distinct servers in the window (default 32).
func WithMaxServers(n int) Option { return func(c *config) { c.caps[fieldServer] = n } }

// WithMaxRecent bounds the timestamps a principal keeps for rapid_requests (>= 10, default 64).
func WithMaxRecent(n int) Option { return func(c *config) { c.maxRecent = n } }

// WithClock replaces time.Now, for tests and for callers that own the time.
func WithClock(clock Clock) Option { return func(c *config) { c.clock = clock } }

// WithAlertConfig replaces DefaultAlertConfig.
func WithAlertConfig(a AlertConfig) Option { return func(c *config) { c.alert = a } }

// WithExtraChecks switches every check beyond SARK's on or off (default on).
func WithExtraChecks(on bool) Option {
	return func(c *config) {
		for _, t := range extraTypes {
			c.off[t] = !on
		}
	}
}

// WithCheck switches one check beyond SARK's on or off; SARK's own checks cannot be switched off.
func WithCheck(t Type, on bool) Option { return func(c *config) { c.off[t] = !on } }
