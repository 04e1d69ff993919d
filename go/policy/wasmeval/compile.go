package wasmeval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/open-policy-agent/opa/v1/compile"
)

// Compile compiles Rego modules (file name → source) to an OPA Wasm module with
// a single entrypoint, a path like "sark/gateway/decision" (a leading "data."
// or "data/" is accepted too). No data is baked into the module: base
// documents are passed at runtime. The options that matter here are
// WithCapabilities, WithRegoVersion and WithHostBuiltins.
func Compile(ctx context.Context, modules map[string]string, entrypoint string, opts ...Option) ([]byte, error) {
	cfg := newConfig(opts)
	return compileWasm(ctx, modules, entrypoint, cfg.caps, cfg.regoVersion, cfg.hostBuiltins, cfg.print != nil)
}

func compileWasm(ctx context.Context, modules map[string]string, entrypoint string, caps *ast.Capabilities,
	regoVersion ast.RegoVersion, hostBuiltins []string, enablePrint bool) ([]byte, error) {
	if caps == nil {
		caps = defaultCapabilities()
	}
	if regoVersion == ast.RegoUndefined {
		regoVersion = ast.RegoV1
	}
	parsed := make(map[string]*ast.Module, len(modules))
	for n, src := range modules {
		m, err := ast.ParseModuleWithOpts(n, src, ast.ParserOptions{RegoVersion: regoVersion, Capabilities: caps})
		if err != nil {
			return nil, fmt.Errorf("wasmeval: %w", err)
		}
		parsed[n] = m
	}
	return compileModules(ctx, parsed, entrypoint, caps, regoVersion, hostBuiltins, enablePrint)
}

// compileModules compiles parsed modules; it copies them before rewriting any.
func compileModules(ctx context.Context, modules map[string]*ast.Module, entrypoint string, caps *ast.Capabilities,
	regoVersion ast.RegoVersion, hostBuiltins []string, enablePrint bool) ([]byte, error) {
	if len(modules) == 0 {
		return nil, fmt.Errorf("wasmeval: no modules")
	}
	ep := normaliseEntrypoint(entrypoint)
	if ep == "" {
		return nil, fmt.Errorf("wasmeval: empty entrypoint")
	}
	if caps == nil {
		caps = defaultCapabilities()
	}
	if regoVersion == ast.RegoUndefined {
		regoVersion = ast.RegoV1
	}

	caps, rename, err := hostCapabilities(caps, hostBuiltins)
	if err != nil {
		return nil, err
	}

	names := make([]string, 0, len(modules))
	for n := range modules {
		names = append(names, n)
	}
	sort.Strings(names)
	b := &bundle.Bundle{Data: map[string]any{}}
	b.SetRegoVersion(regoVersion)
	b.Manifest.Init()
	for _, n := range names {
		m := modules[n].Copy()
		renameCalls(m, rename)
		b.Modules = append(b.Modules, bundle.ModuleFile{URL: n, Path: n, Parsed: m})
	}

	c := compile.New().
		WithTarget(compile.TargetWasm).
		WithEntrypoints(ep).
		WithCapabilities(caps).
		WithRegoVersion(regoVersion).
		WithBundle(b).
		WithEnablePrintStatements(enablePrint).
		WithOutput(io.Discard)
	if err := c.Build(ctx); err != nil {
		return nil, fmt.Errorf("wasmeval: compile: %w", err)
	}
	out := c.Bundle()
	if out == nil || len(out.WasmModules) != 1 {
		return nil, fmt.Errorf("wasmeval: compile produced no Wasm module")
	}
	return out.WasmModules[0].Raw, nil
}

func normaliseEntrypoint(ep string) string {
	ep = strings.TrimSpace(ep)
	ep = strings.TrimPrefix(ep, "data.")
	ep = strings.TrimPrefix(ep, "data/")
	ep = strings.TrimPrefix(ep, "/")
	return strings.ReplaceAll(ep, ".", "/")
}

// networkBuiltins mirrors go/policy: builtins that open network connections are
// not offered unless the caller passes capabilities that include them.
var networkBuiltins = map[string]bool{
	ast.HTTPSend.Name:        true,
	ast.NetLookupIPAddr.Name: true,
}

func defaultCapabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if !networkBuiltins[b.Name] {
			kept = append(kept, b)
		}
	}
	caps.Builtins = kept
	caps.AllowNet = []string{}
	return caps
}

// hostPrefix names the copies of builtins that are called back in Go although
// OPA's Wasm runtime implements them (see WithHostBuiltins): the Wasm compiler
// does not know "wasmeval_host.regex.match", so it calls the host for it.
const hostPrefix = "wasmeval_host."

// hostCapabilities returns caps plus a wasmeval_host. copy of each named
// builtin, and the refs to rename in the modules.
func hostCapabilities(caps *ast.Capabilities, names []string) (*ast.Capabilities, map[string]ast.Ref, error) {
	if len(names) == 0 {
		return caps, nil, nil
	}
	out := *caps
	out.Builtins = append([]*ast.Builtin(nil), caps.Builtins...)
	rename := map[string]ast.Ref{}
	for _, name := range names {
		var orig *ast.Builtin
		for _, b := range caps.Builtins {
			if b.Name == name {
				orig = b
			}
		}
		if orig == nil {
			continue // not allowed: a policy using it fails to compile as usual
		}
		host := *orig
		host.Name = hostPrefix + name
		host.Infix = ""
		out.Builtins = append(out.Builtins, &host)
		to, err := ast.ParseRef(host.Name)
		if err != nil {
			return nil, nil, fmt.Errorf("wasmeval: builtin name %q: %w", name, err)
		}
		rename[ast.MustParseRef(name).String()] = to
	}
	sort.Slice(out.Builtins, func(i, j int) bool { return out.Builtins[i].Name < out.Builtins[j].Name })
	return &out, rename, nil
}

// renameCalls points the calls of the renamed builtins at their host copies.
func renameCalls(m *ast.Module, rename map[string]ast.Ref) {
	if len(rename) == 0 {
		return
	}
	ast.WalkExprs(m, func(e *ast.Expr) bool {
		if e.IsCall() {
			op := e.OperatorTerm()
			if to, ok := rename[op.Value.String()]; ok {
				op.Value = to.Copy()
			}
		}
		return false
	})
	ast.WalkTerms(m, func(t *ast.Term) bool {
		if call, ok := t.Value.(ast.Call); ok && len(call) > 0 {
			if to, ok := rename[call[0].Value.String()]; ok {
				call[0].Value = to.Copy()
			}
		}
		return false
	})
}
