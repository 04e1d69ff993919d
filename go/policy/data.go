package policy

import (
	"strings"
)

// Base data documents are kept as decoded JSON (map[string]any, []any, string,
// json.Number, bool, nil) and never mutated after they are published: every change
// copies the objects along the changed path (copy-on-write), so a compiled state can
// keep pointing at the old tree.

// splitDataPath turns "sark/roles" or "/sark/roles" into ["sark", "roles"];
// "" and "/" give the root (nil).
func splitDataPath(path string) ([]string, error) {
	path = strings.TrimPrefix(path, "/")
	path = strings.TrimSuffix(path, "/")
	if path == "" {
		return nil, nil
	}
	segs := strings.Split(path, "/")
	for _, s := range segs {
		if s == "" {
			return nil, invalidInput("data path %q has an empty segment", path)
		}
	}
	return segs, nil
}

// withValue returns a copy of root with value stored at path; objects missing on
// the way are created.
func withValue(root map[string]any, path []string, value any) (map[string]any, error) {
	if len(path) == 0 {
		obj, ok := value.(map[string]any)
		if !ok {
			return nil, invalidInput("the root data document must be a JSON object")
		}
		return obj, nil
	}
	out := shallowCopy(root)
	cur := out
	for i, seg := range path[:len(path)-1] {
		next, present := cur[seg]
		obj, isObj := next.(map[string]any)
		if present && !isObj {
			return nil, invalidInput("data path %q: %q is not an object", strings.Join(path, "/"), strings.Join(path[:i+1], "/"))
		}
		obj = shallowCopy(obj)
		cur[seg] = obj
		cur = obj
	}
	cur[path[len(path)-1]] = value
	return out, nil
}

// withoutValue returns a copy of root without the value at path, or ErrNotFound.
func withoutValue(root map[string]any, path []string) (map[string]any, error) {
	if len(path) == 0 {
		return map[string]any{}, nil
	}
	out := shallowCopy(root)
	cur := out
	for _, seg := range path[:len(path)-1] {
		obj, ok := cur[seg].(map[string]any)
		if !ok {
			return nil, ErrNotFound
		}
		obj = shallowCopy(obj)
		cur[seg] = obj
		cur = obj
	}
	last := path[len(path)-1]
	if _, ok := cur[last]; !ok {
		return nil, ErrNotFound
	}
	delete(cur, last)
	return out, nil
}

func shallowCopy(m map[string]any) map[string]any {
	out := make(map[string]any, len(m)+1)
	for k, v := range m {
		out[k] = v
	}
	return out
}

// mergeInto overlays src onto dst (a tree this call may modify: the caller owns
// it). Objects merge key by key; any other value in src replaces the one in dst.
// Objects taken from src are copied before they are modified, so src is untouched.
func mergeInto(dst, src map[string]any) {
	for k, sv := range src {
		sObj, sIsObj := sv.(map[string]any)
		dObj, dIsObj := dst[k].(map[string]any)
		if sIsObj && dIsObj {
			merged := shallowCopy(dObj)
			mergeInto(merged, sObj)
			dst[k] = merged
			continue
		}
		dst[k] = sv
	}
}

// hasValueAt reports whether the tree holds a non-empty value at path; the
// compiler uses it to reject rules that would shadow base data.
func hasValueAt(root map[string]any, path []string) bool {
	var cur any = root
	for _, seg := range path {
		obj, ok := cur.(map[string]any)
		if !ok {
			return false
		}
		cur, ok = obj[seg]
		if !ok {
			return false
		}
	}
	if obj, ok := cur.(map[string]any); ok {
		return len(obj) > 0
	}
	return true
}
