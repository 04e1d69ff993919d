package redistier

import (
	"fmt"
	"time"
)

// Defaults for the options.
const (
	DefaultTimeout    = 5 * time.Millisecond
	DefaultMinBackoff = 10 * time.Millisecond
	DefaultMaxBackoff = 500 * time.Millisecond
	// DefaultChannel is the pub/sub channel revisions are published on, and the key holding
	// the current one.
	DefaultChannel = "sark:policy:revision"
)

// Option configures a Cache.
type Option func(*config) error

type config struct {
	timeout                time.Duration
	minBackoff, maxBackoff time.Duration
	channel                string
	revision               string
	accept                 func(value string) bool
}

func defaults() config {
	return config{timeout: DefaultTimeout, minBackoff: DefaultMinBackoff, maxBackoff: DefaultMaxBackoff,
		channel: DefaultChannel, accept: func(string) bool { return true }}
}

// WithTimeout bounds every Redis operation (default 5 ms).
func WithTimeout(d time.Duration) Option {
	return func(c *config) error {
		if d <= 0 || d > time.Minute {
			return fmt.Errorf("%w: timeout %v outside (0, 1m]", ErrInvalidOption, d)
		}
		c.timeout = d
		return nil
	}
}

// WithBackoff sets the first and the longest wait after a Redis failure.
func WithBackoff(first, longest time.Duration) Option {
	return func(c *config) error {
		if first <= 0 || longest < first || longest > time.Hour {
			return fmt.Errorf("%w: backoff %v..%v", ErrInvalidOption, first, longest)
		}
		c.minBackoff, c.maxBackoff = first, longest
		return nil
	}
}

// WithChannel names the pub/sub channel (and key) of the fleet's policy revision.
func WithChannel(name string) Option {
	return func(c *config) error {
		if name == "" {
			return fmt.Errorf("%w: empty channel", ErrInvalidOption)
		}
		c.channel = name
		return nil
	}
}

// WithRevision sets the revision the cache starts with (default ""); the one stored in Redis,
// when there is one, replaces it once the subscription is up.
func WithRevision(rev string) Option {
	return func(c *config) error {
		if err := checkRevision(rev); err != nil {
			return err
		}
		c.revision = rev
		return nil
	}
}

// WithValueCheck makes Get take a value read from Redis only when accept(value) holds: the
// value's format belongs to the caller (the Python facade's type tag), and one that fails is
// a miss, counted as one and never copied into L1.
func WithValueCheck(accept func(value string) bool) Option {
	return func(c *config) error {
		if accept == nil {
			return fmt.Errorf("%w: nil value check", ErrInvalidOption)
		}
		c.accept = accept
		return nil
	}
}
