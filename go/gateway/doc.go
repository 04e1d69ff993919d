// Package gateway composes sark-accel's engines into one authorization decision for an MCP
// message: parse (go/mcp), authenticate (go/authn), scan for prompt injection (go/injection),
// check for anomalous behaviour (go/anomaly), look up the decision cache (go/cache) and ask the
// policy (go/policy), in that order.
package gateway
