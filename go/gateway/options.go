package gateway

import (
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/sark-accel/sark-accel/go/anomaly"
	"github.com/sark-accel/sark-accel/go/authn"
	"github.com/sark-accel/sark-accel/go/injection"
	"github.com/sark-accel/sark-accel/go/mcp"
	"github.com/sark-accel/sark-accel/go/policy"
)

// Defaults applied by New.
const (
	DefaultQuery    = "data.sark.gateway.decision"
	DefaultAction   = "gateway:tool:invoke"
	DefaultCacheTTL = 60 * time.Second
	// MaxCacheTTL bounds a TTL the policy asks for, so a wrong hint cannot pin a decision for ever.
	MaxCacheTTL = 24 * time.Hour
)

// DefaultRequireAuthorization lists the methods that need a decision by default: the calls
// that make a server act or hand out content. Everything else is answered not_required.
var DefaultRequireAuthorization = []string{"tools/call", "resources/read", "prompts/get"}

// ErrInvalidOption is returned by New for a missing policy or an out-of-range option.
var ErrInvalidOption = errors.New("gateway: invalid option")

// ResultAction says what InspectResult does with a result whose scan reaches the threshold.
type ResultAction uint8

// The result actions.
const (
	ResultRedact ResultAction = iota // replace the string values holding findings
	ResultDeny                       // replace the whole response by an error response
)

// Option configures a Gateway. Engines are used as they are (the caller's objects, shared,
// never copied or reconfigured); a nil engine switches its stage off.
type Option func(*config) error

type config struct {
	parser        *mcp.Parser
	authenticator *authn.Authenticator
	detector      *injection.Detector
	anomaly       *anomaly.Detector
	cache         DecisionCache
	sark          SARKStore
	cacheTTL      time.Duration
	engine        *policy.Engine
	query         string
	action        string
	require       map[string]bool
	sensitivity   map[string]string
	workers       int
	clock         func() time.Time
	resultAction  ResultAction
	resultLevel   string
}

func defaultConfig() config {
	c := config{
		query:       DefaultQuery,
		action:      DefaultAction,
		cacheTTL:    DefaultCacheTTL,
		workers:     runtime.GOMAXPROCS(0),
		clock:       time.Now,
		resultLevel: "alert",
	}
	c.require = setOf(DefaultRequireAuthorization)
	return c
}

func setOf(names []string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// WithPolicy sets the policy engine and the query whose result is the decision (required;
// query "" keeps DefaultQuery).
func WithPolicy(e *policy.Engine, query string) Option {
	return func(c *config) error {
		c.engine = e
		if query != "" {
			c.query = query
		}
		return nil
	}
}

// WithParser sets the MCP parser (default: mcp.NewParser with its defaults).
func WithParser(p *mcp.Parser) Option {
	return func(c *config) error { c.parser = p; return nil }
}

// WithAuthenticator turns credentials into principals (stage authn).
func WithAuthenticator(a *authn.Authenticator) Option {
	return func(c *config) error { c.authenticator = a; return nil }
}

// WithDetector scans arguments (stage scan) and tool results (InspectResult).
func WithDetector(d *injection.Detector) Option {
	return func(c *config) error { c.detector = d; return nil }
}

// WithAnomaly checks and then counts each authorized call of a principal (stage anomaly).
func WithAnomaly(d *anomaly.Detector) Option {
	return func(c *config) error { c.anomaly = d; return nil }
}

// WithCache caches policy decisions (stage cache); ttl is used when the policy gives no
// cache_ttl (0 keeps DefaultCacheTTL). The cache may be shared: keys start with "gw2:".
func WithCache(ch DecisionCache, ttl time.Duration) Option {
	return func(c *config) error {
		if ttl < 0 || ttl > MaxCacheTTL {
			return fmt.Errorf("%w: cache ttl %v outside 0..%v", ErrInvalidOption, ttl, MaxCacheTTL)
		}
		c.cache = ch
		if ttl > 0 {
			c.cacheTTL = ttl
		}
		return nil
	}
}

// WithSARKKeyspace shares decisions of tools/call with SARK's own replicas through store,
// in SARK's keys, values and TTLs (sarkcache.go), behind the local cache of WithCache, which
// it requires.
func WithSARKKeyspace(store SARKStore) Option {
	return func(c *config) error {
		if store == nil {
			return fmt.Errorf("%w: nil SARK store", ErrInvalidOption)
		}
		c.sark = store
		return nil
	}
}

// WithAction sets the input's action (default "gateway:tool:invoke").
func WithAction(action string) Option {
	return func(c *config) error {
		if action == "" {
			return fmt.Errorf("%w: empty action", ErrInvalidOption)
		}
		c.action = action
		return nil
	}
}

// WithRequireAuthorization replaces the methods that need a decision.
func WithRequireAuthorization(methods ...string) Option {
	return func(c *config) error { c.require = setOf(methods); return nil }
}

// WithToolSensitivity gives tools' sensitivity names (tool name -> name), for the policy
// input and the anomaly check; the map is copied.
func WithToolSensitivity(m map[string]string) Option {
	return func(c *config) error {
		c.sensitivity = make(map[string]string, len(m))
		for k, v := range m {
			c.sensitivity[k] = v
		}
		return nil
	}
}

// WithWorkers bounds the goroutines of AuthorizeMany (default GOMAXPROCS).
func WithWorkers(n int) Option {
	return func(c *config) error {
		if n < 1 || n > 1024 {
			return fmt.Errorf("%w: workers %d outside 1..1024", ErrInvalidOption, n)
		}
		c.workers = n
		return nil
	}
}

// WithClock replaces time.Now for requests without a time (tests, callers owning the time).
func WithClock(clock func() time.Time) Option {
	return func(c *config) error {
		if clock == nil {
			return fmt.Errorf("%w: nil clock", ErrInvalidOption)
		}
		c.clock = clock
		return nil
	}
}

// WithResultInspection sets what InspectResult does (redact or deny) and from which
// injection decision on ("alert" or "block"; default redact from "alert").
func WithResultInspection(action ResultAction, level string) Option {
	return func(c *config) error {
		if action != ResultRedact && action != ResultDeny {
			return fmt.Errorf("%w: result action %d", ErrInvalidOption, action)
		}
		if level != "alert" && level != "block" {
			return fmt.Errorf("%w: result level %q is not alert or block", ErrInvalidOption, level)
		}
		c.resultAction, c.resultLevel = action, level
		return nil
	}
}
