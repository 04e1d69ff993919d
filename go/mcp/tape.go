package mcp

import (
	"errors"
	"math"
	"sync"
)

// Node kinds of the tape.
const (
	kNull uint8 = iota
	kFalse
	kTrue
	kNumber
	kString
	kArray
	kObject
)

// Node flags.
const (
	fEscaped uint8 = 1 << iota // string: contains a backslash escape
	fInteger                   // number: no fraction, no exponent
)

// node is one value (or object key) of the flat index built by the scanner. Children follow
// their container in document order (an object's children alternate key, value); next is the
// index just past the subtree, so skipping a value is O(1).
type node struct {
	kind  uint8
	flags uint8
	start int32 // offset of the first byte (the opening quote of a string)
	end   int32 // offset just past the last byte
	next  int32
	n     int32 // arrays: elements; objects: members
}

// doc is one scanned input: the bytes and their tape.
type doc struct {
	data []byte
	tape []node

	loneSurrogate bool // a \uD800-\uDFFF escape without its pair (reported after the grammar)
	duplicate     bool // an object with two equal keys (reported after surrogates)
	maxDepth      int
	longInt       bool // an integer literal longer than 18 characters (see Summary.LongInts)
	ascii         bool // the input is pure ASCII (see Summary.ASCII)

	// The contents of containers at depth tapeDepth or deeper (the root is at depth 1) get no
	// nodes, only the containers themselves: Parse reads the tape near the root only, and
	// skipping the node writes for the bulk of a large arguments object saves much of the scan.
	tapeDepth int
	record    bool // the scan is writing nodes (false inside a container below tapeDepth)
	// batchLimit: elements of a root array past this many get no nodes (Parse refuses such a
	// batch after the whole-input passes, so it only needs their count); -1: no limit.
	batchLimit int

	keySpans []keySpan // keys of the objects being scanned, innermost last
	keys     []string  // scratch for duplicate detection in large objects
}

// keySpan is an object key as the scanner met it, for the duplicate check.
type keySpan struct {
	start, end int32
	flags      uint8
}

var docPool = sync.Pool{New: func() any { return &doc{tape: make([]node, 0, 64)} }}

func getDoc(data []byte, maxDepth int) *doc {
	d := docPool.Get().(*doc)
	d.data, d.tape = data, d.tape[:0]
	d.loneSurrogate, d.duplicate, d.longInt, d.maxDepth = false, false, false, maxDepth
	d.tapeDepth, d.record, d.keySpans, d.batchLimit = math.MaxInt, true, d.keySpans[:0], -1
	return d
}

func putDoc(d *doc) {
	if cap(d.tape) > 1<<16 || cap(d.keySpans) > 1<<16 { // do not pin huge scratch in the pool
		return
	}
	d.data = nil
	clear(d.keys)
	d.keys = d.keys[:0]
	docPool.Put(d)
}

var (
	errGrammar = errors.New("invalid JSON")
	errDepth   = errors.New("nesting too deep")
)

// str returns the string content of a string node without its quotes (escapes undecoded).
func (d *doc) rawStr(i int) []byte { n := &d.tape[i]; return d.data[n.start+1 : n.end-1] }

// raw returns the bytes of node i as written.
func (d *doc) raw(i int) []byte { n := &d.tape[i]; return d.data[n.start:n.end] }
