package redistier

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalidOption is returned by New for a bad option or Redis URL.
var ErrInvalidOption = errors.New("invalid redis tier option")

// ErrInvalidRevision is returned for a revision holding NUL or longer than MaxRevisionLen.
var ErrInvalidRevision = errors.New("invalid policy revision")

// MaxRevisionLen bounds a revision (a bundle revision or a hash is far shorter).
const MaxRevisionLen = 1024

func checkRevision(rev string) error {
	if len(rev) > MaxRevisionLen || strings.IndexByte(rev, 0) >= 0 {
		return fmt.Errorf("%w: NUL or longer than %d bytes", ErrInvalidRevision, MaxRevisionLen)
	}
	return nil
}
