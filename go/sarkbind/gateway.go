package sarkbind

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/sark-accel/sark-accel/go/anomaly"
	"github.com/sark-accel/sark-accel/go/gateway"
	"github.com/sark-accel/sark-accel/go/mcp"
	"github.com/sark-accel/sark-accel/go/sarkbind/gilhook"
)

// boundGateway is a gateway over engines other handles own. The Go objects stay alive as long
// as the gateway does, but once the caller closed one of those handles it must not be used
// through the gateway any more: each call first checks that every handle is still open and
// denies with error:<that engine's stage> otherwise (fail closed, never a crash).
type boundGateway struct {
	g       *gateway.Gateway
	anomaly *boundAnomaly // nil: no anomaly stage
	checks  []handleCheck
	// earlyWaits: a stage before the scan can wait on the network (a JWKS fetch, the Redis
	// tier), so a request gives the GIL up before it starts rather than before the scan.
	earlyWaits bool
}

// handleCheck is one engine handle the gateway depends on, and the stage it serves.
type handleCheck struct {
	stage gateway.Stage
	open  func() bool
}

var gateways = newRegistry[*boundGateway]("gateway")

// errGatewayClosedEngine: an engine the gateway uses was closed by its owner.
var errGatewayClosedEngine = errors.New("an engine of the gateway was closed")

// gatewayConfig is the JSON GatewayNew takes: handles of engines created by the other New
// functions (0: stage off; the policy is required; parser 0: go/mcp's default parser).
type gatewayConfig struct {
	Policy               int64    `json:"policy"`
	Query                string   `json:"query"`
	Parser               int64    `json:"parser"`
	Detector             int64    `json:"detector"`
	Anomaly              int64    `json:"anomaly"`
	Authenticator        int64    `json:"authenticator"`
	Cache                int64    `json:"cache"`
	CacheTTLNs           int64    `json:"cache_ttl_ns"`
	SARKKeyspace         bool     `json:"sark_keyspace"` // needs a cache with a Redis tier
	RequireAuthorization []string `json:"require_authorization"`
	Workers              int      `json:"workers"`
}

func opened[T any](r *registry[T], h int64) func() bool {
	return func() bool { _, err := r.get(h); return err == nil }
}

// GatewayNew builds a gateway from a gatewayConfig JSON, over the engines' own Go objects.
func GatewayNew(configJSON string) (h int64, err error) {
	defer guard(&err)
	var cfg gatewayConfig
	dec := json.NewDecoder(strings.NewReader(configJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return 0, invalidf("gateway config: %v", err)
	}
	bg := &boundGateway{}
	bp, err := policies.get(cfg.Policy)
	if err != nil {
		return 0, err
	}
	opts := []gateway.Option{
		gateway.WithPolicy(bp.e, cfg.Query),
		gateway.WithRequireAuthorization(cfg.RequireAuthorization...),
	}
	bg.checks = append(bg.checks, handleCheck{gateway.StagePolicy, opened(policies, cfg.Policy)})
	workers := cfg.Workers
	if workers == 0 {
		workers = cores // not GOMAXPROCS, raised above the cores (procs.go)
	}
	opts = append(opts, gateway.WithWorkers(workers))
	if cfg.Parser != 0 {
		p, err := parsers.get(cfg.Parser)
		if err != nil {
			return 0, err
		}
		opts = append(opts, gateway.WithParser(p))
		bg.checks = append(bg.checks, handleCheck{gateway.StageParse, opened(parsers, cfg.Parser)})
	}
	if cfg.Authenticator != 0 {
		a, err := authenticators.get(cfg.Authenticator)
		if err != nil {
			return 0, err
		}
		opts = append(opts, gateway.WithAuthenticator(a.a))
		bg.earlyWaits = bg.earlyWaits || a.remote
		bg.checks = append(bg.checks, handleCheck{gateway.StageAuthn, opened(authenticators, cfg.Authenticator)})
	}
	if cfg.Detector != 0 {
		d, err := detectors.get(cfg.Detector)
		if err != nil {
			return 0, err
		}
		opts = append(opts, gateway.WithDetector(d))
		bg.checks = append(bg.checks, handleCheck{gateway.StageScan, opened(detectors, cfg.Detector)})
	}
	if cfg.Anomaly != 0 {
		if bg.anomaly, err = anomalies.get(cfg.Anomaly); err != nil {
			return 0, err
		}
		opts = append(opts, gateway.WithAnomaly(bg.anomaly.d))
		bg.checks = append(bg.checks, handleCheck{gateway.StageAnomaly, opened(anomalies, cfg.Anomaly)})
	}
	if cfg.Cache != 0 {
		c, err := caches.get(cfg.Cache)
		if err != nil {
			return 0, err
		}
		local := keyedStore(c.s)
		if cfg.SARKKeyspace { // the local tier for our keys, Redis for SARK's (go/gateway/sarkcache.go)
			if c.tier == nil {
				return 0, invalidf("sark_keyspace needs a cache with a Redis tier")
			}
			local = c.c
			opts = append(opts, gateway.WithSARKKeyspace(c.tier))
		}
		opts = append(opts, gateway.WithCache(strTagged{local}, time.Duration(cfg.CacheTTLNs)))
		// The cache stage waits on Redis when our keys go through the tier; SARK's keyspace is
		// read in a later, long stage (after the GIL is given up).
		bg.earlyWaits = bg.earlyWaits || (c.tier != nil && !cfg.SARKKeyspace)
		bg.checks = append(bg.checks, handleCheck{gateway.StageCache, opened(caches, cfg.Cache)})
	}
	if cfg.SARKKeyspace && cfg.Cache == 0 {
		return 0, invalidf("sark_keyspace needs a cache with a Redis tier")
	}
	if bg.g, err = gateway.New(opts...); err != nil {
		return 0, withKind(kindInvalidArgument, err)
	}
	return gateways.add(bg), nil
}

// GatewayClose forgets a gateway (the engines stay with their owners).
func GatewayClose(h int64) (ok bool, err error) {
	defer guard(&err)
	return gateways.remove(h), nil
}

// gatewayRequest is one request of GatewayAuthorizeMany; Message is base64 when Encoded,
// Context the context's JSON text ("" for {}), as GatewayAuthorize takes them.
type gatewayRequest struct {
	NowNs       int64              `json:"now_ns"`
	Message     string             `json:"message"`
	Encoded     bool               `json:"encoded"`
	Credentials string             `json:"credentials"`
	Principal   *gateway.Principal `json:"principal"`
	Server      string             `json:"server"`
	Context     string             `json:"context"`
}

// GatewayAuthorize decides one request in one crossing and returns the decision framed by
// appendFrame. nowNs is the request's time; anomalyNowNs the anomaly detector's clock
// (its facade's reading, as each anomaly call brings one). principalJSON is
// {"ID","Roles","Groups","Permissions","MFA"} or ""; contextJSON "" means {}.
//
// It is called with the GIL held and gives it up only before the scan (gateway.Request.Yield):
// a decision-cache hit (a few microseconds) never hands the GIL to another thread. A gateway
// whose early stages can wait on the network, or a message over heldParseBytes, gives it up
// at the start.
//
//sark:holdgil
func GatewayAuthorize(h, nowNs, anomalyNowNs int64, message, credentials, principalJSON, server, contextJSON string) (out string, err error) {
	defer guard(&err)
	// The gateway only reads the message, so it borrows the string's bytes: no 2 KB copy per call.
	msg := unsafe.Slice(unsafe.StringData(message), len(message))
	return gatewayAuthorize(h, nowNs, anomalyNowNs, msg, credentials, principalJSON, server, contextJSON)
}

// GatewayAuthorizeEncoded is GatewayAuthorize for a message given as base64 of its bytes
// (NUL, invalid UTF-8 or lone surrogates cannot cross as a str; such a message never parses).
//
//sark:holdgil
func GatewayAuthorizeEncoded(h, nowNs, anomalyNowNs int64, messageB64, credentials, principalJSON, server, contextJSON string) (out string, err error) {
	defer guard(&err)
	msg, err := base64.StdEncoding.DecodeString(messageB64)
	if err != nil {
		return "", invalidf("gateway: message is not base64: %v", err)
	}
	return gatewayAuthorize(h, nowNs, anomalyNowNs, msg, credentials, principalJSON, server, contextJSON)
}

func gatewayAuthorize(h, nowNs, anomalyNowNs int64, message []byte, credentials, principalJSON, server, contextJSON string) (string, error) {
	bg, err := gateways.get(h)
	if err != nil {
		return "", err
	}
	req := gateway.Request{Message: message, Credentials: credentials, Server: server, Time: time.Unix(0, nowNs)}
	long := bg.earlyWaits || len(message) > heldParseBytes
	reacquire := gilhook.ReleaseIf(long)
	defer func() { reacquire() }() // before returning to Python, holding no lock
	if !long {
		req.Yield = func() { reacquire = gilhook.Release() }
	}
	if contextJSON != "" {
		req.Context = []byte(contextJSON)
	}
	if principalJSON != "" {
		req.Principal = new(gateway.Principal)
		if err := json.Unmarshal([]byte(principalJSON), req.Principal); err != nil {
			return "", invalidf("gateway: principal: %v", err)
		}
	}
	d := bg.authorize(req, anomalyNowNs)
	return string(appendFrame(make([]byte, 0, 384), &d)), nil // a hit's frame: about 250 bytes
}

// authorize runs one request after checking the engines are open.
func (bg *boundGateway) authorize(req gateway.Request, anomalyNowNs int64) gateway.Decision {
	for _, c := range bg.checks {
		if !c.open() {
			return closedEngineDecision(c.stage, req.Message)
		}
	}
	if bg.anomaly != nil {
		bg.anomaly.setNow(anomalyNowNs)
	}
	return bg.g.Authorize(context.Background(), req)
}

// idParser reads the id of a request denied because an engine was closed.
var idParser, _ = mcp.NewParser()

// closedEngineDecision denies as the gateway denies a failing stage: error:<stage>, -32001,
// with the message's id when go/mcp's default parser can read it (none when the closed engine
// is the parser itself: the Python pipeline cannot read it either).
func closedEngineDecision(s gateway.Stage, message []byte) gateway.Decision {
	var id json.RawMessage
	if s != gateway.StageParse && message != nil {
		sum, err := idParser.Parse(message)
		var me *mcp.Error
		switch {
		case err == nil && !sum.Batch:
			id = sum.Messages[0].ID
		case errors.As(err, &me):
			id = me.ID
		}
	}
	// The same canonical text go/gateway writes for a failing stage (stage names are plain ASCII).
	resp := []byte(`{"error":{"code":` + strconv.Itoa(gateway.CodeDenied) + `,"data":{"reasons":["error:` + string(s) +
		`"],"stage":"` + string(s) + `"},"message":"Request denied"},"id":`)
	if id == nil {
		resp = append(resp, "null"...)
	} else {
		resp = append(resp, id...)
	}
	resp = append(resp, `,"jsonrpc":"2.0"}`...)
	reasons := []string{"error:" + string(s)}
	return gateway.Decision{Reasons: reasons, Stage: s, ID: id, ErrorResponse: resp, Err: errGatewayClosedEngine}
}

// GatewayAuthorizeMany decides a JSON array of gatewayRequest on the gateway's workers and
// returns a JSON array of decisions (each appendDecision's frame), in request order.
func GatewayAuthorizeMany(h, anomalyNowNs int64, requestsJSON string) (out string, err error) {
	defer guard(&err)
	bg, err := gateways.get(h)
	if err != nil {
		return "", err
	}
	var in []gatewayRequest
	if err := json.Unmarshal([]byte(requestsJSON), &in); err != nil {
		return "", invalidf("gateway: requests: %v", err)
	}
	reqs := make([]gateway.Request, len(in))
	for i, r := range in {
		msg := []byte(r.Message)
		if r.Encoded {
			if msg, err = base64.StdEncoding.DecodeString(r.Message); err != nil {
				return "", invalidf("gateway: request %d: message is not base64", i)
			}
		}
		reqs[i] = gateway.Request{Message: msg, Credentials: r.Credentials, Principal: r.Principal, Server: r.Server,
			Time: time.Unix(0, r.NowNs)}
		if r.Context != "" {
			reqs[i].Context = []byte(r.Context)
		}
	}
	var ds []gateway.Decision
	closed := false
	for _, c := range bg.checks {
		if !c.open() {
			closed, ds = true, make([]gateway.Decision, len(reqs))
			for i := range ds {
				ds[i] = closedEngineDecision(c.stage, reqs[i].Message)
			}
			break
		}
	}
	if !closed {
		if bg.anomaly != nil {
			bg.anomaly.setNow(anomalyNowNs)
		}
		ds = bg.g.AuthorizeMany(context.Background(), reqs)
	}
	b := []byte{'['}
	for i := range ds {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendDecision(b, &ds[i])
	}
	return string(append(b, ']')), nil
}

// appendDecision frames a decision for GatewayAuthorizeMany as one JSON array: the timings,
// [parse, authn, scan, anomaly, cache, policy, total ns], then appendFields.
func appendDecision(b []byte, d *gateway.Decision) []byte {
	b = append(b, "[["...)
	for i, ns := range timings(d) {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, ns, 10)
	}
	b = append(b, "],"...)
	return append(appendFields(b, d), ']')
}

// appendFrame frames a decision for GatewayAuthorize: the timings as 112 hex digits, seven
// little-endian int64 (Python reads them with two C calls, not seven int() parses), then
// appendFields as a JSON array. The timings lead because they are all that changes between
// two hits of one request: Python reuses the decoding of the rest.
func appendFrame(b []byte, d *gateway.Decision) []byte {
	var raw [7 * 8]byte
	for i, ns := range timings(d) {
		binary.LittleEndian.PutUint64(raw[i*8:], uint64(ns))
	}
	b = hex.AppendEncode(b, raw[:])
	return append(appendFields(append(b, '['), d), ']')
}

func timings(d *gateway.Decision) [7]int64 {
	t := &d.Timings
	return [7]int64{int64(t.Parse), int64(t.Authn), int64(t.Scan), int64(t.Anomaly), int64(t.Cache), int64(t.Policy),
		int64(t.Total)}
}

// appendFields writes the Python Decision's fields but the timings, comma-separated, in its
// order: allow, reasons, stage, step_up, id (canonical JSON text or null), method, tool,
// principal, injection rows (injectionRows) or null, anomaly rows (appendResult's), alert
// level, filtered parameters, filtered arguments (JSON text) or null, cache hit, policy
// revision, error response text or null.
func appendFields(b []byte, d *gateway.Decision) []byte {
	b = strconv.AppendBool(b, d.Allow)
	b = append(b, ',')
	b = appendStringList(b, d.Reasons)
	b = append(b, ',')
	b = appendJSONText(b, string(d.Stage))
	b = append(b, ',')
	b = strconv.AppendBool(b, d.StepUp)
	b = append(b, ',')
	b = appendOptionalText(b, d.ID)
	for _, s := range [...]string{d.Method, d.Tool, d.Principal} {
		b = append(b, ',')
		b = appendJSONText(b, s)
	}
	b = append(b, ',')
	if d.Injection != nil {
		b = append(b, injectionRows(d.Injection)...)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, ',')
	if rows := appendResult(nil, anomaly.Result{Anomalies: d.Anomalies}); len(rows) > 1 {
		b = append(b, rows[1:]...)
	} else {
		b = append(b, "[]"...)
	}
	b = append(b, ',')
	b = appendJSONText(b, d.AnomalyLevel.String())
	b = append(b, ',')
	b = appendStringList(b, d.FilteredParameters)
	b = append(b, ',')
	b = appendOptionalText(b, d.FilteredArguments)
	b = append(b, ',')
	b = strconv.AppendBool(b, d.CacheHit)
	b = append(b, ',')
	b = strconv.AppendUint(b, d.PolicyRevision, 10)
	b = append(b, ',')
	return appendOptionalText(b, d.ErrorResponse)
}

func appendStringList(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONText(b, s)
	}
	return append(b, ']')
}

// appendOptionalText writes raw JSON as a JSON string holding its text, or null when nil.
func appendOptionalText(b, raw []byte) []byte {
	if raw == nil {
		return append(b, "null"...)
	}
	return appendJSONText(b, string(raw))
}

// GatewayInspectResult scans a tool's result (a raw JSON-RPC response) and returns
// [allow, redacted, reasons, stage, response text, injection rows or null, ns].
func GatewayInspectResult(h int64, response, principal, server, tool string) (out string, err error) {
	defer guard(&err)
	bg, err := gateways.get(h)
	if err != nil {
		return "", err
	}
	var r gateway.ResultDecision
	closed := false
	for _, c := range bg.checks {
		if !c.open() && (c.stage == gateway.StageScan || c.stage == gateway.StageParse) {
			closed = true
		}
	}
	if closed {
		d := closedEngineDecision(gateway.StageResult, nil)
		r = gateway.ResultDecision{Reasons: d.Reasons, Stage: d.Stage, Response: d.ErrorResponse}
	} else {
		r = bg.g.InspectResult(context.Background(), []byte(response),
			gateway.RequestContext{Principal: principal, Server: server, Tool: tool})
	}
	b := []byte{'['}
	b = strconv.AppendBool(b, r.Allow)
	b = append(b, ',')
	b = strconv.AppendBool(b, r.Redacted)
	b = append(b, ',')
	b = appendStringList(b, r.Reasons)
	b = append(b, ',')
	b = appendJSONText(b, string(r.Stage))
	b = append(b, ',')
	b = appendOptionalText(b, r.Response)
	b = append(b, ',')
	if r.Injection != nil {
		b = append(b, injectionRows(r.Injection)...)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(r.Duration), 10)
	return string(append(b, ']')), nil
}

// GatewayStats returns {"engines_open": bool per stage} of a gateway: whether every engine
// it uses is still open.
func GatewayStats(h int64) (out string, err error) {
	defer guard(&err)
	bg, err := gateways.get(h)
	if err != nil {
		return "", err
	}
	open := make(map[string]bool, len(bg.checks))
	for _, c := range bg.checks {
		open[string(c.stage)] = c.open()
	}
	j, err := json.Marshal(map[string]any{"engines_open": open})
	return string(j), err
}
