package policy

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors, matched with errors.Is.
var (
	// ErrTimeout: the evaluation ran past the engine timeout or the caller's deadline.
	ErrTimeout = errors.New("policy evaluation timed out")
	// ErrCanceled: the caller's context was canceled before the evaluation finished.
	ErrCanceled = errors.New("policy evaluation canceled")
	// ErrNotFound: a policy, bundle or data path that is not loaded.
	ErrNotFound = errors.New("not found")
	// ErrInvalidInput: input or data that is not valid JSON, too large, or of the wrong shape.
	ErrInvalidInput = errors.New("invalid input")
	// ErrNetworkDisabled: a policy or query calls a network builtin (http.send,
	// net.lookup_ip_addr) while network access is off. It is always wrapped in a
	// *CompileError, because the builtins are removed from the compile-time capabilities.
	ErrNetworkDisabled = errors.New("network builtins are disabled")
)

// Location of a problem in a Rego source. Row and Col start at 1; 0 means unknown.
type Location struct {
	File    string `json:"file"`
	Row     int    `json:"row"`
	Col     int    `json:"col"`
	Message string `json:"message"`
}

func (l Location) String() string {
	if l.File == "" && l.Row == 0 {
		return l.Message
	}
	return fmt.Sprintf("%s:%d:%d: %s", l.File, l.Row, l.Col, l.Message)
}

// CompileError reports why a policy set, a bundle or a query did not compile.
// The engine keeps serving the previous policy set when it is returned by a change.
type CompileError struct {
	Errors []Location
	// network is set when one of the errors comes from a disabled network builtin.
	network bool
}

func (e *CompileError) Error() string {
	var b strings.Builder
	b.WriteString("compile failed")
	for i, l := range e.Errors {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(l.String())
	}
	return b.String()
}

// Unwrap lets errors.Is(err, ErrNetworkDisabled) see through a compile error.
func (e *CompileError) Unwrap() error {
	if e.network {
		return ErrNetworkDisabled
	}
	return nil
}

// EvalError reports an error raised while evaluating: conflicting rule outputs,
// builtin errors (with WithStrictBuiltinErrors), a query with several results.
type EvalError struct {
	Code     string // OPA error code, e.g. "eval_conflict_error", "eval_builtin_error"
	Message  string
	Location *Location // nil when unknown
}

func (e *EvalError) Error() string {
	var b strings.Builder
	b.WriteString("evaluation failed: ")
	if e.Location != nil && e.Location.File != "" {
		fmt.Fprintf(&b, "%s:%d:%d: ", e.Location.File, e.Location.Row, e.Location.Col)
	}
	if e.Code != "" {
		b.WriteString(e.Code)
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

func invalidInput(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidInput, fmt.Sprintf(format, args...))
}

// recoverInternal turns a panic into an error that matches no sentinel or type
// (the binding reports it as internal).
func recoverInternal(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("policy: internal error: %v", r)
	}
}
