package injection

// spawn runs each f in its own goroutine. The returned wait blocks until every f has returned
// and then raises again, on the caller's goroutine, a panic that one of them raised: there the
// caller's recover (the binding's guard) turns it into an error, where a panic left in a
// goroutine would end the whole process.
func spawn(fs ...func()) (wait func()) {
	done := make(chan any, len(fs))
	for _, f := range fs {
		go func() {
			defer func() { done <- recover() }()
			f()
		}()
	}
	return func() {
		var failed any
		for range fs {
			if p := <-done; p != nil && failed == nil {
				failed = p
			}
		}
		if failed != nil {
			panic(failed)
		}
	}
}
