package gateway

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
	"unicode/utf8"
)

// SARKStore is the Redis a fleet shares with SARK's own replicas, read and written in SARK's
// keys and values (go/cache/redistier's Cache is one): values as they are, no envelope.
type SARKStore interface {
	GetRaw(key string) (value string, ttl time.Duration, ok bool)
	SetRaw(key, value string, ttl time.Duration)
	// Revision is the fleet's policy revision, written into our entries (sark_accel_revision).
	Revision() string
}

// SARK's policy cache (src/sark/services/policy/cache.py, PolicyCache, as OPAClient.
// evaluate_policy and check_tool_access in opa_client.py call it for a tool invocation).
const (
	sarkKeyPrefix   = "policy:decision:"
	sarkAction      = "tool:invoke" // check_tool_access's action
	sarkNoContext   = "none"        // an empty context has no hash
	sarkRevisionKey = "sark_accel_revision"
)

// sarkTTL is PolicyCache.OPTIMIZED_TTL: by the tool's sensitivity, 120 s for any other.
func sarkTTL(sensitivity string) time.Duration {
	switch sensitivity {
	case "critical":
		return 60 * time.Second
	case "internal":
		return 180 * time.Second
	case "public":
		return 300 * time.Second
	}
	return 120 * time.Second // "confidential" and "default"
}

// sarkKey is PolicyCache._generate_cache_key(user id, "tool:invoke", "tool:"+tool, context):
// policy:decision:{user}:{action}:{resource with ':' and '/' as '_'}:{context hash}. It is
// "" (no shared entry) for a request SARK's key cannot tell apart from another: a principal
// id with ':' or a tool name with ':' or '/' (SARK would fold them onto other keys), empty,
// or not text a Redis key of both paths can hold (NUL, invalid UTF-8).
func (p *pipeline) sarkKey() (string, error) {
	id, tool := p.principal.ID, p.d.Tool
	if p.d.Method != "tools/call" || id == "" || tool == "" || strings.Contains(id, ":") ||
		strings.ContainsAny(tool, ":/") || strings.ContainsRune(id+tool, 0) || !utf8.ValidString(id+tool) {
		return "", nil
	}
	ctx := sarkNoContext
	if string(p.context) != "{}" {
		text, rest, err := appendPyJSON(make([]byte, 0, 2*len(p.context)), string(p.context))
		if err != nil || rest != "" {
			return "", errNotCanonical
		}
		sum := sha256.Sum256(text)
		ctx = hex.EncodeToString(sum[:8]) // hexdigest()[:16]
	}
	return sarkKeyPrefix + id + ":" + sarkAction + ":tool_" + tool + ":" + ctx, nil
}

// sarkValue is json.dumps of SARK's AuthorizationDecision.model_dump() (allow, reason,
// filtered_parameters, audit_id) plus our revision, a member SARK's model ignores. The
// reasons are joined by "; " into SARK's one reason.
func sarkValue(allow bool, reasons []string, rev string) string {
	b := append(make([]byte, 0, 128), `{"allow": `...)
	if allow {
		b = append(b, "true"...)
	} else {
		b = append(b, "false"...)
	}
	b = append(b, `, "reason": `...)
	b = appendPyString(b, strings.Join(reasons, "; "))
	b = append(b, `, "filtered_parameters": null, "audit_id": null, "`+sarkRevisionKey+`": `...)
	b = appendPyString(b, rev)
	return string(append(b, '}'))
}

// readSARKValue reads an entry in SARK's decision shape, written by SARK or by us. Anything
// else is not a decision (ok false: a miss, never an allow): not strict JSON (go/mcp's
// parser: no duplicate keys, lone surrogates or NaN) or not an object; allow not a boolean;
// reason not a string; filtered_parameters set (SARK's are a dict the gateway cannot apply);
// audit_id neither null nor a string; our revision member present but not rev. Other members
// are ignored, as SARK's model ignores them.
func (p *pipeline) readSARKValue(raw, rev string) (r policyResult, ok bool) {
	if !utf8.ValidString(raw) {
		return r, false
	}
	canon, err := p.g.cfg.parser.Canonicalize([]byte(raw))
	if err != nil || len(canon) == 0 || canon[0] != '{' {
		return r, false
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(canon, &m) != nil {
		return r, false
	}
	var allow bool
	switch string(m["allow"]) {
	case "true":
		allow = true
	case "false":
	default:
		return r, false
	}
	var reason string
	if len(m["reason"]) == 0 || m["reason"][0] != '"' || json.Unmarshal(m["reason"], &reason) != nil {
		return r, false
	}
	if fp, set := m["filtered_parameters"]; set && string(fp) != "null" {
		return r, false
	}
	if id, set := m["audit_id"]; set && string(id) != "null" && id[0] != '"' {
		return r, false
	}
	if v, set := m[sarkRevisionKey]; set {
		var entryRev string
		if v[0] != '"' || json.Unmarshal(v, &entryRev) != nil || entryRev != rev {
			return r, false
		}
	}
	r.Allow = &allow
	if reason != "" {
		r.Reasons = []string{reason}
	}
	return r, true
}

// lookupSARK runs after the scan, on a miss of the local tier: SARK's key does not hold the
// arguments, so the scan must have run, and only a clean scan (and no anomaly: the local
// lookup bypassed nothing) may take a shared decision. A hit applies SARK's allow and reason
// exactly as a cached result (stage cache).
func (p *pipeline) lookupSARK() (bool, error) {
	if p.keyBody == "" || !cleanScan(p.scan) {
		return false, nil
	}
	key, err := p.sarkKey()
	if key == "" || err != nil {
		return false, err
	}
	p.sarkKeyText = key
	store := p.g.cfg.sark
	raw, _, ok := store.GetRaw(key)
	if !ok {
		return false, nil
	}
	r, ok := p.readSARKValue(raw, store.Revision())
	if !ok {
		return false, nil
	}
	if _, err := p.applyDecoded(r, p.g.cfg.engine.Revision(), StageCache); err != nil {
		return false, err
	}
	p.d.CacheHit = true
	return true, nil
}

// storeSARK writes the policy's decision under SARK's key for SARK's TTL of the tool's
// sensitivity (shorter when the policy's cache_ttl is), unless it has filtered parameters
// (SARK's field means something else). The sensitivity is the gateway's (WithToolSensitivity),
// else the policy result's "sensitivity" string (the shipped policy's), else SARK's default.
func (p *pipeline) storeSARK(r policyResult, ttl time.Duration) {
	if p.sarkKeyText == "" || len(r.FilteredParameters) > 0 {
		return
	}
	sensitivity := p.sensitivity
	if sensitivity == "" && len(r.Sensitivity) > 0 && r.Sensitivity[0] == '"' {
		_ = json.Unmarshal(r.Sensitivity, &sensitivity)
	}
	if r.CacheTTL != nil {
		ttl = min(ttl, sarkTTL(sensitivity))
	} else {
		ttl = sarkTTL(sensitivity)
	}
	store := p.g.cfg.sark
	store.SetRaw(p.sarkKeyText, sarkValue(p.d.Allow, p.d.Reasons, store.Revision()), ttl)
}
