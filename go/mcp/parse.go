package mcp

import (
	"encoding/json"
	"math"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Summary is the result of parsing one message or a batch. It refers to the parsed input
// (the Spans of its messages are ranges of it): keep that input unmodified while using it.
type Summary struct {
	Batch    bool      `json:"batch"`
	Messages []Message `json:"messages"`
	// LongInts: the input holds an integer literal longer than 18 characters, which a decoder
	// into int64 or float64 may not represent (shorter ones always fit an int64).
	LongInts bool `json:"-"`
	// ASCII: the input is pure ASCII, so byte offsets are also character offsets.
	ASCII bool `json:"-"`
	input []byte
	one   [1]Message // Messages of a single message (one allocation for both)
}

// Raw returns the bytes of span sp of the parsed input (nil for the zero Span): a sub-slice,
// not a copy.
func (s *Summary) Raw(sp Span) json.RawMessage {
	if sp.End == 0 {
		return nil
	}
	return s.input[sp.Start:sp.End:sp.End]
}

// Span is the byte range [Start, End) of a JSON value in the parsed input: the value exactly
// as the sender wrote it (validated, not re-serialised). The zero Span means absent. For the
// canonical form, pass Summary.Raw(span) to Parser.Canonicalize.
type Span struct{ Start, End int }

// Message kinds.
const (
	KindRequest      = "request"
	KindNotification = "notification"
	KindResult       = "result"
	KindError        = "error"
	KindInvalid      = "invalid" // a rejected element of a batch
)

// Message is the summary of one message. Params, Arguments, Meta and Result are spans of the
// input (Summary.Raw gives their bytes), found without building a tree or copying.
type Message struct {
	Kind          string          `json:"kind"`
	ID            json.RawMessage `json:"id"`             // canonical JSON of the id, nil for none/null
	Method        *string         `json:"method"`         // requests and notifications
	ToolName      *string         `json:"tool_name"`      // tools/call: params.name
	ProgressToken json.RawMessage `json:"progress_token"` // params._meta.progressToken when a valid id
	// ProtocolVersion is the revision a request or notification claims: params._meta's
	// "io.modelcontextprotocol/protocolVersion", else initialize's params.protocolVersion,
	// when a non-empty string (any string: a revision unknown here is reported as well).
	// Empty when the message does not say.
	ProtocolVersion string `json:"protocol_version"`
	Params          Span   `json:"-"`
	Arguments       Span   `json:"-"` // params.arguments, any method
	Meta            Span   `json:"-"` // params._meta, or result._meta for results
	Result          Span   `json:"-"`
	// Error is *ResponseError for error responses, *InvalidError for invalid batch elements.
	Error any `json:"error"`
}

// ResponseError is the error object of an error response.
type ResponseError struct {
	Code    int64  `json:"code"`
	Message string `json:"message"`
	Data    Span   `json:"-"` // error.data as written
}

// InvalidError is why a batch element was rejected (Err holds the full *Error).
type InvalidError struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data"`
	Err     *Error          `json:"-"`
}

// load runs the whole-input passes in the specified order and returns the scanned doc
// with nodes down to tapeDepth (math.MaxInt: all; messageTapeDepth: as deep as Parse reads).
func (p *Parser) load(data []byte, tapeDepth int) (*doc, *Error) {
	if len(data) > p.cfg.maxBytes {
		return nil, invalid("message too large", nil).withLimit(p.cfg.maxBytes)
	}
	ascii := isASCII(data) // common, and then valid UTF-8 without utf8.Valid
	if !ascii && !utf8.Valid(data) {
		return nil, newError(CodeParseError, "invalid UTF-8", nil)
	}
	d := getDoc(data, p.cfg.maxDepth)
	d.ascii = ascii
	if d.tapeDepth = tapeDepth; tapeDepth < math.MaxInt {
		d.batchLimit = p.cfg.maxBatch
		if q := d.skipWS(0); q < len(data) && data[q] == '[' {
			d.tapeDepth++ // a batch puts each message one level deeper
		}
	}
	var e *Error
	switch err := d.scan(); {
	case err == errDepth:
		e = invalid("nesting too deep", nil).withLimit(p.cfg.maxDepth)
	case err != nil:
		// Depth outranks grammar; on broken JSON depth is defined lexically.
		if lexicalDepthExceeds(data, p.cfg.maxDepth) {
			e = invalid("nesting too deep", nil).withLimit(p.cfg.maxDepth)
		} else {
			e = newError(CodeParseError, grammarReason(data), nil)
		}
	case d.loneSurrogate:
		e = newError(CodeParseError, "lone surrogate escape", nil)
	case d.duplicate:
		e = invalid("duplicate key", d.topLevelID())
	}
	if e != nil {
		putDoc(d)
		return nil, e
	}
	return d, nil
}

// messageTapeDepth: the deepest tape reads of a message are the members of objects at depth 4:
// params.context.arguments (completion/complete), params._meta.<clientInfo> (2026-07-28).
const messageTapeDepth = 5

// topLevelID recovers the id of a top-level object holding exactly one valid "id" member.
func (d *doc) topLevelID() []byte {
	if d.kind(0) != kObject {
		return nil
	}
	found := -1
	for k := 1; k < int(d.tape[0].next); k = int(d.tape[k+1].next) {
		if d.strEquals(k, "id") {
			if found >= 0 {
				return nil
			}
			found = k + 1
		}
	}
	return d.idJSON(found)
}

// Parse parses and validates one message or a batch. Any failure of a single message, and
// any whole-input failure of a batch, is returned as *Error; a bad element of a batch becomes
// a Message of kind "invalid" (JSON-RPC answers each with its own error response).
func (p *Parser) Parse(data []byte) (*Summary, error) {
	s, e := p.parse(data, messageTapeDepth, nil)
	if e != nil {
		return nil, e
	}
	return s, nil
}

// parse is Parse; with args set, a single message's canonical params.arguments (when present)
// are appended to *args while its scan is at hand (arguments.go).
func (p *Parser) parse(data []byte, tapeDepth int, args *[]byte) (*Summary, *Error) {
	if p.batchTooLarge(data) {
		return nil, invalid("batch too large in bytes", nil).withLimit(p.cfg.maxBatchBytes)
	}
	d, e := p.load(data, tapeDepth)
	if e != nil {
		return nil, e
	}
	defer putDoc(d)
	if d.kind(0) != kArray {
		m, e := d.message(0, p.cfg.strict)
		if e != nil {
			return nil, e
		}
		if args != nil && m.Arguments.End != 0 {
			if *args, e = p.appendArguments(*args, d, m.Arguments); e != nil {
				return nil, e
			}
		}
		s := &Summary{LongInts: d.longInt, ASCII: d.ascii, input: data}
		s.one[0] = m
		s.Messages = s.one[:]
		return s, nil
	}
	n := int(d.tape[0].n)
	if n == 0 {
		return nil, invalid("empty batch", nil)
	}
	if n > p.cfg.maxBatch {
		return nil, invalid("batch too large", nil).withLimit(p.cfg.maxBatch)
	}
	s := &Summary{Batch: true, Messages: make([]Message, 0, n), LongInts: d.longInt, ASCII: d.ascii, input: data}
	for c := 1; c < int(d.tape[0].next); c = int(d.tape[c].next) {
		m, e := d.message(c, p.cfg.strict)
		if e != nil {
			m = Message{Kind: KindInvalid, ID: e.ID, Error: &InvalidError{
				Code: e.Code, Message: e.Message, Data: e.appendData(nil), Err: e,
			}}
		}
		s.Messages = append(s.Messages, m)
	}
	return s, nil
}

// batchTooLarge reports a batch over maxBatchBytes, refused before any scanning: after the size
// check (which load makes first), before the UTF-8 check. It only looks at the first byte that is
// not whitespace: '[' is a batch, whatever follows.
func (p *Parser) batchTooLarge(data []byte) bool {
	if len(data) <= p.cfg.maxBatchBytes || len(data) > p.cfg.maxBytes {
		return false
	}
	for _, c := range data {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return c == '['
		}
	}
	return false
}

// span returns the input range of node i, or the zero Span for i < 0.
func (d *doc) span(i int) Span {
	if i < 0 {
		return Span{}
	}
	t := &d.tape[i]
	return Span{int(t.start), int(t.end)}
}

// message validates message node m and builds its summary.
func (d *doc) message(m int, strict bool) (Message, *Error) {
	if d.kind(m) != kObject {
		return Message{}, invalid("message must be an object", nil)
	}
	kind, rid, en, e := d.envelope(m, strict)
	if e != nil {
		return Message{}, e
	}
	out := Message{Kind: kind, ID: rid}
	switch kind {
	case KindRequest, KindNotification:
		method := d.strValue(en.method) // aliases the input: copied below, with the tool name
		params := en.params
		meta := -1
		if params >= 0 {
			meta = d.member(params, "_meta")
		}
		var version string // aliases the input: copied below
		if claim := d.claimedRevision(method, params, meta); claim >= 0 {
			version = d.strValue(claim)
		}
		if k, ok := methods[method]; ok {
			rev := revisionOf(version)
			if strict && rev != 0 && k.revs&rev == 0 {
				return Message{}, newError(CodeMethodNotFound, "method not in protocol revision", rid).
					withMethod(strings.Clone(method))
			}
			if e := d.checkParams(k.schemaFor(rev), params, rid); e != nil {
				return Message{}, e
			}
		} else if strict {
			return Message{}, newError(CodeMethodNotFound, "unknown method", rid).withMethod(strings.Clone(method))
		}
		tool := -1
		if params >= 0 {
			out.Params, out.Arguments, out.Meta = d.span(params), d.span(d.member(params, "arguments")), d.span(meta)
			if meta >= 0 && d.kind(meta) == kObject {
				out.ProgressToken = d.idJSON(d.member(meta, "progressToken"))
			}
			if method == "tools/call" {
				if name := d.member(params, "name"); name >= 0 && d.kind(name) == kString {
					tool = name
				}
			}
		}
		// One allocation for the three strings and one for the pointers to two of them.
		var toolName string
		if tool >= 0 {
			toolName = d.strValue(tool)
		}
		buf := make([]byte, 0, len(method)+len(toolName)+len(version))
		buf = append(append(append(buf, method...), toolName...), version...)
		owned := unsafe.String(unsafe.SliceData(buf), len(buf)) // buf is not used after this
		strs := &[2]string{owned[:len(method)], owned[len(method) : len(method)+len(toolName)]}
		out.Method = &strs[0]
		if tool >= 0 {
			out.ToolName = &strs[1]
		}
		out.ProtocolVersion = owned[len(method)+len(toolName):]
	case KindResult:
		result := en.result
		out.Result, out.Meta = d.span(result), d.span(d.member(result, "_meta"))
	case KindError:
		errv := en.errv
		code, _ := d.asInt(d.member(errv, "code"))
		out.Error = &ResponseError{
			Code:    code,
			Message: d.strOwned(d.member(errv, "message")),
			Data:    d.span(d.member(errv, "data")),
		}
	}
	return out, nil
}
