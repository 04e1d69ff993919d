package authn

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"strings"
	"unicode/utf8"
)

// maxJSONDepth bounds nesting in a header or claims object.
const maxJSONDepth = 32

// parsedToken is a token whose structure is sound; nothing about it is verified yet.
type parsedToken struct {
	alg, kid     string
	signingInput string
	signature    []byte
	header       map[string]any
	claims       map[string]any
}

var b64 = base64.RawURLEncoding.Strict()

// parseToken checks the compact form: three base64url segments (no padding), a header and a
// claims object that are valid UTF-8 JSON objects without duplicate keys, alg a string, kid
// absent or a string, no crit header.
func parseToken(token string) (*parsedToken, error) {
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
	return &parsedToken{alg: alg, kid: kid, signingInput: token[:last], signature: sig, header: header, claims: claims}, nil
}

type jsonError string

func (e jsonError) Error() string { return string(e) }

func decodeObject(segment string) (map[string]any, error) {
	raw, err := b64.DecodeString(segment)
	if err != nil {
		return nil, jsonError("not base64url")
	}
	if !utf8.Valid(raw) {
		return nil, jsonError("not UTF-8")
	}
	if err := checkJSON(raw); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, jsonError("not JSON")
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, jsonError("trailing data")
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, jsonError("not an object")
	}
	return obj, nil
}

// checkJSON walks the tokens once: one value, no trailing data, nesting bounded, no key twice
// in one object (encoding/json would keep the last, another parser the first).
func checkJSON(raw []byte) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	type frame struct {
		keys  map[string]struct{}
		isObj bool
		key   bool // the next token in this object is a key
	}
	var stack []frame
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			if len(stack) != 0 {
				return jsonError("not JSON")
			}
			return nil
		}
		if err != nil {
			return jsonError("not JSON")
		}
		if n := len(stack); n > 0 && stack[n-1].isObj {
			top := &stack[n-1]
			if top.key {
				if d, ok := tok.(json.Delim); ok && d == '}' {
					stack = stack[:n-1]
					continue
				}
				k := tok.(string)
				if _, dup := top.keys[k]; dup {
					return jsonError("duplicate key")
				}
				top.keys[k] = struct{}{}
				top.key = false
				continue
			}
			top.key = true
		}
		switch d, _ := tok.(json.Delim); d {
		case '{', '[':
			if len(stack) >= maxJSONDepth {
				return jsonError("nested too deeply")
			}
			stack = append(stack, frame{keys: map[string]struct{}{}, isObj: d == '{', key: true})
		case ']':
			stack = stack[:len(stack)-1]
		}
	}
}
