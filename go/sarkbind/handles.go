package sarkbind

import (
	"fmt"
	"maps"
	"sync"
	"sync/atomic"
)

var lastHandle atomic.Int64

// registry maps handles to Go objects of one type. Handles are unique across registries,
// so a cache handle passed to a policy function is reported as closed, never misused.
//
// Every call looks its handle up (a gateway call, each of its engines' too), from many
// threads at once, while handles are added and removed rarely (an engine's life). So the map
// is copied on write and read through one atomic pointer: a read takes no lock, writes no
// shared memory and allocates nothing, where a RWMutex's read lock wrote one counter that
// every core then fought over.
type registry[T any] struct {
	name  string
	mu    sync.Mutex // serialises writers
	items atomic.Pointer[map[int64]T]
}

func newRegistry[T any](name string) *registry[T] {
	r := &registry[T]{name: name}
	r.items.Store(&map[int64]T{})
	return r
}

func (r *registry[T]) add(v T) int64 {
	h := lastHandle.Add(1)
	r.mu.Lock()
	defer r.mu.Unlock()
	items := maps.Clone(*r.items.Load())
	items[h] = v
	r.items.Store(&items)
	return h
}

func (r *registry[T]) get(h int64) (T, error) {
	v, ok := (*r.items.Load())[h]
	if !ok {
		return v, &kindError{kind: kindClosed, err: fmt.Errorf("%s %d is closed", r.name, h)}
	}
	return v, nil
}

// remove forgets h and reports whether it was registered.
func (r *registry[T]) remove(h int64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := (*r.items.Load())[h]; !ok {
		return false
	}
	items := maps.Clone(*r.items.Load())
	delete(items, h)
	r.items.Store(&items)
	return true
}

func (r *registry[T]) len() int {
	return len(*r.items.Load())
}
