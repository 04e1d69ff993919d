// Package mcp parses and validates MCP (Model Context Protocol) and JSON-RPC 2.0 messages for
// a security gateway.
//
// Revisions: every one the pinned MCP SDK (mcp-types 2.3.0) speaks, ProtocolVersions:
// 2024-11-05, 2025-03-26, 2025-06-18 and 2025-11-25 (the initialize handshake) and 2026-07-28
// (every request carries the envelope in params._meta: MetaProtocolVersion, the client's
// capabilities and info). Message.ProtocolVersion is the revision a message claims: that _meta
// key, else initialize's params.protocolVersion, when a non-empty string; empty when the message
// does not say. Params are validated as the claimed revision has them; a message that claims
// none as the handshake revisions have it (as 2026-07-28 for a method only it has). Strict mode
// refuses a method no revision defines and a method the claimed revision lacks (-32601).
// tests/data/mcp/revisions.jsonl, written from the SDK's models by tools/gen_mcp_revisions.py,
// checks the method table and the params of each revision.
//
// A Parser checks a message or a batch in fixed whole-input passes — size, UTF-8, nesting
// depth, strict RFC 8259 grammar, lone surrogate escapes, duplicate object keys — then the
// JSON-RPC envelope of each message and, for the known MCP methods, their required params.
// It extracts what a gateway needs (kind, id, method, tool name, progress token, and params /
// arguments / _meta / result as spans of the input, the values exactly as sent) from a flat
// index of the input instead of a tree of Go values; canonical re-serialisation
// (Parser.Canonicalize, Parser.GetPath) is a separate call.
//
// Every rejection is an *Error carrying the JSON-RPC code and a ready-to-send error response.
// The behaviour (acceptance, classification, error codes, messages, data and response bytes)
// is specified by the pure-Python reference sark_accel/mcp/_python.py; tests/mcp/README.md
// documents it, and the Go tests replay the shared corpus against the reference's output.
package mcp
