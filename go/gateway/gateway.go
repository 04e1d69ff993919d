package gateway

import (
	"context"
	"fmt"
	"time"

	"github.com/sark-accel/sark-accel/go/anomaly"
	"github.com/sark-accel/sark-accel/go/injection"
	"github.com/sark-accel/sark-accel/go/mcp"
)

// Gateway authorizes MCP messages. Build it once with New; it is immutable and safe for
// concurrent use (the engines it holds are).
type Gateway struct {
	cfg     config
	results resultMemo // the cached policy results, decoded
	// fault, set only by tests, runs at the start of every stage: an error or a panic there
	// must deny with error:<stage>.
	fault func(Stage) error
}

// New builds a Gateway. A policy (WithPolicy) is required: it has the final word.
func New(opts ...Option) (*Gateway, error) {
	cfg := defaultConfig()
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return nil, err
		}
	}
	if cfg.engine == nil {
		return nil, fmt.Errorf("%w: a policy engine is required (WithPolicy)", ErrInvalidOption)
	}
	if cfg.sark != nil && cfg.cache == nil {
		return nil, fmt.Errorf("%w: the SARK keyspace needs a local cache (WithCache)", ErrInvalidOption)
	}
	if cfg.parser == nil {
		p, err := mcp.NewParser()
		if err != nil {
			return nil, err
		}
		cfg.parser = p
	}
	return &Gateway{cfg: cfg}, nil
}

// pipeline is the state of one Authorize call, handed from stage to stage.
type pipeline struct {
	g   *Gateway
	ctx context.Context
	req *Request
	d   *Decision

	nowNs       int64
	sum         *mcp.Summary
	msg         *mcp.Message
	arguments   []byte  // raw JSON of the arguments ({} when absent)
	canonArgs   *[]byte // their canonical JSON when a decision cache is on (empty when absent)
	context     []byte  // canonical JSON of the context ({} when absent)
	sensitivity string
	principal   *Principal
	scan        *injection.Result
	anomalies   *anomaly.Result
	keyBody     string // the decision-cache key without the revision; "" = bypass
	sarkKeyText string // the entry's key in SARK's keyspace (sarkcache.go); "" = none
	user, tool  []byte // input.user and input.tool
}

// stage is one step: it returns done when it decided the request. A stage whose engine is
// not configured (off) does not run, and its time stays 0. A long stage takes tens of
// microseconds or more (Request.Yield is called before the first one).
type stage struct {
	name Stage
	run  func(*pipeline) (done bool, err error)
	off  func(*config) bool
	long bool
}

// stages is the pipeline, in order (README.md: "Stages"). The cache comes before the scan:
// a hit already knows the scan's result (decisioncache.go), so it skips the scan.
var stages = [...]stage{
	{StageParse, (*pipeline).parse, nil, false},
	{StageAuthn, (*pipeline).authenticate, nil, false},
	{StageAnomaly, (*pipeline).checkAnomaly, func(c *config) bool { return c.anomaly == nil }, false},
	{StageCache, (*pipeline).lookupCache, func(c *config) bool { return c.cache == nil }, false},
	{StageScan, (*pipeline).scanArguments, func(c *config) bool { return c.detector == nil }, true},
	// after a clean scan; long: it may wait for Redis
	{StageCache, (*pipeline).lookupSARK, func(c *config) bool { return c.sark == nil }, true},
	{StagePolicy, (*pipeline).decide, nil, true},
}

// Authorize decides one request. It never fails: any internal error denies with reason
// "error:<stage>".
func (g *Gateway) Authorize(ctx context.Context, req Request) (d Decision) {
	start := time.Now()
	defer func() {
		// Stages recover their own panics; this covers the code between them.
		if r := recover(); r != nil {
			d = Decision{ID: d.ID, Timings: d.Timings, Err: &StageError{Stage: StageGateway, Err: panicError{r}}}
			d.deny(StageGateway, []string{"error:" + string(StageGateway)})
		}
	}()
	p := &pipeline{g: g, ctx: ctx, req: &req, d: &d}
	for _, s := range stages {
		if s.off != nil && s.off(&g.cfg) {
			continue
		}
		if s.long {
			p.yield()
		}
		done, err := g.runStage(p, s)
		if err != nil {
			d = Decision{ID: d.ID, Method: d.Method, Tool: d.Tool, Principal: d.Principal, Timings: d.Timings}
			d.deny(s.name, []string{"error:" + string(s.name)})
			d.Err = &StageError{Stage: s.name, Err: err}
			break
		}
		if done {
			break
		}
	}
	if d.Stage == "" { // no stage decided: cannot happen while the policy stage always decides
		d.deny(StageGateway, []string{"error:" + string(StageGateway)})
		d.Err = &StageError{Stage: StageGateway, Err: errUndecided}
	}
	d.Timings.Total = time.Since(start)
	return d
}

// yield calls Request.Yield, once, before work that can take long.
func (p *pipeline) yield() {
	if y := p.req.Yield; y != nil {
		p.req.Yield = nil
		y()
	}
}

// runStage runs one stage, timing it and turning a panic into an error.
func (g *Gateway) runStage(p *pipeline, s stage) (done bool, err error) {
	start := time.Now()
	defer func() {
		if r := recover(); r != nil {
			done, err = false, panicError{r}
		}
		p.d.Timings.add(s.name, time.Since(start))
	}()
	if g.fault != nil {
		if err := g.fault(s.name); err != nil {
			return false, err
		}
	}
	if err := p.ctx.Err(); err != nil {
		return false, err
	}
	return s.run(p)
}

// deny makes d a deny decided by stage s, with its JSON-RPC error response.
func (d *Decision) deny(s Stage, reasons []string) {
	d.Allow, d.Stage, d.Reasons = false, s, reasons
	d.ErrorResponse = denyResponse(d.ID, s, reasons)
}
