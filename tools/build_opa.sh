#!/usr/bin/env bash
# Build the `opa` CLI from the same OPA module version the embedded engine (go/policy) pins,
# so the reference backend (OPA server) and the Go backend run identical Rego semantics.
#
# Usage: tools/build_opa.sh [OUTPUT_DIR]      (default: build/bin under the repository root)
# Prints the path of the binary on stdout. Skips the build when the binary already reports
# the wanted version. Needs `go` and access to the Go module proxy for the first build.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out_dir="${1:-$repo_root/build/bin}"
fallback_version="v1.22.3"
go_mod="$repo_root/go/policy/go.mod"

version=""
if [[ -f "$go_mod" ]]; then
    # Matches both `require github.com/... vX` and a line inside a `require ( ... )` block.
    version="$(awk '
        $1 == "require" && $2 == "github.com/open-policy-agent/opa" { print $3; exit }
        $1 == "github.com/open-policy-agent/opa" && $2 ~ /^v/ { print $2; exit }
    ' "$go_mod")"
fi
if [[ -z "$version" ]]; then
    version="$fallback_version"
fi
if [[ ! "$version" =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]+)?$ ]]; then
    echo "build_opa.sh: unexpected OPA version '$version' in $go_mod" >&2
    exit 2
fi

mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
bin="$out_dir/opa"
want="${version#v}"

# `opa version` prints a line "Version: 1.22.3".
current_version() {
    "$bin" version 2>/dev/null | awk -F': *' '$1 == "Version" { print $2; exit }'
}

if [[ -x "$bin" ]] && [[ "$(current_version || true)" == "$want" ]]; then
    echo "build_opa.sh: $bin is already OPA $want" >&2
    echo "$bin"
    exit 0
fi

echo "build_opa.sh: building OPA $version into $out_dir (takes a few minutes)" >&2
start=$(date +%s)
# Build outside any module so the repository's go.mod files play no part; CGO off gives a
# static binary and avoids needing a C toolchain.
(
    cd "$out_dir"
    GOBIN="$out_dir" CGO_ENABLED=0 GOFLAGS=-mod=mod go install "github.com/open-policy-agent/opa@$version"
)
got="$(current_version || true)"
if [[ "$got" != "$want" ]]; then
    echo "build_opa.sh: built binary reports version '$got', expected '$want'" >&2
    exit 1
fi
echo "build_opa.sh: built OPA $want in $(( $(date +%s) - start ))s" >&2
echo "$bin"
