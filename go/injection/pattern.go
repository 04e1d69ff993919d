package injection

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sync"

	"github.com/wasilibs/go-re2"
	"github.com/wasilibs/go-re2/experimental"
)

// patterns.json is the shipped library; the single source is sark_accel/injection/patterns.json
// (go generate copies it here, TestEmbeddedCopiesMatch checks the copies are identical).
//
//go:embed patterns.json
var patternsJSON []byte

// Severity weights: the risk-score weight of a built-in detector's finding, and of a pattern
// that names no weight of its own.
var severityWeight = map[string]int{"high": 30, "medium": 15, "low": 5}

// entropyWeight is entropy.high's weight, below its severity's: code, logs and keys have high
// entropy too, so it is a weak signal that only adds to stronger ones.
const entropyWeight = 10

// builtinWeight is the risk-score weight of a built-in detector's finding.
func builtinWeight(id, severity string) int {
	if id == "entropy.high" {
		return entropyWeight
	}
	return severityWeight[severity]
}

// MaxWeight bounds a pattern's weight: one finding can fill the whole 0-100 score.
const MaxWeight = 100

// Pattern is one library entry. Regexes run over normalised text (lower case, single spaces)
// in the dialect described in dialect.go. If the regex has a capturing group, group 1 is the
// reported span (so word-boundary characters can stay outside it).
type Pattern struct {
	ID          string `json:"id"`
	Category    string `json:"category"`
	Severity    string `json:"severity"`
	Regex       string `json:"pattern"`
	Description string `json:"description"`
	// Weight is what one finding of the pattern adds to the risk score (1-100): how much the
	// pattern alone proves (README "Scoring"). 0 means the weight of its Severity.
	Weight int `json:"weight"`
}

type compiledPattern struct {
	Pattern
	re       *re2.Regexp
	groups   int
	boundary bool     // (?:^|[C])(X)(?:$|[D]): the match's span tells group 1 (boundary.go)
	loc      locators // compiled on first use (locate.go)
}

// library is an immutable compiled pattern set; Detector swaps it atomically.
type library struct {
	patterns  []*compiledPattern
	weights   map[string]int    // pattern id -> weight, for the risk score (result.go)
	set       *experimental.Set // nil when there are no patterns
	unionOnce sync.Once
	union     *re2.Regexp // every pattern in one alternation (locate.go), nil until used
	batchOnce sync.Once
	batch     *re2.Regexp // the union for joined units (batch.go), nil until used
	rev       uint64      // unique in the process (revision.go)
}

// warm compiles every regex the library would otherwise compile on first use.
func (lib *library) warm() {
	lib.unionRegexp()
	lib.batchRegexp()
	for _, p := range lib.patterns {
		p.locators()
	}
}

func validID(id string) bool {
	if len(id) == 0 || len(id) > 100 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// patternFromMap checks a decoded JSON object field by field, in the reference's order.
func patternFromMap(v any) (Pattern, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return Pattern{}, &PatternError{ID: "?", Reason: "pattern must be an object, got " + jsonTypeName(v)}
	}
	id, _ := m["id"].(string)
	if !validID(id) {
		shown := id
		if _, isStr := m["id"].(string); !isStr {
			shown = fmt.Sprint(m["id"])
			if m["id"] == nil {
				shown = "None"
			}
		}
		return Pattern{}, &PatternError{ID: shown, Reason: "id must be 1-100 characters of [a-z0-9_.-]"}
	}
	p := Pattern{ID: id}
	cat, ok := m["category"].(string)
	if !ok || cat == "" || len([]rune(cat)) > 100 {
		return p, &PatternError{ID: id, Reason: "category must be a non-empty string"}
	}
	p.Category = cat
	sev, _ := m["severity"].(string)
	if _, ok := severityWeight[sev]; !ok {
		return p, &PatternError{ID: id, Reason: "severity must be high, medium or low"}
	}
	p.Severity = sev
	rx, ok := m["pattern"].(string)
	if !ok || rx == "" {
		return p, &PatternError{ID: id, Reason: "pattern must be a non-empty string"}
	}
	p.Regex = rx
	if d, present := m["description"]; present {
		desc, ok := d.(string)
		if !ok {
			return p, &PatternError{ID: id, Reason: "description must be a string"}
		}
		p.Description = desc
	}
	if w, present := m["weight"]; present {
		// JSON numbers arrive as float64: an integral value is an int, as Python's check says.
		f, ok := w.(float64)
		if !ok || f != math.Trunc(f) || f < 1 || f > MaxWeight {
			return p, &PatternError{ID: id, Reason: "weight must be an integer from 1 to 100"}
		}
		p.Weight = int(f)
	}
	return p, nil
}

func jsonTypeName(v any) string {
	switch v.(type) {
	case nil:
		return "NoneType"
	case string:
		return "str"
	case bool:
		return "bool"
	case float64, json.Number:
		return "number"
	case []any:
		return "list"
	default:
		return "object"
	}
}

func compilePattern(p Pattern) (*compiledPattern, error) {
	if !validID(p.ID) {
		return nil, &PatternError{ID: p.ID, Reason: "id must be 1-100 characters of [a-z0-9_.-]"}
	}
	if p.Category == "" || len([]rune(p.Category)) > 100 {
		return nil, &PatternError{ID: p.ID, Reason: "category must be a non-empty string"}
	}
	if _, ok := severityWeight[p.Severity]; !ok {
		return nil, &PatternError{ID: p.ID, Reason: "severity must be high, medium or low"}
	}
	if p.Regex == "" {
		return nil, &PatternError{ID: p.ID, Reason: "pattern must be a non-empty string"}
	}
	if p.Weight < 0 || p.Weight > MaxWeight {
		return nil, &PatternError{ID: p.ID, Reason: "weight must be an integer from 1 to 100"}
	}
	if p.Weight == 0 {
		p.Weight = severityWeight[p.Severity]
	}
	groups, err := checkDialect(p.Regex)
	if err != nil {
		return nil, &PatternError{ID: p.ID, Reason: err.Error()}
	}
	re, err := re2.Compile(p.Regex)
	if err != nil {
		return nil, &PatternError{ID: p.ID, Reason: err.Error()}
	}
	return &compiledPattern{Pattern: p, re: re, groups: groups, boundary: isBoundaryForm(p.Regex)}, nil
}

func newLibrary(ps []Pattern) (*library, error) {
	lib := &library{weights: make(map[string]int, len(ps)), rev: revisions.Add(1)}
	seen := map[string]bool{}
	exprs := make([]string, 0, len(ps))
	for _, p := range ps {
		cp, err := compilePattern(p)
		if err != nil {
			return nil, err
		}
		if seen[p.ID] {
			return nil, &PatternError{ID: p.ID, Reason: "duplicate pattern id"}
		}
		seen[p.ID] = true
		lib.weights[p.ID] = cp.Weight
		lib.patterns = append(lib.patterns, cp)
		exprs = append(exprs, p.Regex)
	}
	if len(exprs) > 0 {
		set, err := experimental.CompileSet(exprs)
		if err != nil {
			// Every regex compiled alone; a Set failure is a resource limit. Match one by one.
			set = nil
		}
		lib.set = set
	}
	return lib, nil
}

// DefaultPatterns returns the shipped library.
func DefaultPatterns() []Pattern {
	ps, err := parsePatternList(patternsJSON)
	if err != nil {
		panic("injection: embedded patterns.json: " + err.Error())
	}
	return ps
}

// parsePatternList accepts one pattern object or an array of them.
func parsePatternList(b []byte) ([]Pattern, error) {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, jsonError("patterns", err)
	}
	items, ok := v.([]any)
	if !ok {
		items = []any{v}
	}
	out := make([]Pattern, 0, len(items))
	for _, it := range items {
		p, err := patternFromMap(it)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// matchedPatterns returns the indexes of patterns that match somewhere in norm, ascending.
func (lib *library) matchedPatterns(norm string) []int {
	if len(lib.patterns) == 0 {
		return nil
	}
	if lib.set != nil {
		// Asked for all, go-re2 zeroes a result array of 16 bytes per pattern byte by byte
		// (1.5 KB for the shipped library, more than the Set's pass over a 1 KB text): ask for
		// setFirstAsk first, and again for all only if that many came back.
		idx, err := lib.set.FindAllStringWithError(norm, setFirstAsk)
		if err == nil && len(idx) >= setFirstAsk && len(lib.patterns) > setFirstAsk {
			idx, err = lib.set.FindAllStringWithError(norm, -1)
		}
		if err == nil {
			sortInts(idx)
			return idx
		}
	}
	all := make([]int, len(lib.patterns))
	for i := range all {
		all[i] = i
	}
	return all
}

// setFirstAsk: how many matched patterns matchedPatterns asks the Set for at first.
const setFirstAsk = 16

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
