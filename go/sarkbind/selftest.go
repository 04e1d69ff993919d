package sarkbind

import (
	"errors"
	"runtime"
	"time"
)

// GoVersion returns the version of the Go toolchain that built the extension.
func GoVersion() (v string, err error) {
	defer guard(&err)
	return runtime.Version(), nil
}

// HandleCount returns how many handles (caches, engines ...) are open: tests use it to find leaks.
func HandleCount() (n int, err error) {
	defer guard(&err)
	return caches.len() + parsers.len() + policies.len() + detectors.len(), nil
}

// SelfTestPanic panics on purpose, to prove that guard turns a panic into an exception.
func SelfTestPanic(message string) (n int, err error) {
	defer guard(&err)
	panic(message)
}

var rendezvous = make(chan struct{})

// SelfTestRendezvous returns true once another caller is inside SelfTestRendezvous at the
// same time. Two Python threads can only meet here if the GIL is released during Go calls;
// if it were held, the first caller would wait alone until its timeout.
func SelfTestRendezvous(timeoutMs int) (met bool, err error) {
	defer guard(&err)
	timer := time.NewTimer(time.Duration(timeoutMs) * time.Millisecond)
	defer timer.Stop()
	select {
	case rendezvous <- struct{}{}:
		return true, nil
	case <-rendezvous:
		return true, nil
	case <-timer.C:
		return false, &kindError{kind: kindTimeout, err: errors.New("no other thread arrived")}
	}
}
