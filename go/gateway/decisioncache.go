package gateway

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strconv"
	"time"
)

// DecisionCache keeps decisions: a *cache.Cache[string], or a two-level cache shared by a
// fleet (go/cache/redistier), which answers only for its current policy revision.
type DecisionCache interface {
	Get(key string) (string, bool)
	Set(key, value string, ttl time.Duration) error
}

// cacheTag starts every value the gateway stores, telling its entries apart in a shared cache.
const cacheTag = "g"

// lookupCache answers from the decision cache when it can. The key covers everything in the
// policy input except time_ns and context (as SARK's cache); calls with a finding or an
// anomaly bypass it, so a cached decision was always made on a clean scan and no anomaly.
func (p *pipeline) lookupCache() (bool, error) {
	p.user, p.tool = p.userJSON(), p.toolJSON()
	c := p.g.cfg.cache
	if p.bypassCache() {
		return false, nil
	}
	canonArgs, err := p.g.cfg.parser.Canonicalize(p.arguments)
	if err != nil {
		return false, err
	}
	p.keyBody = p.cacheKeyBody(canonArgs)
	rev := p.g.cfg.engine.Revision()
	v, ok := c.Get(cacheKey(rev, p.keyBody))
	if !ok || len(v) == 0 || v[:1] != cacheTag {
		return false, nil
	}
	if _, err := p.apply([]byte(v[1:]), rev, StageCache); err != nil {
		return false, err
	}
	p.d.CacheHit = true
	return true, nil
}

func (p *pipeline) bypassCache() bool {
	return (p.scan != nil && (p.scan.RiskScore > 0 || len(p.scan.Findings) > 0)) ||
		(p.anomalies != nil && len(p.anomalies.Anomalies) > 0)
}

// cacheKeyBody hashes, each length-prefixed: the query, the action, which of scan and anomaly
// ran, the method, the server, input.tool, input.user and the canonical arguments.
func (p *pipeline) cacheKeyBody(canonArgs []byte) string {
	h := sha256.New()
	var n [8]byte
	field := func(b []byte) {
		binary.BigEndian.PutUint64(n[:], uint64(len(b)))
		h.Write(n[:])
		h.Write(b)
	}
	stages := []byte{'-', '-'}
	if p.scan != nil {
		stages[0] = 's'
	}
	if p.anomalies != nil {
		stages[1] = 'a'
	}
	for _, f := range [][]byte{
		[]byte(p.g.cfg.query), []byte(p.g.cfg.action), stages, []byte(p.d.Method),
		[]byte(p.req.Server), p.tool, p.user, canonArgs,
	} {
		field(f)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// cacheKey is "gw1:<policy revision>:<key body>": a new revision never finds an old entry.
func cacheKey(rev uint64, body string) string {
	return "gw1:" + strconv.FormatUint(rev, 10) + ":" + body
}
