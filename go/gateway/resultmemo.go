package gateway

import (
	"sync"
	"sync/atomic"
)

// maxMemoResults bounds resultMemo: a policy has few distinct results, unless its reasons
// carry request data, and then the memo stops growing and those results are decoded per hit.
const maxMemoResults = 1024

// resultMemo remembers the decoded form of the policy results met in the decision cache.
// Without it, every hit decoded the same JSON with encoding/json again: 40 % of a hit's Go
// time (README.md, "Benchmarks"). A sync.Map, because hits read it from many goroutines and
// its reads take no lock and write no shared memory; entries are never modified.
type resultMemo struct {
	m sync.Map     // the result's JSON text -> policyResult
	n atomic.Int64 // entries stored, at most maxMemoResults
}

// decode is decodeResult(result), remembered.
func (m *resultMemo) decode(result string) (policyResult, error) {
	if r, ok := m.m.Load(result); ok {
		return r.(policyResult), nil
	}
	r, err := decodeResult([]byte(result))
	if err != nil {
		return r, err
	}
	if m.n.Load() < maxMemoResults && m.n.Add(1) <= maxMemoResults {
		m.m.Store(result, r)
	}
	return r, nil
}
