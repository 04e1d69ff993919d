package gateway

import (
	"errors"
	"fmt"
)

// StageError is an internal failure of a stage (an engine error or a recovered panic); the
// request is denied with reason "error:<stage>" and the error kept in Decision.Err.
type StageError struct {
	Stage Stage
	Err   error
}

func (e *StageError) Error() string { return fmt.Sprintf("gateway: %s: %v", e.Stage, e.Err) }

func (e *StageError) Unwrap() error { return e.Err }

// panicError is a panic recovered inside a stage.
type panicError struct{ value any }

func (e panicError) Error() string { return fmt.Sprintf("panic: %v", e.value) }

// errUndecided: the pipeline ended without a stage deciding.
var errUndecided = errors.New("no stage decided")
