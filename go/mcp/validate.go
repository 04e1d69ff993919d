package mcp

import (
	"strconv"
)

// member returns the value node of key in object node o, or -1.
func (d *doc) member(o int, key string) int {
	end := int(d.tape[o].next)
	for k := o + 1; k < end; k = int(d.tape[k+1].next) {
		if d.strEquals(k, key) {
			return k + 1
		}
	}
	return -1
}

func (d *doc) kind(i int) uint8 { return d.tape[i].kind }

// asInt parses an integer literal node in int64 range. 1.0, 1e3, true and 2^63 are not integers.
func (d *doc) asInt(i int) (int64, bool) {
	t := &d.tape[i]
	if t.kind != kNumber || t.flags&fInteger == 0 || t.end-t.start > 20 {
		return 0, false
	}
	n, err := strconv.ParseInt(string(d.raw(i)), 10, 64)
	return n, err == nil
}

// idJSON returns the canonical JSON of a valid id node (string or int64 integer), else nil.
func (d *doc) idJSON(i int) []byte {
	if i < 0 {
		return nil
	}
	switch d.kind(i) {
	case kString:
		return d.appendCanon(nil, i)
	case kNumber:
		if n, ok := d.asInt(i); ok {
			return strconv.AppendInt(nil, n, 10)
		}
	}
	return nil
}

func (d *doc) typeOK(i int, typ fieldType) bool {
	switch typ {
	case tAny:
		return true
	case tString:
		return d.kind(i) == kString
	case tObject:
		return d.kind(i) == kObject
	case tInteger:
		_, ok := d.asInt(i)
		return ok
	case tNumber:
		return d.kind(i) == kNumber
	case tID:
		if d.kind(i) == kString {
			return true
		}
		_, ok := d.asInt(i)
		return ok
	case tLevel:
		return d.kind(i) == kString && logLevels[d.strValue(i)]
	case tStringMap:
		if d.kind(i) != kObject {
			return false
		}
		for k := i + 1; k < int(d.tape[i].next); k = int(d.tape[k+1].next) {
			if d.kind(k+1) != kString {
				return false
			}
		}
		return true
	case tObjectArray:
		if d.kind(i) != kArray {
			return false
		}
		for c := i + 1; c < int(d.tape[i].next); c = int(d.tape[c].next) {
			if d.kind(c) != kObject {
				return false
			}
		}
		return true
	}
	return false
}

func invalid(reason string, id []byte) *Error { return newError(CodeInvalidRequest, reason, id) }

var envelopeMembers = map[string][]string{
	"request":      {"jsonrpc", "id", "method", "params"},
	"notification": {"jsonrpc", "method", "params"},
	"result":       {"jsonrpc", "id", "result"},
	"error":        {"jsonrpc", "id", "error"},
}

// envelopeNodes are the value nodes of the envelope members of a message object (-1: absent).
type envelopeNodes struct{ id, jsonrpc, method, params, result, errv int }

// envelopeNodes finds the envelope members of message object m in one pass over its keys.
func (d *doc) envelopeNodes(m int) envelopeNodes {
	e := envelopeNodes{-1, -1, -1, -1, -1, -1}
	for k := m + 1; k < int(d.tape[m].next); k = int(d.tape[k+1].next) {
		switch d.strValue(k) { // no copy for keys without escapes
		case "id":
			e.id = k + 1
		case "jsonrpc":
			e.jsonrpc = k + 1
		case "method":
			e.method = k + 1
		case "params":
			e.params = k + 1
		case "result":
			e.result = k + 1
		case "error":
			e.errv = k + 1
		}
	}
	return e
}

// envelope validates the JSON-RPC envelope of message object m and returns its kind, its id
// (canonical JSON, nil for none) and its envelope members. The order of the checks is part
// of the specification (the Python reference has the same order).
func (d *doc) envelope(m int, strict bool) (string, []byte, envelopeNodes, *Error) {
	en := d.envelopeNodes(m)
	idNode := en.id
	rid := d.idJSON(idNode)
	fail := func(e *Error) (string, []byte, envelopeNodes, *Error) { return "", nil, en, e }
	jv := en.jsonrpc
	if jv < 0 {
		return fail(invalid("jsonrpc is required", rid))
	}
	if d.kind(jv) != kString || !d.strEquals(jv, "2.0") {
		return fail(invalid(`jsonrpc must be "2.0"`, rid))
	}
	method, result, errv := en.method, en.result, en.errv
	var kind string
	switch {
	case method >= 0:
		if result >= 0 || errv >= 0 {
			return fail(invalid("a request must not have result or error", rid))
		}
		if d.kind(method) != kString {
			return fail(invalid("method must be a string", rid))
		}
		kind = "notification"
		if idNode >= 0 {
			if rid == nil {
				return fail(invalid("id must be a string or an integer", nil))
			}
			kind = "request"
		}
		if p := en.params; p >= 0 && d.kind(p) != kObject {
			return fail(invalid("params must be an object", rid))
		}
	case result >= 0 || errv >= 0:
		if result >= 0 && errv >= 0 {
			return fail(invalid("a response must not have both result and error", rid))
		}
		if idNode < 0 {
			return fail(invalid("id is required", nil))
		}
		if result >= 0 {
			if rid == nil {
				return fail(invalid("id must be a string or an integer", nil))
			}
			if d.kind(result) != kObject {
				return fail(invalid("result must be an object", rid))
			}
			kind = "result"
			break
		}
		if rid == nil && d.kind(idNode) != kNull {
			return fail(invalid("id must be a string, an integer or null", nil))
		}
		if d.kind(errv) != kObject {
			return fail(invalid("error must be an object", rid))
		}
		code := d.member(errv, "code")
		if code < 0 {
			return fail(invalid("error.code is required", rid))
		}
		if _, ok := d.asInt(code); !ok {
			return fail(invalid("error.code must be an integer", rid))
		}
		msg := d.member(errv, "message")
		if msg < 0 {
			return fail(invalid("error.message is required", rid))
		}
		if d.kind(msg) != kString {
			return fail(invalid("error.message must be a string", rid))
		}
		kind = "error"
	default:
		return fail(invalid("message must have method, result or error", rid))
	}
	if strict {
		allowed := envelopeMembers[kind]
		for k := m + 1; k < int(d.tape[m].next); k = int(d.tape[k+1].next) {
			ok := false
			for _, a := range allowed {
				if d.strEquals(k, a) {
					ok = true
					break
				}
			}
			if !ok {
				return fail(invalid("unexpected member", rid).withMember(d.strOwned(k)))
			}
		}
	}
	return kind, rid, en, nil
}

// claimedRevision returns the node of the revision a message claims (see
// Message.ProtocolVersion), or -1. meta is the params._meta node, or -1.
func (d *doc) claimedRevision(method string, params, meta int) int {
	if meta >= 0 && d.kind(meta) == kObject {
		if v := d.member(meta, MetaProtocolVersion); v >= 0 && d.kind(v) == kString && d.tape[v].end-d.tape[v].start > 2 {
			return v
		}
	}
	if method == "initialize" && params >= 0 {
		if v := d.member(params, "protocolVersion"); v >= 0 && d.kind(v) == kString && d.tape[v].end-d.tape[v].start > 2 {
			return v
		}
	}
	return -1
}

// checkParams validates the params (node index or -1) of a known method.
func (d *doc) checkParams(s *schema, params int, rid []byte) *Error {
	if s.urlMode != nil && params >= 0 {
		if mode := d.member(params, "mode"); mode >= 0 && d.kind(mode) == kString && d.strEquals(mode, "url") {
			s = s.urlMode
		}
	}
	if params < 0 {
		if s.needsParams {
			return newError(CodeInvalidParams, "params is required", rid)
		}
		return nil
	}
	for i := range s.fields {
		fl := &s.fields[i]
		parent := params
		for _, seg := range fl.path[:len(fl.path)-1] {
			if parent = d.member(parent, seg); parent < 0 || d.kind(parent) != kObject {
				parent = -1
				break
			}
		}
		if parent < 0 {
			continue
		}
		v := d.member(parent, fl.path[len(fl.path)-1])
		if v < 0 {
			if fl.required {
				return newError(CodeInvalidParams, fl.name+" is required", rid)
			}
			continue
		}
		if !d.typeOK(v, fl.typ) {
			return newError(CodeInvalidParams, fl.name+" must be "+typeDesc[fl.typ], rid)
		}
	}
	return nil
}
