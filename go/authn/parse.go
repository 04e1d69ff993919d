package authn

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// maxJSONDepth bounds nesting in a header or claims object.
const maxJSONDepth = 32

// parsedToken is a token whose structure is sound; nothing about it is verified yet.
type parsedToken struct {
	alg, kid     string
	signingInput string
	signature    []byte
	claims       map[string]any
}

var b64 = base64.RawURLEncoding.Strict()

// parseToken checks the compact form: three base64url segments (no padding), a header and a
// claims object that are valid UTF-8 JSON objects without duplicate keys, alg a string, kid
// absent or a string, no crit header.
func parseToken(token string) (*parsedToken, error) {
	// Only the base64url alphabet and the dots: Go's decoder would skip \r and \n.
	for i := range len(token) {
		if token[i] != '.' && !urlSafe(token[i]) {
			return nil, fail(ReasonMalformed, "character outside base64url")
		}
	}
	first := strings.IndexByte(token, '.')
	last := strings.LastIndexByte(token, '.')
	if first < 0 || first == last || strings.Count(token, ".") != 2 {
		return nil, fail(ReasonMalformed, "not three segments")
	}
	header, err := decodeObject(token[:first])
	if err != nil {
		return nil, fail(ReasonMalformed, "header: "+err.Error())
	}
	claims, err := decodeObject(token[first+1 : last])
	if err != nil {
		return nil, fail(ReasonMalformed, "claims: "+err.Error())
	}
	sig, err := b64.DecodeString(token[last+1:])
	if err != nil {
		return nil, fail(ReasonMalformed, "signature is not base64url")
	}
	alg, ok := header["alg"].(string)
	if !ok {
		return nil, fail(ReasonMalformed, "alg is not a string")
	}
	kid, ok := header["kid"].(string)
	if _, present := header["kid"]; present && !ok {
		return nil, fail(ReasonMalformed, "kid is not a string")
	}
	if _, present := header["crit"]; present {
		return nil, fail(ReasonMalformed, "crit header")
	}
	return &parsedToken{alg: alg, kid: kid, signingInput: token[:last], signature: sig, claims: claims}, nil
}

type jsonError string

func (e jsonError) Error() string { return string(e) }

func decodeObject(segment string) (map[string]any, error) {
	raw, err := b64.DecodeString(segment)
	if err != nil {
		return nil, jsonError("not base64url")
	}
	// jsontext's defaults refuse invalid UTF-8, lone surrogate escapes and duplicate names.
	dec := jsontext.NewDecoder(bytes.NewReader(raw))
	v, err := readValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.ReadToken(); err != io.EOF {
		return nil, jsonError("trailing data")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, jsonError("not an object")
	}
	return obj, nil
}

// readValue builds one JSON value from the token stream in a single pass, refusing nesting
// deeper than maxJSONDepth and (again, cheaply) a name seen twice in one object. Numbers stay
// json.Number, their JSON text.
func readValue(dec *jsontext.Decoder) (any, error) {
	tok, err := dec.ReadToken()
	if err != nil {
		return nil, jsonError("not JSON")
	}
	switch tok.Kind() {
	case '"':
		return tok.String(), nil
	case '0':
		return json.Number(tok.String()), nil
	case 't', 'f':
		return tok.Bool(), nil
	case 'n':
		return nil, nil
	}
	if dec.StackDepth() > maxJSONDepth {
		return nil, jsonError("nested too deeply")
	}
	if tok.Kind() == '[' {
		list := []any{}
		for dec.PeekKind() != ']' {
			v, err := readValue(dec)
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
		if _, err := dec.ReadToken(); err != nil {
			return nil, jsonError("not JSON")
		}
		return list, nil
	}
	obj := map[string]any{}
	for dec.PeekKind() != '}' {
		name, err := dec.ReadToken()
		if err != nil {
			return nil, jsonError("not JSON")
		}
		key := name.String()
		if _, dup := obj[key]; dup {
			return nil, jsonError("duplicate key")
		}
		if obj[key], err = readValue(dec); err != nil {
			return nil, err
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return nil, jsonError("not JSON")
	}
	return obj, nil
}
