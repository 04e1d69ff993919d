package gateway

import (
	"strconv"
	"sync"

	"github.com/sark-accel/sark-accel/go/mcp"
)

// userJSON is input.user: {"groups","id","mfa","permissions","roles"}.
func (p *pipeline) userJSON() []byte {
	u := p.principal
	b := make([]byte, 0, 128)
	b = append(b, `{"groups":`...)
	b = appendStrings(b, u.Groups)
	b = append(b, `,"id":`...)
	b = mcp.AppendJSONString(b, u.ID)
	b = append(b, `,"mfa":`...)
	b = strconv.AppendBool(b, u.MFA)
	b = append(b, `,"permissions":`...)
	b = appendStrings(b, u.Permissions)
	b = append(b, `,"roles":`...)
	b = appendStrings(b, u.Roles)
	return append(b, '}')
}

// toolJSON is input.tool: {"name"} plus "sensitivity" when known.
func (p *pipeline) toolJSON() []byte {
	b := make([]byte, 0, 64)
	b = append(b, `{"name":`...)
	b = mcp.AppendJSONString(b, p.d.Tool)
	if p.sensitivity != "" {
		b = append(b, `,"sensitivity":`...)
		b = mcp.AppendJSONString(b, p.sensitivity)
	}
	return append(b, '}')
}

// inputBufs recycles the buffers policyInput writes into: the input is as large as the
// arguments (2 KB in the benchmark), and the engine only reads it during Evaluate (Wasm copies
// it into the instance's memory; topdown, decision logs and the engine's cache copy what they
// keep), so a decision need not leave it behind as garbage.
var inputBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// maxPooledInput: a buffer grown beyond this (huge arguments) is left to the GC, not kept.
const maxPooledInput = 64 << 10

// policyInput writes the policy's input document once, in Go, with sorted keys, into b:
// action, anomaly (when checked), arguments (as sent), context, injection (when scanned),
// method, server, time_ns, tool, user.
func (p *pipeline) policyInput(b, user, tool []byte) []byte {
	b = append(b, `{"action":`...)
	b = mcp.AppendJSONString(b, p.g.cfg.action)
	if p.anomalies != nil {
		b = append(b, `,"anomaly":{"level":`...)
		b = mcp.AppendJSONString(b, p.d.AnomalyLevel.String())
		b = append(b, `,"types":[`...)
		for i, a := range p.anomalies.Anomalies {
			if i > 0 {
				b = append(b, ',')
			}
			b = mcp.AppendJSONString(b, string(a.Type))
		}
		b = append(b, "]}"...)
	}
	b = append(b, `,"arguments":`...)
	b = append(b, p.arguments...)
	b = append(b, `,"context":`...)
	b = append(b, p.context...)
	if p.scan != nil {
		b = append(b, `,"injection":{"decision":`...)
		b = mcp.AppendJSONString(b, p.scan.Decision)
		b = append(b, `,"findings":`...)
		b = appendStrings(b, uniqueIDs(p.scan.Findings))
		b = append(b, `,"risk_score":`...)
		b = strconv.AppendInt(b, int64(p.scan.RiskScore), 10)
		b = append(b, '}')
	}
	b = append(b, `,"method":`...)
	b = mcp.AppendJSONString(b, p.d.Method)
	b = append(b, `,"server":`...)
	b = mcp.AppendJSONString(b, p.req.Server)
	b = append(b, `,"time_ns":`...)
	b = strconv.AppendInt(b, p.nowNs, 10)
	b = append(b, `,"tool":`...)
	b = append(b, tool...)
	b = append(b, `,"user":`...)
	b = append(b, user...)
	return append(b, '}')
}
