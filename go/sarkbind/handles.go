package sarkbind

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var lastHandle atomic.Int64

// registry maps handles to Go objects of one type. Handles are unique across registries,
// so a cache handle passed to a policy function is reported as closed, never misused.
type registry[T any] struct {
	name  string
	mu    sync.RWMutex
	items map[int64]T
}

func newRegistry[T any](name string) *registry[T] {
	return &registry[T]{name: name, items: make(map[int64]T)}
}

func (r *registry[T]) add(v T) int64 {
	h := lastHandle.Add(1)
	r.mu.Lock()
	r.items[h] = v
	r.mu.Unlock()
	return h
}

func (r *registry[T]) get(h int64) (T, error) {
	r.mu.RLock()
	v, ok := r.items[h]
	r.mu.RUnlock()
	if !ok {
		return v, &kindError{kind: kindClosed, err: fmt.Errorf("%s %d is closed", r.name, h)}
	}
	return v, nil
}

// remove forgets h and reports whether it was registered.
func (r *registry[T]) remove(h int64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.items[h]
	delete(r.items, h)
	return ok
}

func (r *registry[T]) len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.items)
}
