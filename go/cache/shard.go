package cache

import (
	"sync"

	"github.com/hashicorp/golang-lru/v2/simplelru"
)

type entry[V any] struct {
	value    V
	deadline int64 // expired once now >= deadline
}

// shard is one LRU and its counters behind one mutex. simplelru is not goroutine-safe by
// itself; holding our own lock also makes "look up, check the deadline, remove" atomic.
type shard[V any] struct {
	mu       sync.Mutex
	lru      *simplelru.LRU[string, entry[V]]
	capacity int
	counters Stats
}

func newShard[V any](capacity int) *shard[V] {
	l, err := simplelru.NewLRU[string, entry[V]](capacity, nil)
	if err != nil { // only for capacity <= 0, which New rules out
		panic(err)
	}
	return &shard[V]{lru: l, capacity: capacity}
}

func (s *shard[V]) get(key string, now int64) (V, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.lru.Get(key)
	if ok && now >= e.deadline {
		s.lru.Remove(key)
		s.counters.Expirations++
		ok = false
	}
	if !ok {
		s.counters.Misses++
		var zero V
		return zero, false
	}
	s.counters.Hits++
	return e.value, true
}

func (s *shard[V]) set(key string, value V, deadline, now int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lru.Len() >= s.capacity && !s.lru.Contains(key) {
		if _, old, ok := s.lru.RemoveOldest(); ok {
			if now >= old.deadline {
				s.counters.Expirations++
			} else {
				s.counters.Evictions++
			}
		}
	}
	s.lru.Add(key, entry[V]{value: value, deadline: deadline})
}

// remove deletes key and reports whether a live entry was removed.
func (s *shard[V]) remove(key string, now int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.lru.Peek(key)
	if !ok {
		return false
	}
	s.lru.Remove(key)
	if now >= e.deadline {
		s.counters.Expirations++
		return false
	}
	return true
}

func (s *shard[V]) contains(key string, now int64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.lru.Peek(key)
	return ok && now < e.deadline
}

func (s *shard[V]) evictExpired(now int64) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, k := range s.lru.Keys() {
		if e, _ := s.lru.Peek(k); now >= e.deadline {
			s.lru.Remove(k)
			n++
		}
	}
	s.counters.Expirations += uint64(n)
	return n
}

func (s *shard[V]) live(now int64) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, e := range s.lru.Values() {
		if now < e.deadline {
			n++
		}
	}
	return n
}

func (s *shard[V]) clear() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lru.Purge()
}

func (s *shard[V]) stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counters
}
