package anomaly

import (
	"errors"
	"fmt"
)

// Sentinel errors, for errors.Is.
var (
	// ErrInvalidEvent: an event that breaks a rule of Event's documentation. Nothing changed.
	ErrInvalidEvent = errors.New("anomaly: invalid event")
	// ErrInvalidState: exported state that cannot be imported (corrupt, inconsistent). Nothing changed.
	ErrInvalidState = errors.New("anomaly: invalid state")
	// ErrUnsupportedVersion: exported state of a newer format version. Nothing changed.
	ErrUnsupportedVersion = errors.New("anomaly: unsupported state version")
	// ErrInvalidOption: an option outside its documented range, returned by New and DetectAgainst.
	ErrInvalidOption = errors.New("anomaly: invalid option")
	// ErrCapacity: a principal's window already counts the most events a counter can hold.
	ErrCapacity = errors.New("anomaly: capacity exceeded")
)

// EventError says which field of an event is wrong and why; errors.Is(err, ErrInvalidEvent) holds.
type EventError struct {
	Field  string
	Reason string
}

func (e *EventError) Error() string {
	return fmt.Sprintf("%v: %s: %s", ErrInvalidEvent, e.Field, e.Reason)
}

// Unwrap makes errors.Is(err, ErrInvalidEvent) true.
func (e *EventError) Unwrap() error { return ErrInvalidEvent }

func invalidState(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalidState, fmt.Sprintf(format, args...))
}
