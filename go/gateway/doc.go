// Package gateway composes sark-accel's engines into one authorization decision for an MCP
// message: parse (go/mcp), authenticate (go/authn), scan the arguments for prompt injection
// (go/injection), check the principal's behaviour (go/anomaly), look up the decision cache
// (go/cache) and ask the policy (go/policy), in that order, in one call.
//
// A Gateway holds the caller's own engine objects (a nil one switches its stage off; the
// policy is required), builds the policy input once in Go, and fails closed: an error or a
// panic in any stage denies with reason "error:<stage>". Gateway.Authorize decides one
// request, Gateway.AuthorizeMany a batch in parallel, Gateway.InspectResult scans a tool's
// result for injected instructions and redacts or denies it.
//
// README.md in this directory specifies every stage, the cache key, the policy input, the
// Decision and the error responses precisely enough for the Python pipeline to reproduce.
package gateway
