package mcp

import "fmt"

// Defaults and bounds of the parser limits.
const (
	DefaultMaxBytes = 4 << 20
	DefaultMaxDepth = 64
	DefaultMaxBatch = 1000
	// DefaultMaxBatchBytes bounds a batch by size as well as by length: each element costs
	// about a kilobyte (its summary, and its Message in Python) however small it is, so a
	// batch's cost is bounded by its bytes only through this limit, not through MaxBytes.
	DefaultMaxBatchBytes = 4 << 20
	// MaxDepthLimit bounds MaxDepth (the recursive scanner and the Python reference's
	// recursive decoder both stay far from their stack limits).
	MaxDepthLimit = 512
	maxBytesLimit = 1 << 30
	maxBatchLimit = 1 << 20
)

type config struct {
	strict   bool
	maxBytes int
	maxDepth int
	maxBatch int
	// maxBatchBytes: the largest batch in bytes, apart from maxBytes so that raising the
	// size of single messages does not admit batches of a million tiny elements.
	maxBatchBytes int
}

// Option configures a Parser.
type Option func(*config)

// WithStrict rejects unknown methods and methods the revision a message claims lacks (-32601),
// and members outside the JSON-RPC envelope (-32600).
func WithStrict(strict bool) Option { return func(c *config) { c.strict = strict } }

// WithMaxBytes sets the largest accepted input in bytes (1..1<<30; default 4 MiB).
func WithMaxBytes(n int) Option { return func(c *config) { c.maxBytes = n } }

// WithMaxDepth sets the deepest accepted nesting of arrays/objects (1..512; default 64).
func WithMaxDepth(n int) Option { return func(c *config) { c.maxDepth = n } }

// WithMaxBatch sets the longest accepted batch (0..1<<20; default 1000; 0 refuses batches).
func WithMaxBatch(n int) Option { return func(c *config) { c.maxBatch = n } }

// WithMaxBatchBytes sets the largest accepted batch in bytes (1..1<<30; default 4 MiB).
func WithMaxBatchBytes(n int) Option { return func(c *config) { c.maxBatchBytes = n } }

func (c *config) check() error {
	switch {
	case c.maxBytes < 1 || c.maxBytes > maxBytesLimit:
		return fmt.Errorf("%w: max_bytes must be in 1..%d", ErrInvalidOption, maxBytesLimit)
	case c.maxDepth < 1 || c.maxDepth > MaxDepthLimit:
		return fmt.Errorf("%w: max_depth must be in 1..%d", ErrInvalidOption, MaxDepthLimit)
	case c.maxBatch < 0 || c.maxBatch > maxBatchLimit:
		return fmt.Errorf("%w: max_batch must be in 0..%d", ErrInvalidOption, maxBatchLimit)
	case c.maxBatchBytes < 1 || c.maxBatchBytes > maxBytesLimit:
		return fmt.Errorf("%w: max_batch_bytes must be in 1..%d", ErrInvalidOption, maxBytesLimit)
	}
	return nil
}

// Parser parses and validates messages. Build it once; it is immutable and safe for
// concurrent use.
type Parser struct {
	cfg config
}

// NewParser returns a Parser with the given options applied over the defaults.
func NewParser(opts ...Option) (*Parser, error) {
	c := config{
		maxBytes: DefaultMaxBytes, maxDepth: DefaultMaxDepth, maxBatch: DefaultMaxBatch, maxBatchBytes: DefaultMaxBatchBytes,
	}
	for _, o := range opts {
		o(&c)
	}
	if err := c.check(); err != nil {
		return nil, err
	}
	return &Parser{cfg: c}, nil
}
