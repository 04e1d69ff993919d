package policy

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"

	"github.com/open-policy-agent/opa/v1/ast"
)

// decodeJSON decodes one JSON value with numbers kept as json.Number (their exact
// text), rejecting trailing data and documents over max bytes. Empty or all-space
// input decodes to (nil, nil): "no value".
func decodeJSON(b []byte, max int) (any, error) {
	if max > 0 && len(b) > max {
		return nil, invalidInput("JSON document of %d bytes exceeds the limit of %d", len(b), max)
	}
	if len(trimSpace(b)) == 0 {
		return nil, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, invalidInput("not valid JSON: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, invalidInput("not valid JSON: data after the first value")
	}
	return v, nil
}

// trimSpace trims JSON whitespace only (not Unicode spaces such as U+00A0,
// which make a document invalid).
func trimSpace(b []byte) []byte { return bytes.Trim(b, " \t\r\n") }

// parsedInput is an evaluation input: absent, or checked JSON text with its OPA
// AST value, which is built only for the topdown evaluator and the decision cache
// (the Wasm evaluator reads the text).
type parsedInput struct {
	present bool
	value   ast.Value // nil until needed (see astValue)
	raw     []byte    // the JSON text it was parsed from (nil for Go callers' values)
	// key is the canonical form of the input (sorted object keys, numbers as
	// written), only computed when the decision cache needs it.
	key string
}

// parseInput checks input JSON against the limits and, unless textOnly, converts
// it straight into an OPA AST value for rego.EvalParsedInput (no map[string]any in
// between, and none of the copy-and-convert rego.EvalInput does on every
// evaluation). Numbers keep their text, as in OPA's server. Inputs nested deeper
// than maxDepth are refused: walk and other builtins that carry a path cost
// depth x size, and a chain 9,999 deep in 60 KB took 870 MB to walk. textOnly
// input gets the same checks and errors, without the value (a Wasm query).
func parseInput(b []byte, max, maxDepth int, wantKey, textOnly bool) (parsedInput, error) {
	if max > 0 && len(b) > max {
		return parsedInput{}, invalidInput("input of %d bytes exceeds the limit of %d", len(b), max)
	}
	if len(trimSpace(b)) == 0 {
		return parsedInput{}, nil
	}
	lim := jsonLimits{depth: maxDepth, intDigits: MaxInputIntDigits}
	var v ast.Value
	var err error
	if textOnly && !wantKey {
		err = checkJSON(b, lim)
	} else {
		v, err = jsonToAST(b, lim)
	}
	if errors.Is(err, errOverLimit) {
		return parsedInput{}, invalidInput("input %v", err) // "input over a limit: offset 0: nesting ..."
	}
	if err != nil {
		return parsedInput{}, invalidInput("input is not valid JSON: %v", err)
	}
	in := parsedInput{present: true, value: v, raw: b}
	if wantKey {
		in.key = string(appendCanonical(make([]byte, 0, len(b)), v))
	}
	return in, nil
}

// astValue returns the input's AST value, parsing the checked text if it was
// left as text (a Wasm query that topdown answers after all).
func (in *parsedInput) astValue() (ast.Value, error) {
	if in.value == nil && in.present {
		v, err := jsonToAST(in.raw, encodingJSONLimits) // checked already against the tighter limits
		if err != nil {
			return nil, invalidInput("input is not valid JSON: %v", err)
		}
		in.value = v
	}
	return in.value, nil
}

// appendCanonical writes an unambiguous, order-independent encoding of a value:
// object keys sorted, strings quoted, numbers as written. Equal JSON documents
// give equal bytes whatever their key order or spacing.
func appendCanonical(dst []byte, v ast.Value) []byte {
	switch x := v.(type) {
	case ast.Null:
		return append(dst, "null"...)
	case ast.Boolean:
		return strconv.AppendBool(dst, bool(x))
	case ast.Number:
		return append(dst, x...)
	case ast.String:
		return strconv.AppendQuote(dst, string(x))
	case *ast.Array:
		dst = append(dst, '[')
		for i := range x.Len() {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendCanonical(dst, x.Elem(i).Value)
		}
		return append(dst, ']')
	case ast.Object:
		// Foreach visits keys in OPA's sorted order, which is canonical.
		dst = append(dst, '{')
		first := true
		x.Foreach(func(k, v *ast.Term) {
			if !first {
				dst = append(dst, ',')
			}
			first = false
			dst = appendCanonical(dst, k.Value)
			dst = append(dst, ':')
			dst = appendCanonical(dst, v.Value)
		})
		return append(dst, '}')
	default:
		// Sets and other non-JSON values (only via EvaluateValue): OPA's own
		// rendering is canonical for them (sets are sorted).
		dst = append(dst, '~')
		return append(dst, x.String()...)
	}
}
