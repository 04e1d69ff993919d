package sarkbind

import (
	"errors"
	"sync"
	"testing"
)

// Readers never see a handle half added or removed, while writers add and remove concurrently
// (run with -race: reads take no lock).
func TestRegistryConcurrentAddGetRemove(t *testing.T) {
	r := newRegistry[int]("thing")
	stable := r.add(42)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(2)
		go func() { // writer: add, read back, remove
			defer wg.Done()
			for i := range 500 {
				h := r.add(w*1000 + i)
				if v, err := r.get(h); err != nil || v != w*1000+i {
					t.Errorf("get(%d) = %d, %v", h, v, err)
					return
				}
				if !r.remove(h) || r.remove(h) {
					t.Errorf("remove(%d) twice did not report true, false", h)
					return
				}
				if _, err := r.get(h); !isClosed(err) {
					t.Errorf("get after remove: %v", err)
					return
				}
			}
		}()
		go func() { // reader of a handle that stays
			defer wg.Done()
			for range 5000 {
				if v, err := r.get(stable); err != nil || v != 42 {
					t.Errorf("stable handle: %d, %v", v, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if r.len() != 1 {
		t.Fatalf("len %d after every writer removed its handles", r.len())
	}
}

func isClosed(err error) bool {
	var k *kindError
	return errors.As(err, &k) && k.kind == kindClosed
}
