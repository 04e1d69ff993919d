// Package injection scans MCP tool-call parameters for prompt-injection attacks.
//
// It is the Go engine of sark-accel's injection scanner; sark_accel/injection/_python.py is
// the pure-Python reference with identical semantics (the parity fixture
// tests/data/injection/expected.jsonl is checked byte for byte by TestParityFixture).
//
// A scan flattens a JSON document to text units (object keys and string values, document
// order), normalises each unit (charmap.json: invisible characters removed, NFKC per
// character, combining marks removed, case folded, Latin lookalikes folded, whitespace runs
// collapsed), finds every match of every pattern of patterns.json in the normalised text with
// RE2 (a Set pass says which patterns match; for long texts and many-unit documents one pass
// of the union of all patterns first says where, see locate.go and batch.go), maps offsets back
// to code points of the original text, and adds built-in detectors: Shannon entropy,
// Unicode tag smuggling, zero-width and bidi characters, and base64 / hex / percent
// decoders whose output is rescanned. README.md in sark_accel/injection is the full spec.
//
// A Detector is prepared once and safe for concurrent use. The union regexes used for long
// texts and many-unit documents compile on first use (about 0.1 s each, plus DFA warm-up).
package injection

//go:generate sh -c "cp ../../sark_accel/injection/patterns.json patterns.json && cp ../../sark_accel/injection/charmap.json charmap.json"
