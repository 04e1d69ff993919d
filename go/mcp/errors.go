package mcp

import (
	"errors"
	"strconv"
)

// JSON-RPC 2.0 error codes used by the parser.
const (
	CodeParseError     = -32700
	CodeInvalidRequest = -32600
	CodeMethodNotFound = -32601
	CodeInvalidParams  = -32602
)

// Sentinels for errors.Is: an *Error matches the sentinel of its code.
var (
	ErrParse          = errors.New("mcp: parse error")
	ErrInvalidRequest = errors.New("mcp: invalid request")
	ErrMethodNotFound = errors.New("mcp: method not found")
	ErrInvalidParams  = errors.New("mcp: invalid params")
	// ErrInvalidOption is returned by NewParser for out-of-range options.
	ErrInvalidOption = errors.New("mcp: invalid option")
)

var standardMessages = map[int]string{
	CodeParseError:     "Parse error",
	CodeInvalidRequest: "Invalid Request",
	CodeMethodNotFound: "Method not found",
	CodeInvalidParams:  "Invalid params",
}

// ErrorData is the "data" member of the error responses the parser produces.
type ErrorData struct {
	Reason string  // always set
	Limit  *int    // the configured limit for "message too large", "nesting too deep", "batch too large"
	Method *string // the method for -32601
	Member *string // the member for "unexpected member" (strict mode)
}

// Error is a rejected message: a JSON-RPC error code, its standard message, data and the id
// of the offending message when it could be recovered.
type Error struct {
	Code    int
	Message string
	Data    ErrorData
	// ID is the canonical JSON of the recovered id (a string or an integer), nil for null.
	ID []byte
}

func newError(code int, reason string, id []byte) *Error {
	return &Error{Code: code, Message: standardMessages[code], Data: ErrorData{Reason: reason}, ID: id}
}

func (e *Error) withLimit(n int) *Error     { e.Data.Limit = &n; return e }
func (e *Error) withMethod(m string) *Error { e.Data.Method = &m; return e }
func (e *Error) withMember(m string) *Error { e.Data.Member = &m; return e }

func (e *Error) Error() string {
	return "mcp: " + strconv.Itoa(e.Code) + " " + e.Message + ": " + e.Data.Reason
}

// Is matches the sentinel of the error's code.
func (e *Error) Is(target error) bool {
	switch target {
	case ErrParse:
		return e.Code == CodeParseError
	case ErrInvalidRequest:
		return e.Code == CodeInvalidRequest
	case ErrMethodNotFound:
		return e.Code == CodeMethodNotFound
	case ErrInvalidParams:
		return e.Code == CodeInvalidParams
	}
	return false
}

// appendData appends the canonical JSON of the data object (keys sorted).
func (e *Error) appendData(b []byte) []byte {
	b = append(b, '{')
	if e.Data.Limit != nil {
		b = append(b, `"limit":`...)
		b = strconv.AppendInt(b, int64(*e.Data.Limit), 10)
		b = append(b, ',')
	}
	if e.Data.Member != nil {
		b = append(b, `"member":`...)
		b = appendCanonString(b, *e.Data.Member)
		b = append(b, ',')
	}
	if e.Data.Method != nil {
		b = append(b, `"method":`...)
		b = appendCanonString(b, *e.Data.Method)
		b = append(b, ',')
	}
	b = append(b, `"reason":`...)
	b = appendCanonString(b, e.Data.Reason)
	return append(b, '}')
}

func (e *Error) appendID(b []byte) []byte {
	if e.ID == nil {
		return append(b, "null"...)
	}
	return append(b, e.ID...)
}

// Response returns the ready-to-send JSON-RPC error response (canonical JSON), byte-identical
// to the Python reference's MCPError.to_response().
func (e *Error) Response() []byte {
	b := make([]byte, 0, 128+len(e.Data.Reason))
	b = append(b, `{"error":{"code":`...)
	b = strconv.AppendInt(b, int64(e.Code), 10)
	b = append(b, `,"data":`...)
	b = e.appendData(b)
	b = append(b, `,"message":`...)
	b = appendCanonString(b, e.Message)
	b = append(b, `},"id":`...)
	b = e.appendID(b)
	return append(b, `,"jsonrpc":"2.0"}`...)
}

// JSON returns {"code","data","id","message"} as canonical JSON: the text the binding sends to
// Python as "sark:mcp:<json>".
func (e *Error) JSON() []byte {
	b := make([]byte, 0, 128+len(e.Data.Reason))
	b = append(b, `{"code":`...)
	b = strconv.AppendInt(b, int64(e.Code), 10)
	b = append(b, `,"data":`...)
	b = e.appendData(b)
	b = append(b, `,"id":`...)
	b = e.appendID(b)
	b = append(b, `,"message":`...)
	b = appendCanonString(b, e.Message)
	return append(b, '}')
}
