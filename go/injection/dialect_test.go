package injection

import (
	"strings"
	"testing"
)

// TestGroupDepthBound: groups nest at most maxGroupDepth deep, the bound the Python
// dialect check shares (Python's re raises RecursionError near 1000 levels).
func TestGroupDepthBound(t *testing.T) {
	nested := func(n int) string { return strings.Repeat("(", n) + "a" + strings.Repeat(")", n) }
	if _, err := checkDialect(nested(maxGroupDepth)); err != nil {
		t.Fatalf("%d nested groups refused: %v", maxGroupDepth, err)
	}
	for _, n := range []int{maxGroupDepth + 1, 1000} {
		if _, err := checkDialect(nested(n)); err == nil || !strings.Contains(err.Error(), "nested deeper") {
			t.Fatalf("%d nested groups: err = %v", n, err)
		}
	}
}
