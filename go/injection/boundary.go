package injection

import (
	"regexp"
	"unicode/utf8"
)

// Most library patterns read (?:^|[C])(X)(?:$|[D]), with [C] and [D] classes of one
// character: group 1 is the match without its boundary characters. RE2 finds a match's span
// with its DFA alone, but a group's span needs another, backtracking pass over the match,
// which costs more than the search itself (about 2 us a match with libre2). For these
// patterns the span tells the group:
//
//   - a match starting at s > 0 began with [C] ('^' matches only at 0): group 1 starts one
//     character after s;
//   - a match ending at e < len(text) ended with [D] ('$' matches only at the end): group 1
//     ends one character before e.
//
// At either end of the text both branches may fit, and the priorities inside X decide which
// one the match took: there RE2 is asked (reported, locate.go).

var boundaryForm = regexp.MustCompile(`^\(\?:\^\|\[[^\]\\]+\]\)\((.*)\)\(\?:\$\|\[[^\]\\]+\]\)$`)

// isBoundaryForm reports whether a dialect regex is (?:^|[C])(X)(?:$|[D]) with X one
// balanced regex (so the group that opens after [C] closes before [D]).
func isBoundaryForm(rx string) bool {
	m := boundaryForm.FindStringSubmatch(rx)
	return m != nil && balanced(m[1])
}

// balanced reports whether every ')' of a dialect regex closes a '(' of it. Escapes and
// classes are skipped as the dialect parser reads them (see replaceAnchors).
func balanced(x string) bool {
	depth, inClass := 0, false
	for i := 0; i < len(x); i++ {
		switch c := x[i]; {
		case c == '\\':
			i++ // the escaped character; "\xHH" has only hex digits after it
		case inClass:
			inClass = c != ']'
		case c == '[':
			inClass = true
			if i+1 < len(x) && x[i+1] == '^' {
				i++
			}
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0 && !inClass
}

// boundaryGroup returns group 1 of a boundary-form match [s, e) of text, when its span
// decides it (see above).
func boundaryGroup(text string, s, e int) (gs, ge int, ok bool) {
	if s == 0 || e == len(text) {
		return 0, 0, false
	}
	_, lead := utf8.DecodeRuneInString(text[s:])
	_, trail := utf8.DecodeLastRuneInString(text[:e])
	return s + lead, e - trail, true
}
