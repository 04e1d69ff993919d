package policy

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/bundle"
)

// writeTarball writes a .tar.gz bundle with one module and data.
func writeTarball(t *testing.T, path, revision string, roots []string, module string, data map[string]any) {
	t.Helper()
	if data == nil {
		data = map[string]any{}
	}
	b := bundle.Bundle{
		Manifest: bundle.Manifest{Revision: revision, Roots: &roots},
		Data:     data,
		Modules:  []bundle.ModuleFile{{URL: "/policy.rego", Path: "/policy.rego", Raw: []byte(module)}},
	}
	var buf bytes.Buffer
	if err := bundle.NewWriter(&buf).Write(b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestLoadBundleDirectory(t *testing.T) {
	e := newEngine(t)
	if err := e.LoadBundle("testdata/bundle"); err != nil {
		t.Fatal(err)
	}
	wantJSON(t, mustEval(t, e, "data.sark.bundled.allow", `{"user":"alice"}`), "true")
	if r := mustEval(t, e, "data.sark.bundled.allow", `{"user":"eve"}`); r.Defined {
		t.Fatalf("eve allowed: %s", r.JSON)
	}
	wantJSON(t, mustEval(t, e, "data.sark.bundled.limits", ""), `{"max":3,"names":["x","y"]}`)
	abs, _ := filepath.Abs("testdata/bundle")
	if rev := e.BundleRevisions()[abs]; rev != "dir-r1" {
		t.Fatalf("revision %q", rev)
	}
	ids := e.Policies()
	if len(ids) != 1 || !strings.HasSuffix(ids[0], "bundled.rego") {
		t.Fatalf("Policies() = %v", ids)
	}
	// Policies and data outside the bundle's roots can still be added.
	mustLoad(t, e, "own.rego", "package own\nn := count(data.sark.bundled.users)\n")
	wantJSON(t, mustEval(t, e, "data.own.n", ""), "2")
	// SetData overlays bundle data.
	mustSetData(t, e, "sark/bundled/users", `["carol"]`)
	wantJSON(t, mustEval(t, e, "data.sark.bundled.allow", `{"user":"carol"}`), "true")
	if err := e.RemoveBundle("testdata/bundle"); err != nil {
		t.Fatal(err)
	}
	if r := mustEval(t, e, "data.sark.bundled.greeting", `{"user":"x"}`); r.Defined {
		t.Fatal("bundle module still loaded")
	}
	if err := e.RemoveBundle("testdata/bundle"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second RemoveBundle = %v", err)
	}
}

func TestLoadBundleTarball(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "authz.tar.gz")
	writeTarball(t, path, "r1", []string{"authz"}, "package authz\nallow if input.role in data.authz.roles\n",
		map[string]any{"authz": map[string]any{"roles": []any{"admin"}}})
	e := newEngine(t)
	if err := e.LoadBundle(path); err != nil {
		t.Fatal(err)
	}
	wantJSON(t, mustEval(t, e, "data.authz.allow", `{"role":"admin"}`), "true")

	// Reloading the same path replaces the bundle's modules and data.
	writeTarball(t, path, "r2", []string{"authz"}, "package authz\nallow if input.role in data.authz.admins\n",
		map[string]any{"authz": map[string]any{"admins": []any{"root"}}})
	if err := e.LoadBundle(path); err != nil {
		t.Fatal(err)
	}
	if r := mustEval(t, e, "data.authz.allow", `{"role":"admin"}`); r.Defined {
		t.Fatal("old bundle data still visible")
	}
	wantJSON(t, mustEval(t, e, "data.authz.allow", `{"role":"root"}`), "true")
	if rev := e.BundleRevisions()[path]; rev != "r2" {
		t.Fatalf("revision %q", rev)
	}

	// A second bundle whose roots overlap is rejected; the first keeps serving.
	other := filepath.Join(dir, "other.tar.gz")
	writeTarball(t, other, "o1", []string{"authz/sub"}, "package authz.sub\nx := 1\n", nil)
	var ce *CompileError
	if err := e.LoadBundle(other); !errors.As(err, &ce) {
		t.Fatalf("overlapping roots: %v", err)
	}
	wantJSON(t, mustEval(t, e, "data.authz.allow", `{"role":"root"}`), "true")

	// A bundle with a broken module fails to compile and changes nothing.
	writeTarball(t, path, "r3", []string{"authz"}, "package authz\nallow if {\n", nil)
	if err := e.LoadBundle(path); !errors.As(err, &ce) {
		t.Fatalf("broken bundle: %v", err)
	}
	if rev := e.BundleRevisions()[path]; rev != "r2" {
		t.Fatalf("revision after failed reload %q", rev)
	}
	if err := e.LoadBundle(filepath.Join(dir, "missing.tar.gz")); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing bundle: %v", err)
	}
	if got := e.Policies(); !slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, "policy.rego") }) {
		t.Fatalf("Policies() = %v", got)
	}
}

func TestBundleNetworkBuiltinRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "net.tar.gz")
	writeTarball(t, path, "n1", []string{"net"}, "package net\nr := http.send({\"method\": \"get\", \"url\": \"http://127.0.0.1:1\"})\n", nil)
	err := New().LoadBundle(path)
	if !errors.Is(err, ErrNetworkDisabled) {
		t.Fatalf("bundle with http.send: %v", err)
	}
}

// Data is one document changed in call order, as in an OPA server's store: SetData
// replaces bundle data at its path (an emptied role table grants nothing: it used to be
// merged key by key, so revoking by SetData left the bundle's entries in force) and
// RemoveData deletes it.
func TestSetDataReplacesBundleData(t *testing.T) {
	e := newEngine(t)
	if err := e.LoadBundle("testdata/bundle"); err != nil {
		t.Fatal(err)
	}
	mustSetData(t, e, "sark/bundled", `{}`)
	for _, q := range []string{"data.sark.bundled.limits", "data.sark.bundled.users"} {
		if r := mustEval(t, e, q, ""); r.Defined {
			t.Fatalf("%s after SetData(sark/bundled, {}): %s", q, r.JSON)
		}
	}
	if r := mustEval(t, e, "data.sark.bundled.allow", `{"user":"alice"}`); r.Defined {
		t.Fatalf("alice still allowed: %s", r.JSON)
	}
	// Loading the bundle again writes its data back; RemoveData deletes bundle data.
	if err := e.LoadBundle("testdata/bundle"); err != nil {
		t.Fatal(err)
	}
	wantJSON(t, mustEval(t, e, "data.sark.bundled.limits", ""), `{"max":3,"names":["x","y"]}`)
	if err := e.RemoveData("sark/bundled/limits"); err != nil {
		t.Fatal(err)
	}
	if r := mustEval(t, e, "data.sark.bundled.limits", ""); r.Defined {
		t.Fatalf("limits after RemoveData: %s", r.JSON)
	}
}
