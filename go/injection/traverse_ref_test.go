package injection

// The walk as it was before jsontext (encoding/json's token stream): kept as the reference
// that walkJSON must equal (TestWalkMatchesReference, FuzzWalkMatchesReference).

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
)

// walkJSON flattens one JSON document into units, in document order. Object keys keep the
// order of the JSON text (a token stream, not a map); duplicate keys are each scanned.
// Empty input and "null" add nothing.
func (s *scan) walkJSONRef(data []byte, prefix string) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	what := "params"
	if prefix != "" {
		what = prefix
	}
	if err := s.walkValueRef(dec, prefix, 0); err != nil {
		return jsonError(what, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return jsonError(what, errors.New("data after the document"))
	}
	return nil
}

func (s *scan) walkValueRef(dec *json.Decoder, loc string, depth int) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch t := tok.(type) {
	case string:
		s.addUnit(t, loc)
		return nil
	case json.Delim:
		if t != '{' && t != '[' {
			return errors.New("unexpected " + t.String())
		}
		if !dec.More() {
			_, err := dec.Token()
			return err
		}
		if depth >= s.d.opts.MaxDepth {
			s.depthFinding(loc)
			return skipRestRef(dec)
		}
		if t == '{' {
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return err
				}
				key, ok := kt.(string)
				if !ok {
					return errors.New("object key is not a string")
				}
				key = sanitize(key)
				path := joinKey(loc, key)
				s.addUnit(key, path+"#key")
				if err := s.walkValueRef(dec, path, depth+1); err != nil {
					return err
				}
			}
		} else {
			for i := 0; dec.More(); i++ {
				if err := s.walkValueRef(dec, loc+"["+strconv.Itoa(i)+"]", depth+1); err != nil {
					return err
				}
			}
		}
		_, err := dec.Token()
		return err
	default:
		return nil // numbers, booleans and null carry no text
	}
}

// skipRest consumes tokens up to the end of the container whose opening was just read,
// iteratively, so deep nesting beyond MaxDepth costs no stack.
func skipRestRef(dec *json.Decoder) error {
	level := 1
	for level > 0 {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				level++
			} else {
				level--
			}
		}
	}
	return nil
}
