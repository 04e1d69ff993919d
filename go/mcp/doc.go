// Package mcp parses and validates MCP (Model Context Protocol, revision 2025-06-18) and
// JSON-RPC 2.0 messages for a security gateway.
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
