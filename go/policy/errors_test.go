package policy

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// errClasses names every typed error that err matches, in a fixed order, joined
// by "+" ("" for none): a test compares it with one string to check that an error
// is exactly the one it expects and no other.
func errClasses(err error) string {
	var ce *CompileError
	var ee *EvalError
	var names []string
	for _, c := range []struct {
		name  string
		match bool
	}{
		{"network_disabled", errors.Is(err, ErrNetworkDisabled)},
		{"compile", errors.As(err, &ce)},
		{"eval", errors.As(err, &ee)},
		{"timeout", errors.Is(err, ErrTimeout)},
		{"canceled", errors.Is(err, ErrCanceled)},
		{"not_found", errors.Is(err, ErrNotFound)},
		{"invalid_input", errors.Is(err, ErrInvalidInput)},
	} {
		if c.match {
			names = append(names, c.name)
		}
	}
	return strings.Join(names, "+")
}

// Every typed error matches its own errors.Is/As test and no other; a
// network-disabled compile error is both a *CompileError and ErrNetworkDisabled.
func TestTypedErrors(t *testing.T) {
	for err, want := range map[error]string{
		ErrTimeout:                      "timeout",
		fmt.Errorf("x: %w", ErrTimeout): "timeout",
		ErrCanceled:                     "canceled",
		ErrNotFound:                     "not_found",
		ErrInvalidInput:                 "invalid_input",
		invalidInput("bad %d", 1):       "invalid_input",
		&CompileError{}:                 "compile",
		&CompileError{network: true}:    "network_disabled+compile",
		&EvalError{Message: "m"}:        "eval",
		errors.New("other"):             "",
	} {
		if got := errClasses(err); got != want {
			t.Errorf("errClasses(%v) = %q, want %q", err, got, want)
		}
	}
	if got := errClasses(nil); got != "" {
		t.Errorf("errClasses(nil) = %q", got)
	}
}

// A compile error carries its source locations, an evaluation error OPA's code.
func TestErrorDetails(t *testing.T) {
	e := newEngine(t)
	err := e.LoadPolicy("bad.rego", "package p\n\nv := \n")
	var ce *CompileError
	if !errors.As(err, &ce) || errClasses(err) != "compile" || err.Error() == "" {
		t.Fatalf("compile: %v", err)
	}
	if len(ce.Errors) == 0 || ce.Errors[0].File != "bad.rego" || ce.Errors[0].Row < 3 || ce.Errors[0].Message == "" {
		t.Fatalf("compile locations: %+v", ce.Errors)
	}
	mustLoad(t, e, "c", "package c\nv := 1 if input.a\nv := 2 if input.a\n")
	_, err = e.Evaluate(context.Background(), "data.c.v", []byte(`{"a":true}`))
	var ee *EvalError
	if !errors.As(err, &ee) || errClasses(err) != "eval" || ee.Code != "eval_conflict_error" || ee.Message == "" {
		t.Fatalf("conflict: %v", err)
	}
}
