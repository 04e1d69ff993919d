package gateway

import (
	"encoding/json"
	"errors"

	"github.com/sark-accel/sark-accel/go/mcp"
)

// Reasons of the parse stage.
const (
	reasonBatch          = "invalid_message: batches are authorized one message at a time"
	reasonInvalidContext = "invalid_request: context must be a JSON object"
)

// parse validates the message, decides whether it needs authorization, and reads the tool
// name, the arguments and the request's context.
func (p *pipeline) parse() (bool, error) {
	g := p.g
	sum, err := p.parseMessage()
	if err != nil {
		var me *mcp.Error
		if !errors.As(err, &me) {
			return false, err
		}
		p.d.ID = me.ID
		p.d.Allow, p.d.Stage = false, StageParse
		p.d.Reasons = []string{"invalid_message: " + me.Data.Reason}
		p.d.ErrorResponse = me.Response()
		return true, nil
	}
	if sum.Batch {
		p.d.deny(StageParse, []string{reasonBatch})
		return true, nil
	}
	msg := &sum.Messages[0]
	p.sum, p.msg, p.d.ID = sum, msg, msg.ID
	if msg.Method != nil {
		p.d.Method = *msg.Method
	}
	if msg.Method == nil || !g.cfg.require[*msg.Method] {
		p.d.Allow, p.d.Stage = true, StageNotRequired
		return true, nil
	}
	if p.d.Tool, err = p.toolName(); err != nil {
		return false, err
	}
	p.sensitivity = g.cfg.sensitivity[p.d.Tool]
	p.arguments = sum.Raw(msg.Arguments)
	if p.arguments == nil {
		p.arguments = []byte("{}")
	}
	p.context = []byte("{}")
	if len(p.req.Context) > 0 {
		canon, err := g.cfg.parser.Canonicalize(p.req.Context)
		if err != nil || canon[0] != '{' {
			p.d.deny(StageParse, []string{reasonInvalidContext})
			return true, nil
		}
		p.context = canon
	}
	t := p.req.Time
	if t.IsZero() {
		t = g.cfg.clock()
	}
	p.nowNs = t.UnixNano()
	return false, nil
}

// parseMessage parses the message; with a decision cache, its canonical arguments (the
// cache key's) come from the same scan, into a recycled buffer (decisioncache.go).
func (p *pipeline) parseMessage() (*mcp.Summary, error) {
	if p.g.cfg.cache == nil {
		return p.g.cfg.parser.Parse(p.req.Message)
	}
	p.canonArgs = argsBuffers.Get().(*[]byte)
	sum, args, err := p.g.cfg.parser.ParseWithArguments(p.req.Message, (*p.canonArgs)[:0])
	*p.canonArgs = args
	return sum, err
}

// toolName is what the call names: params.name of tools/call (and of any method but
// resources/read, when it is a string), params.uri of resources/read.
func (p *pipeline) toolName() (string, error) {
	if p.msg.ToolName != nil {
		return *p.msg.ToolName, nil
	}
	member := "name"
	if *p.msg.Method == "resources/read" {
		member = "uri"
	}
	params := p.sum.Raw(p.msg.Params)
	if params == nil {
		return "", nil
	}
	raw, ok, err := p.g.cfg.parser.GetPath(params, member)
	if err != nil || !ok || raw[0] != '"' {
		return "", err
	}
	var name string
	err = json.Unmarshal(raw, &name)
	return name, err
}
