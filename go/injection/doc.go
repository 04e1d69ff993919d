// Package injection scans MCP tool-call parameters for prompt-injection attacks.
//
// It is the Go engine of sark-accel's injection scanner; sark_accel/injection/_python.py is
// the pure-Python reference with identical semantics (the parity fixture
// tests/data/injection/expected.jsonl is checked byte for byte by TestParityFixture).
//
// A scan flattens a JSON document to text units (object keys and string values, document
// order; JSON text is read with jsontext, Go's encoding/json/v2 tokenizer, traverse.go), normalises each unit (charmap.json: invisible characters removed, NFKC per
// character, combining marks removed, case folded, Latin lookalikes folded, whitespace runs
// collapsed), finds every match of every pattern of patterns.json in the normalised text with
// RE2 (the union of all patterns says where matches start, a Set pass from there which
// patterns match, see locate.go and batch.go), maps offsets back to code points of the
// original text, and adds built-in detectors: Shannon entropy, Unicode tag smuggling,
// zero-width and bidi characters, and base64 / hex / percent decoders whose output is
// rescanned. README.md in sark_accel/injection is the full spec.
//
// RE2 is go-re2's: libre2 through cgo with the re2_cgo build tag (re2_cgo.go), else RE2
// compiled to Wasm and then to Go (wasm2go). Results are the same.
//
// A Detector is prepared once and safe for concurrent use. The union regexes and the
// locators compile on first use (0.1 s or less, plus DFA warm-up).
//
// Options of one scan (ScanOption, like rego's EvalOption) follow the document:
// AsKind(KindArgument) for a tool call's arguments, AsKind(KindToolResult) for what a tool
// returned. With the classifier on (WithClassifier), the kind picks the model that judges every
// unit of the scan (classifier_argument.bin, classifier_tool_result.bin; KindUnknown, the
// default, the general classifier.bin); the windows that gate weak rule findings are judged by
// the general model whatever the kind (window.go), and a decisive phrase finding (not markup) in a
// bare unit (nothing else but the unit's judged decisive phrases, ASCII whitespace and
// punctuation) counts in full whatever its window says (decision 26a). Each model is parsed once, on first use. With the classifier off the kind changes nothing.
package injection

//go:generate sh -c "cp ../../sark_accel/injection/patterns.json patterns.json && cp ../../sark_accel/injection/charmap.json charmap.json && cp ../../sark_accel/injection/classifier.bin ../../sark_accel/injection/classifier_argument.bin ../../sark_accel/injection/classifier_tool_result.bin ."
