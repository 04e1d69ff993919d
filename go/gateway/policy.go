package gateway

import (
	"bytes"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"
)

// Reasons of the policy stage.
const (
	reasonUndefined    = "policy_undefined"
	reasonPolicyDenied = "policy_denied"
	stepUpPrefix       = "step_up_required"
)

var errBadResult = errors.New("policy result is neither a boolean nor an object with a boolean allow")

// decide evaluates the policy on the input built here, once, and stores the decision in the
// cache when the lookup found none and the scan was clean (decisioncache.go).
func (p *pipeline) decide() (bool, error) {
	cfg := &p.g.cfg
	if p.user == nil {
		p.user, p.tool = p.userJSON(), p.toolJSON()
	}
	buf := inputBufs.Get().(*[]byte)
	input := p.policyInput((*buf)[:0], p.user, p.tool)
	res, err := cfg.engine.Evaluate(p.ctx, cfg.query, input)
	if cap(input) <= maxPooledInput {
		*buf = input[:0]
		inputBufs.Put(buf)
	}
	if err != nil {
		return false, err
	}
	if !res.Defined {
		p.d.PolicyRevision = res.Revision
		p.d.deny(StagePolicy, []string{reasonUndefined})
		return true, nil
	}
	r, err := decodeResult(res.JSON)
	if err != nil {
		return false, err
	}
	ttl, err := p.applyDecoded(r, res.Revision, StagePolicy)
	if err != nil {
		return false, err
	}
	if p.keyBody != "" && ttl > 0 && cleanScan(p.scan) {
		p.storeSARK(r, ttl)
		return true, cfg.cache.Set(cacheKey(res.Revision, p.keyBody), cacheTag+string(res.JSON), ttl)
	}
	return true, nil
}

// policyResult is what the gateway reads of the policy's decision; other members are ignored.
type policyResult struct {
	Allow              *bool    `json:"allow"`
	Reasons            []string `json:"reasons"`
	FilteredParameters []string `json:"filtered_parameters"`
	CacheTTL           *float64 `json:"cache_ttl"`
	// Sensitivity, when a string, names the tool's sensitivity for SARK's TTLs (sarkcache.go).
	Sensitivity json.RawMessage `json:"sensitivity"`
}

// decodeResult reads the policy's result: a boolean, or an object with a boolean allow.
func decodeResult(result []byte) (policyResult, error) {
	var r policyResult
	switch t := bytes.TrimSpace(result); {
	case bytes.Equal(t, []byte("true")), bytes.Equal(t, []byte("false")):
		allow := t[0] == 't'
		r.Allow = &allow
	default:
		if err := json.Unmarshal(t, &r); err != nil {
			return r, err
		}
		if r.Allow == nil {
			return r, errBadResult
		}
	}
	return r, nil
}

// applyDecoded makes the policy's result r the decision of stage s, and returns how long it
// may be cached. r may be shared (resultMemo): it is only read, and the
// decision gets its own copies of the lists.
func (p *pipeline) applyDecoded(r policyResult, rev uint64, s Stage) (time.Duration, error) {
	r.Reasons, r.FilteredParameters = slices.Clone(r.Reasons), slices.Clone(r.FilteredParameters)
	d := p.d
	d.PolicyRevision = rev
	for _, reason := range r.Reasons {
		if strings.HasPrefix(reason, stepUpPrefix) {
			d.StepUp = true
		}
	}
	if len(r.FilteredParameters) > 0 {
		d.FilteredParameters = r.FilteredParameters
		filtered, err := p.filterArguments(r.FilteredParameters)
		if err != nil {
			return 0, err
		}
		d.FilteredArguments = filtered
	}
	if *r.Allow {
		d.Allow, d.Stage, d.Reasons = true, s, r.Reasons
	} else {
		if len(r.Reasons) == 0 {
			r.Reasons = []string{reasonPolicyDenied}
		}
		d.deny(s, r.Reasons)
	}
	return p.cacheTTL(r.CacheTTL), nil
}

// cacheTTL is the policy's cache_ttl hint in seconds (<= 0: do not cache), else the default.
func (p *pipeline) cacheTTL(hint *float64) time.Duration {
	if hint == nil {
		return p.g.cfg.cacheTTL
	}
	if *hint <= 0 {
		return 0
	}
	return time.Duration(min(*hint, MaxCacheTTL.Seconds()) * float64(time.Second))
}

// filterArguments is the arguments object without the named members, as canonical JSON;
// nil when the arguments are not an object.
func (p *pipeline) filterArguments(names []string) (json.RawMessage, error) {
	if p.arguments[0] != '{' {
		return nil, nil
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(p.arguments, &members); err != nil {
		return nil, err
	}
	for _, n := range names {
		delete(members, n)
	}
	b, err := json.Marshal(members)
	if err != nil {
		return nil, err
	}
	return p.g.cfg.parser.Canonicalize(b)
}
