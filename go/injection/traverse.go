package injection

import (
	"bytes"
	"errors"
	"io"
	"strconv"

	"github.com/go-json-experiment/json/jsontext"
)

// walkJSON flattens one JSON document into units, in document order. Object keys keep the
// order of the JSON text (a token stream, not a map); duplicate keys are each scanned.
// Empty input and "null" add nothing.
//
// The tokens come from jsontext (the mirror of Go's encoding/json/v2 tokenizer), not from
// encoding/json's Decoder.Token: Token boxes every token in an interface and allocates per
// string, and was a third of a small argument object's scan (17 us, pprof). Invalid UTF-8
// in a string becomes U+FFFD per bad byte, as encoding/json did; the walk as it was is kept
// in traverse_ref_test.go, and a fuzz target holds the two to the same units and errors.
func (s *scan) walkJSON(data []byte, prefix string) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil
	}
	what := "params"
	if prefix != "" {
		what = prefix
	}
	dec := jsontext.NewDecoder(bytes.NewBuffer(data), decoderOptions...)
	if err := s.walkValue(dec, prefix, 0); err != nil {
		return jsonError(what, err)
	}
	if _, err := dec.ReadToken(); !errors.Is(err, io.EOF) {
		return jsonError(what, errors.New("data after the document"))
	}
	return nil
}

// maxNesting: jsontext refuses a document nested deeper (invalid JSON, so a scan fails and a
// gateway denies); encoding/json's token stream had no limit. The Python reference's json.loads
// gives up far earlier, at its recursion limit.
const maxNesting = 10000

// Decoding straight from a bytes.Buffer: jsontext then reads the document in place, with
// no copy into a buffer of its own.
var decoderOptions = []jsontext.Options{jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true)}

func joinKey(loc, key string) string {
	if loc == "" {
		return key
	}
	return loc + "." + key
}

func (s *scan) walkValue(dec *jsontext.Decoder, loc string, depth int) error {
	tok, err := dec.ReadToken()
	if err != nil {
		return err
	}
	switch tok.Kind() {
	case '"':
		s.addUnit(tok.String(), loc)
		return nil
	case '{', '[':
		if k := dec.PeekKind(); k == '}' || k == ']' {
			_, err := dec.ReadToken()
			return err
		}
		if depth >= s.d.opts.MaxDepth {
			s.depthFinding(loc)
			return skipRest(dec)
		}
		if tok.Kind() == '{' {
			for more(dec) {
				kt, err := dec.ReadToken()
				if err != nil {
					return err
				}
				key := sanitize(kt.String())
				path := joinKey(loc, key)
				s.addUnit(key, path+"#key")
				if err := s.walkValue(dec, path, depth+1); err != nil {
					return err
				}
			}
		} else {
			for i := 0; more(dec); i++ {
				if err := s.walkValue(dec, loc+"["+strconv.Itoa(i)+"]", depth+1); err != nil {
					return err
				}
			}
		}
		_, err := dec.ReadToken()
		return err
	default:
		return nil // numbers, booleans and null carry no text
	}
}

// more reports whether the open container has another member; at its end, or on an error
// (which the next read returns), it does not.
func more(dec *jsontext.Decoder) bool {
	k := dec.PeekKind()
	return k != '}' && k != ']' && k != 0
}

// skipRest consumes the rest of the container whose opening was just read; jsontext skips
// each member without recursion, so deep nesting beyond MaxDepth costs no stack.
func skipRest(dec *jsontext.Decoder) error {
	for more(dec) {
		if err := dec.SkipValue(); err != nil {
			return err
		}
	}
	_, err := dec.ReadToken()
	return err
}
