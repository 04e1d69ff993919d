package gateway

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"sync"
	"time"

	"github.com/sark-accel/sark-accel/go/injection"
)

// DecisionCache keeps decisions: a *cache.Cache[string], or a two-level cache shared by a
// fleet (go/cache/redistier), which answers only for its current policy revision.
type DecisionCache interface {
	Get(key string) (string, bool)
	Set(key, value string, ttl time.Duration) error
}

// cacheTag starts every value the gateway stores, telling its entries apart in a shared cache.
const cacheTag = "g"

// lookupCache answers from the decision cache when it can. It runs before the scan: an entry
// is only stored when the scan of exactly those arguments (in the key) by exactly this
// detector revision (in the key) was clean (cleanScan), so a hit knows the scan's result and
// the scan does not run. The key covers everything else in the policy input except time_ns
// and context (as SARK's cache); a call with an anomaly bypasses the cache.
func (p *pipeline) lookupCache() (bool, error) {
	p.user, p.tool = p.userJSON(), p.toolJSON()
	c := p.g.cfg.cache
	if p.anomalies != nil && len(p.anomalies.Anomalies) > 0 {
		p.releaseArgs()
		return false, nil
	}
	canonArgs := *p.canonArgs
	if len(canonArgs) == 0 {
		canonArgs = []byte("{}") // absent arguments are {}
	}
	p.keyBody = p.cacheKeyBody(canonArgs)
	p.releaseArgs()
	rev := p.g.cfg.engine.Revision()
	v, ok := c.Get(cacheKey(rev, p.keyBody))
	if !ok || len(v) == 0 || v[:1] != cacheTag {
		return false, nil
	}
	if p.g.cfg.detector != nil {
		p.d.Injection = &injection.Result{Decision: cleanDecision} // what the skipped scan gives
	}
	r, err := p.g.results.decode(v[1:])
	if err != nil {
		return false, err
	}
	if _, err := p.applyDecoded(r, rev, StageCache); err != nil {
		return false, err
	}
	p.d.CacheHit = true
	return true, nil
}

// argsBuffers recycles the buffers of the canonical arguments, which live only until the key
// is hashed: without it, each call allocated (and the GC swept) a copy of the arguments.
var argsBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledArgs: a larger buffer goes to the GC rather than stay pinned in the pool.
const maxPooledArgs = 64 << 10

// releaseArgs gives the canonical arguments' buffer back (a pipeline that stops before the
// cache stage just drops it).
func (p *pipeline) releaseArgs() {
	if b := p.canonArgs; b != nil && cap(*b) <= maxPooledArgs {
		*b = (*b)[:0]
		argsBuffers.Put(b)
	}
	p.canonArgs = nil
}

// cleanDecision is the decision of a scan with no finding and a risk score of 0 (not truncated).
const cleanDecision = "allow"

// cleanScan: no scan, or a scan with nothing to report. Only a decision made on a clean scan
// is stored, so that a hit stands for exactly this result: no findings, risk 0, "allow", not
// truncated (a truncated scan decides "alert", and the findings are in the policy input).
func cleanScan(s *injection.Result) bool {
	return s == nil || (len(s.Findings) == 0 && s.RiskScore == 0 && s.Decision == cleanDecision && !s.Truncated)
}

// cacheKeyBody hashes, each length-prefixed: the query, the action, which of scan and anomaly
// run, the detector's revision, the method, the server, input.tool, input.user and the
// canonical arguments.
func (p *pipeline) cacheKeyBody(canonArgs []byte) string {
	h := sha256.New()
	var n [8]byte
	field := func(b []byte) {
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	stages := []byte{'-', '-'}
	detector := []byte{'-'}
	if d := p.g.cfg.detector; d != nil {
		stages[0] = 's'
		detector = strconv.AppendUint(detector[:0], d.Revision(), 10)
	}
	if p.g.cfg.anomaly != nil {
		stages[1] = 'a'
	}
	for _, f := range [][]byte{
		[]byte(p.g.cfg.query), []byte(p.g.cfg.action), stages, detector, []byte(p.d.Method),
		[]byte(p.req.Server), p.tool, p.user, canonArgs,
	} {
		field(f)
	}
	var sum [sha256.Size]byte
	var text [2 * sha256.Size]byte // hex.EncodeToString would allocate twice
	hex.Encode(text[:], h.Sum(sum[:0]))
	return string(text[:])
}

// cacheKey is "gw2:<policy revision>:<key body>": a new revision never finds an old entry.
func cacheKey(rev uint64, body string) string {
	return "gw2:" + strconv.FormatUint(rev, 10) + ":" + body
}
