package injection

import (
	"errors"
	"fmt"
	"strconv"
)

// Sentinel errors, for errors.Is.
var (
	// ErrInvalidPattern: a pattern definition or its regex is not acceptable.
	ErrInvalidPattern = errors.New("invalid pattern")
	// ErrPatternNotFound: RemovePattern was given an unknown id.
	ErrPatternNotFound = errors.New("pattern not found")
	// ErrInvalidOption: an option has a bad value or type.
	ErrInvalidOption = errors.New("invalid option")
	// ErrInvalidJSON: a document or config is not valid JSON.
	ErrInvalidJSON = errors.New("invalid JSON")
	// ErrInvalidKind: ParseKind was given a name that is no Kind's.
	ErrInvalidKind = errors.New("invalid kind")
)

// PatternError names the pattern that was rejected and why (errors.As).
type PatternError struct {
	ID     string
	Reason string
}

func (e *PatternError) Error() string { return e.ID + ": " + e.Reason }

// Unwrap makes errors.Is(err, ErrInvalidPattern) true.
func (e *PatternError) Unwrap() error { return ErrInvalidPattern }

// NotFoundError names the pattern id that RemovePattern did not find.
type NotFoundError struct{ ID string }

func (e *NotFoundError) Error() string { return e.ID + ": no such pattern" }

// Unwrap makes errors.Is(err, ErrPatternNotFound) true.
func (e *NotFoundError) Unwrap() error { return ErrPatternNotFound }

// OptionError names the option that was rejected.
type OptionError struct {
	Name   string
	Reason string
}

func (e *OptionError) Error() string { return e.Name + " " + e.Reason }

// Unwrap makes errors.Is(err, ErrInvalidOption) true.
func (e *OptionError) Unwrap() error { return ErrInvalidOption }

// KindError names the kind ParseKind did not know.
type KindError struct{ Name string }

func (e *KindError) Error() string {
	return "kind " + strconv.Quote(e.Name) + ": not \"\", \"argument\" or \"tool_result\""
}

// Unwrap makes errors.Is(err, ErrInvalidKind) true.
func (e *KindError) Unwrap() error { return ErrInvalidKind }

func jsonError(what string, err error) error {
	return fmt.Errorf("%w: %s: %v", ErrInvalidJSON, what, err)
}
