package authn

import "slices"

// keySet is immutable; a change builds a new one.
type keySet struct {
	byKid map[string]Key
	all   []Key
}

func newKeySet(groups ...[]Key) (*keySet, error) {
	s := &keySet{byKid: map[string]Key{}}
	for _, keys := range groups {
		for _, k := range keys {
			if k.kid != "" {
				if _, dup := s.byKid[k.kid]; dup {
					return nil, invalid("duplicate kid " + k.kid)
				}
				s.byKid[k.kid] = k
			}
			s.all = append(s.all, k)
		}
	}
	return s, nil
}

// candidates returns the keys to try for (kid, alg): the key named by kid, or, without a kid,
// every key whose allow-list holds alg. found is false when the kid names no key.
func (s *keySet) candidates(kid, alg string) (keys []Key, found bool) {
	if kid != "" {
		k, ok := s.byKid[kid]
		if !ok {
			return nil, false
		}
		if slices.Contains(k.algs, alg) {
			return []Key{k}, true
		}
		return nil, true
	}
	for _, k := range s.all {
		if slices.Contains(k.algs, alg) {
			keys = append(keys, k)
		}
	}
	return keys, true
}
