package sarkbind

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
)

// kindError is an error already carrying its kind.
type kindError struct {
	kind string
	err  error
}

func (e *kindError) Error() string { return "sark:" + e.kind + ":" + e.err.Error() }
func (e *kindError) Unwrap() error { return e.err }

// withKind tags err with kind, unless it is nil or already tagged.
func withKind(kind string, err error) error {
	if err == nil { // before ke, which escapes: every successful call allocated it
		return nil
	}
	var ke *kindError
	if errors.As(err, &ke) {
		return err
	}
	return &kindError{kind: kind, err: err}
}

func invalidf(format string, args ...any) error {
	return &kindError{kind: kindInvalidArgument, err: fmt.Errorf(format, args...)}
}

// guard turns a panic into an error of kind "panic" with the first frames of the stack,
// and tags untagged errors as "internal": every error that reaches Python carries a kind.
// Use it as `defer guard(&err)` in every exported function.
func guard(err *error) {
	if r := recover(); r != nil {
		frames := strings.SplitN(string(debug.Stack()), "\n", 16)
		stack := strings.Join(frames[:len(frames)-1], "\n")
		*err = &kindError{kind: kindPanic, err: fmt.Errorf("go panic: %v\n%s", r, stack)}
		return
	}
	*err = withKind(kindInternal, *err)
}
