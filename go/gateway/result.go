package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/sark-accel/sark-accel/go/injection"
	"github.com/sark-accel/sark-accel/go/mcp"
)

// StageResult names InspectResult's decisions and failures ("error:result").
const StageResult Stage = "result"

// Redacted replaces a string value of a tool result that holds a finding.
const Redacted = "[redacted: possible prompt injection]"

const (
	reasonResultInjection = "injection_in_result"
	reasonResultTruncated = "result_too_large_to_scan"
)

// RequestContext is the request a tool result answers.
type RequestContext struct {
	Principal string
	Server    string
	Tool      string
}

// ResultDecision is InspectResult's answer: the response to forward to the agent.
type ResultDecision struct {
	// Allow is false when the result must not reach the agent as sent: Response is then a
	// redacted copy (Redacted) or a JSON-RPC error response carrying the id.
	Allow    bool
	Redacted bool
	Response json.RawMessage
	Reasons  []string
	Stage    Stage // not_required (nothing to scan) or result
	// Injection is the scan of the result (nil: not scanned).
	Injection *injection.Result
	Context   RequestContext
	Duration  time.Duration
	// Err is the internal error behind "error:result", for logs; never sent.
	Err error
}

// InspectResult scans a tool's result (a JSON-RPC response) for injected instructions before
// it goes back to the agent, as a tool result (the kind picks the classifier's model when the
// detector has it on). From the configured injection decision on (WithResultInspection)
// it redacts every string value holding a finding, or denies; a finding it cannot redact
// (in an object key, a depth finding) denies. Fail closed: an internal error denies.
func (g *Gateway) InspectResult(ctx context.Context, raw []byte, rc RequestContext) (r ResultDecision) {
	start := time.Now()
	defer func() {
		if v := recover(); v != nil {
			r = ResultDecision{Context: rc, Err: panicError{v}}
			r.deny(nil, []string{"error:" + string(StageResult)})
		}
		r.Duration = time.Since(start)
	}()
	r = g.inspectResult(ctx, raw, rc)
	return r
}

func (g *Gateway) inspectResult(ctx context.Context, raw []byte, rc RequestContext) ResultDecision {
	r := ResultDecision{Context: rc, Stage: StageResult}
	if err := ctx.Err(); err != nil {
		return r.fail(nil, err)
	}
	sum, err := g.cfg.parser.Parse(raw)
	if err != nil {
		var me *mcp.Error
		if !errors.As(err, &me) {
			return r.fail(nil, err)
		}
		r.Reasons, r.Response = []string{"invalid_response: " + me.Data.Reason}, me.Response()
		return r
	}
	if sum.Batch {
		r.deny(nil, []string{"invalid_response: a batch is not a tool result"})
		return r
	}
	msg := &sum.Messages[0]
	if msg.Kind != mcp.KindResult || g.cfg.detector == nil {
		r.Allow, r.Stage, r.Response = true, StageNotRequired, raw
		return r
	}
	result := sum.Raw(msg.Result)
	res, err := g.cfg.detector.InspectJSON(result, nil, injection.AsKind(injection.KindToolResult))
	if err != nil {
		return r.fail(msg.ID, err)
	}
	r.Injection = res
	if res.Truncated { // text past the scanner's MaxBytes was not read: it cannot go back unread
		r.deny(msg.ID, []string{reasonResultTruncated})
		return r
	}
	if !reaches(res.Decision, g.cfg.resultLevel) {
		r.Allow, r.Response = true, raw
		return r
	}
	reasons := []string{reasonResultInjection + ": " + strings.Join(uniqueIDs(res.Findings), ",")}
	if g.cfg.resultAction == ResultRedact {
		redacted, ok, err := g.redact(result, res.Findings)
		if err != nil {
			return r.fail(msg.ID, err)
		}
		if ok {
			r.Redacted, r.Reasons = true, reasons
			r.Response = append(append(append([]byte(`{"id":`), appendID(nil, msg.ID)...), `,"jsonrpc":"2.0","result":`...), redacted...)
			r.Response = append(r.Response, '}')
			return r
		}
	}
	r.deny(msg.ID, reasons)
	return r
}

func (r *ResultDecision) deny(id []byte, reasons []string) {
	r.Allow, r.Stage, r.Reasons = false, StageResult, reasons
	r.Response = denyResponse(id, StageResult, reasons)
}

func (r ResultDecision) fail(id []byte, err error) ResultDecision {
	r.Err = &StageError{Stage: StageResult, Err: err}
	r.deny(id, []string{"error:" + string(StageResult)})
	return r
}

// reaches reports whether an injection decision is at least level ("alert" or "block").
func reaches(decision, level string) bool {
	rank := map[string]int{"allow": 0, "alert": 1, "block": 2}
	return rank[decision] >= rank[level]
}

func uniqueIDs(fs []injection.Finding) []string {
	var ids []string
	seen := map[string]bool{}
	for _, f := range fs {
		if !seen[f.PatternID] {
			seen[f.PatternID] = true
			ids = append(ids, f.PatternID)
		}
	}
	return ids
}

// redact rewrites result with every string value at a finding's location replaced by
// Redacted, as canonical JSON. ok is false when a finding is not in a string value (a key,
// a container too deep to scan): such a result cannot be redacted.
func (g *Gateway) redact(result []byte, findings []injection.Finding) ([]byte, bool, error) {
	targets := map[string]bool{}
	for _, f := range findings {
		if strings.HasSuffix(f.Location, "#key") || f.Category == "structure" {
			return nil, false, nil
		}
		targets[f.Location] = true
	}
	w := redactor{dec: json.NewDecoder(bytes.NewReader(result)), targets: targets, hit: map[string]bool{}}
	w.dec.UseNumber()
	if err := w.value(""); err != nil {
		return nil, false, err
	}
	if len(w.hit) != len(targets) {
		return nil, false, nil
	}
	out, err := g.cfg.parser.Canonicalize(w.out)
	return out, err == nil, err
}

// redactor copies a JSON value token by token, naming each value's location as the injection
// scanner does (a.b, a[2], [2] at the root).
type redactor struct {
	dec     *json.Decoder
	out     []byte
	targets map[string]bool
	hit     map[string]bool
}

func (w *redactor) value(loc string) error {
	tok, err := w.dec.Token()
	if err != nil {
		return err
	}
	switch v := tok.(type) {
	case json.Delim:
		return w.container(v, loc)
	case string:
		if w.targets[loc] {
			w.hit[loc] = true
			v = Redacted
		}
		w.out = mcp.AppendJSONString(w.out, v)
	case json.Number:
		w.out = append(w.out, v...)
	case bool:
		w.out = strconv.AppendBool(w.out, v)
	case nil:
		w.out = append(w.out, "null"...)
	default:
		return fmt.Errorf("unexpected token %T", tok)
	}
	return nil
}

func (w *redactor) container(open json.Delim, loc string) error {
	w.out = append(w.out, byte(open))
	for i := 0; w.dec.More(); i++ {
		if i > 0 {
			w.out = append(w.out, ',')
		}
		var child string
		if open == '{' {
			tok, err := w.dec.Token()
			if err != nil {
				return err
			}
			key, _ := tok.(string)
			w.out = append(mcp.AppendJSONString(w.out, key), ':')
			child = key
			if loc != "" {
				child = loc + "." + key
			}
		} else {
			child = loc + "[" + strconv.Itoa(i) + "]"
		}
		if err := w.value(child); err != nil {
			return err
		}
	}
	if _, err := w.dec.Token(); err != nil { // the closing delimiter
		return err
	}
	w.out = append(w.out, byte(open)+2) // '{'+2 is '}', '['+2 is ']'
	return nil
}
