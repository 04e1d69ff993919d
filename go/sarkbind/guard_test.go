package sarkbind

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"strings"
	"testing"
)

// TestEveryExportedFunctionIsGuarded reads this package's source: every exported function
// must start with `defer guard(&err)` and return (T, error), or a panic would kill Python
// and a bare error result would leak a C string per call.
func TestEveryExportedFunctionIsGuarded(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, pkg := range pkgs {
		for _, file := range pkg.Files {
			for _, decl := range file.Decls {
				fn, ok := decl.(*ast.FuncDecl)
				if !ok || fn.Recv != nil || !fn.Name.IsExported() {
					continue
				}
				n++
				res := fn.Type.Results
				if res == nil || res.NumFields() != 2 || types(res)[1] != "error" {
					t.Errorf("%s must return (T, error)", fn.Name.Name)
				}
				if len(fn.Body.List) == 0 || !isGuard(fn.Body.List[0]) {
					t.Errorf("%s must begin with `defer guard(&err)`", fn.Name.Name)
				}
			}
		}
	}
	if n < 10 {
		t.Fatalf("found only %d exported functions: is the parser reading the right files?", n)
	}
}

func types(fields *ast.FieldList) []string {
	var out []string
	for _, f := range fields.List {
		id, _ := f.Type.(*ast.Ident)
		name := ""
		if id != nil {
			name = id.Name
		}
		for range max(1, len(f.Names)) {
			out = append(out, name)
		}
	}
	return out
}

func isGuard(stmt ast.Stmt) bool {
	d, ok := stmt.(*ast.DeferStmt)
	if !ok {
		return false
	}
	id, ok := d.Call.Fun.(*ast.Ident)
	return ok && id.Name == "guard"
}
