package gilhook

import (
	"testing"
	"unsafe"
)

// The hooks are called in pairs, with the state save returned, and only when asked to.
func TestReleasePairsSaveAndRestore(t *testing.T) {
	t.Cleanup(func() { installed.Store(nil) })
	if Installed() {
		t.Fatal("hooks installed before Install")
	}
	Release()() // no hooks: nothing happens, nothing panics

	var state int
	saves, restores := 0, 0
	Install(func() unsafe.Pointer { saves++; return unsafe.Pointer(&state) },
		func(p unsafe.Pointer) {
			if p != unsafe.Pointer(&state) {
				t.Error("restore got another state than save returned")
			}
			restores++
		})
	if !Installed() {
		t.Fatal("Installed() is false after Install")
	}
	reacquire := Release()
	if saves != 1 || restores != 0 {
		t.Fatalf("after Release: saves=%d restores=%d, want 1 0", saves, restores)
	}
	reacquire()
	ReleaseIf(false)()
	if saves != 1 || restores != 1 {
		t.Fatalf("after reacquire and ReleaseIf(false): saves=%d restores=%d, want 1 1", saves, restores)
	}
	ReleaseIf(true)()
	if saves != 2 || restores != 2 {
		t.Fatalf("after ReleaseIf(true): saves=%d restores=%d, want 2 2", saves, restores)
	}
}
