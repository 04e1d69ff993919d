package injection

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The regex dialect both engines agree on (Python re and RE2), checked by the same algorithm
// in sark_accel/injection/_python.py (_Parser):
//
//   - literals, '.', '^', '$', '|', groups "(...)" and "(?:...)";
//   - classes [...] and [^...] with ranges; '[' inside a class, doubled "&&", "~~", "||",
//     "--" and a '-' that is neither first, last nor a range operator are rejected;
//   - quantifiers * + ? {m} {m,} {m,n} (m, n <= 1000; nested counted repeats multiply to
//     <= 1000), optionally lazy; a quantifier after an anchor or another quantifier is rejected,
//     and so is a repeat (upper bound > 1) of a group with a branch that is itself a variable
//     repeat, like "(a+)+" or "(?:a+|b)*": Python's backtracking engine is exponential on them;
//   - escapes \xHH and a backslash before ASCII punctuation; nothing else (\d \w \s \b ...
//     differ between the engines: Unicode in Python, ASCII in RE2);
//   - unescaped '{', '}' and ']' as literals are rejected;
//   - a regex that can match the empty string is rejected (finditer and FindAll differ on
//     empty matches);
//   - groups nest at most maxGroupDepth deep (Python's re compiler recurses per level and
//     raises RecursionError near 1000).
const (
	maxGroupDepth   = 100
	maxRepeat       = 1000
	maxPatternChars = 4000
	punctuation     = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
)

type dialectParser struct {
	s      []rune
	i      int
	groups int
	depth  int // groups open at i
	// Whether the last atom / branch / alternation parsed is a variable repeat, or a group
	// with a branch that is one: repeating that again lets a backtracking engine (the Python
	// reference) split the same text in exponentially many ways ("(a+)+$", "(?:a+|b)+").
	atomRepeats, termRepeats, altRepeats bool
}

type dialectError string

func (e dialectError) Error() string { return string(e) }

// checkDialect returns the number of capturing groups, or why the regex is rejected.
func checkDialect(src string) (groups int, err error) {
	if utf8.RuneCountInString(src) > maxPatternChars {
		return 0, fmt.Errorf("regex longer than %d characters", maxPatternChars)
	}
	p := &dialectParser{s: []rune(src)}
	defer func() {
		if r := recover(); r != nil {
			de, ok := r.(dialectError)
			if !ok {
				panic(r)
			}
			err = de
		}
	}()
	width := p.alt(1)
	if p.i < len(p.s) {
		p.fail("unbalanced ')' at %d", p.i)
	}
	if width == 0 {
		return 0, dialectError("regex can match empty text")
	}
	return p.groups, nil
}

func (p *dialectParser) fail(format string, args ...any) {
	panic(dialectError(fmt.Sprintf(format, args...)))
}

func (p *dialectParser) peek() rune {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return -1
}

func (p *dialectParser) alt(mult int) int {
	best := p.concat(mult)
	repeats := p.termRepeats
	for p.peek() == '|' {
		p.i++
		best = min(best, p.concat(mult))
		repeats = repeats || p.termRepeats
	}
	p.altRepeats = repeats
	return best
}

func (p *dialectParser) concat(mult int) int {
	total, terms := 0, 0
	for p.i < len(p.s) && p.peek() != '|' && p.peek() != ')' {
		total += p.repeat(mult)
		terms++
	}
	p.termRepeats = terms == 1 && p.termRepeats
	return total
}

func (p *dialectParser) repeat(mult int) int {
	start := p.i
	c := p.peek()
	quantifiable := c != '^' && c != '$'
	save := p.i
	width := p.atom(mult)
	innerRepeats := p.atomRepeats
	lo, hi, ok := p.quantifier()
	if !ok {
		p.termRepeats = innerRepeats
		return width
	}
	if !quantifiable {
		p.fail("quantifier after anchor at %d", start)
	}
	if innerRepeats && (hi < 0 || hi > 1) {
		p.fail("repeat of a repeated sub-expression at %d", start)
	}
	variable := hi < 0 || hi > lo || innerRepeats
	bound := max(lo, 1)
	if hi >= 0 {
		bound = max(hi, 1)
	}
	if bound > 1 && mult*bound > maxRepeat {
		p.fail("nested counted repetition too large at %d", start)
	}
	if bound > 1 {
		end := p.i
		p.i = save
		groups := p.groups
		p.atom(mult * bound)
		p.groups = groups
		p.quantifier()
		if p.i != end {
			panic("injection: dialect re-parse mismatch")
		}
	}
	p.termRepeats = variable
	if p.peek() == '?' {
		p.i++
	}
	if p.i < len(p.s) && (strings.ContainsRune("*+?", p.peek()) || p.atCounted()) {
		p.fail("nested quantifier at %d", p.i)
	}
	return width * lo
}

// counted parses "{m}", "{m,}" or "{m,n}" (1-4 digits each) at p.i without moving.
func (p *dialectParser) counted() (lo, hi, end int, ok bool) {
	i := p.i
	if i >= len(p.s) || p.s[i] != '{' {
		return 0, 0, 0, false
	}
	i++
	digits := func() (int, int) {
		n, k := 0, 0
		for i < len(p.s) && k < 5 && p.s[i] >= '0' && p.s[i] <= '9' {
			n = n*10 + int(p.s[i]-'0')
			i++
			k++
		}
		return n, k
	}
	lo, k := digits()
	if k == 0 || k > 4 {
		return 0, 0, 0, false
	}
	hi = lo
	if i < len(p.s) && p.s[i] == ',' {
		i++
		n, k2 := digits()
		if k2 > 4 {
			return 0, 0, 0, false
		}
		if k2 == 0 {
			hi = -1
		} else {
			hi = n
		}
	}
	if i >= len(p.s) || p.s[i] != '}' {
		return 0, 0, 0, false
	}
	return lo, hi, i + 1, true
}

func (p *dialectParser) atCounted() bool {
	_, _, _, ok := p.counted()
	return ok
}

// quantifier consumes a quantifier; hi is -1 for "no upper bound".
func (p *dialectParser) quantifier() (lo, hi int, ok bool) {
	switch p.peek() {
	case '*':
		p.i++
		return 0, -1, true
	case '+':
		p.i++
		return 1, -1, true
	case '?':
		p.i++
		return 0, 1, true
	case '{':
		lo, hi, end, ok := p.counted()
		if !ok {
			p.fail("literal '{' must be escaped at %d", p.i)
		}
		if lo > maxRepeat || (hi >= 0 && (hi > maxRepeat || hi < lo)) {
			p.fail("bad repetition bounds at %d", p.i)
		}
		p.i = end
		return lo, hi, true
	}
	return 0, 0, false
}

func (p *dialectParser) atom(mult int) int {
	c := p.peek()
	pos := p.i
	p.atomRepeats = false
	switch c {
	case '(':
		p.i++
		if p.peek() == '?' {
			if p.i+1 < len(p.s) && p.s[p.i+1] == ':' {
				p.i += 2
			} else {
				p.fail("only (?:...) groups are supported at %d", pos)
			}
		} else {
			p.groups++
		}
		if p.depth++; p.depth > maxGroupDepth {
			p.fail("groups nested deeper than %d at %d", maxGroupDepth, pos)
		}
		width := p.alt(mult)
		p.depth--
		if p.peek() != ')' {
			p.fail("missing ')' for group at %d", pos)
		}
		p.i++
		p.atomRepeats = p.altRepeats
		return width
	case '[':
		p.charClass()
		return 1
	case '^', '$':
		p.i++
		return 0
	case '.':
		p.i++
		return 1
	case '\\':
		p.escape()
		return 1
	case '*', '+', '?':
		p.fail("nothing to repeat at %d", pos)
	case '{', '}', ']':
		p.fail("literal '%c' must be escaped at %d", c, pos)
	}
	p.i++
	return 1
}

func isHex(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F')
}

func hexVal(r rune) rune {
	switch {
	case r >= '0' && r <= '9':
		return r - '0'
	case r >= 'a' && r <= 'f':
		return r - 'a' + 10
	default:
		return r - 'A' + 10
	}
}

func (p *dialectParser) escape() rune {
	pos := p.i
	p.i++
	if p.i >= len(p.s) {
		p.fail("trailing backslash")
	}
	e := p.s[p.i]
	if e == 'x' {
		if p.i+2 < len(p.s)+0 && isHex(p.s[p.i+1]) && isHex(p.s[p.i+2]) {
			v := hexVal(p.s[p.i+1])*16 + hexVal(p.s[p.i+2])
			p.i += 3
			return v
		}
		p.fail("\\x needs two hex digits at %d", pos)
	}
	if e < 128 && strings.ContainsRune(punctuation, e) {
		p.i++
		return e
	}
	p.fail("unsupported escape '\\%c' at %d", e, pos)
	return 0
}

func (p *dialectParser) classItem() (rune, bool) {
	c := p.peek()
	if c < 0 {
		p.fail("missing ']'")
	}
	if c == '\\' {
		return p.escape(), true
	}
	if c == '[' {
		p.fail("'[' inside a class must be escaped at %d", p.i)
	}
	p.i++
	return c, false
}

func (p *dialectParser) hasPrefix(s string) bool {
	rs := []rune(s)
	if p.i+len(rs) > len(p.s) {
		return false
	}
	for k, r := range rs {
		if p.s[p.i+k] != r {
			return false
		}
	}
	return true
}

func (p *dialectParser) charClass() {
	pos := p.i
	p.i++
	if p.peek() == '^' {
		p.i++
	}
	items := 0
	first := true
	for {
		c := p.peek()
		if c < 0 {
			p.fail("missing ']' for class at %d", pos)
		}
		if c == ']' {
			break
		}
		for _, d := range []string{"&&", "~~", "||", "--"} {
			if p.hasPrefix(d) {
				p.fail("doubled '%c' inside a class at %d", c, p.i)
			}
		}
		lo, escaped := p.classItem()
		if lo == '-' && !escaped && !first && p.peek() != ']' {
			p.fail("'-' must be first, last or escaped in a class at %d", p.i-1)
		}
		if p.peek() == '-' && p.i+1 < len(p.s) && p.s[p.i+1] != ']' {
			p.i++
			hi, hiEscaped := p.classItem()
			if hi == '-' && !hiEscaped {
				p.fail("bad range end at %d", p.i-1)
			}
			if hi < lo {
				p.fail("bad range %c-%c at %d", lo, hi, pos)
			}
		}
		items++
		first = false
	}
	if items == 0 {
		p.fail("empty class at %d", pos)
	}
	p.i++
}
