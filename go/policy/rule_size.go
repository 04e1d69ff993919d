package policy

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
)

// ruleTerms counts the terms of a rule (head, body, else chain) that are not constant
// scalars. OPA's compiler is quadratic in the number of expressions a rule body has after
// rewriting (its safety check), and each non-scalar term can become one: a rule of 96,000
// such terms (x := input.a + input.a + ... 16,000 times) took 13 s to compile. Constant
// scalars are left out so that large literal sets and arrays (allowlists) stay cheap to load.
func ruleTerms(r *ast.Rule) int {
	n := 0
	ast.WalkTerms(r, func(t *ast.Term) bool {
		switch t.Value.(type) {
		case ast.String, ast.Number, ast.Boolean, ast.Null:
		default:
			n++
		}
		return false
	})
	return n
}

// checkRuleSizes refuses, before compiling, a module with a rule over max terms (see ruleTerms).
func checkRuleSizes(file string, m *ast.Module, max int) error {
	var errs []Location
	for _, r := range m.Rules {
		if n := ruleTerms(r); n > max {
			loc := Location{File: file, Message: fmt.Sprintf(
				"rule %s has %d terms (not counting constant scalars), more than the limit of %d: "+
					"compile time grows with the square of a rule's size; split the rule", r.Head.Name, n, max)}
			if r.Location != nil {
				loc.Row, loc.Col = r.Location.Row, r.Location.Col
			}
			errs = append(errs, loc)
		}
	}
	if errs != nil {
		return &CompileError{Errors: errs}
	}
	return nil
}
