#!/usr/bin/env bash
# cibuildwheel before-all (inside the manylinux container): install the Go toolchain that
# go/sarkbind/go.mod names, and warm the module cache shared by every Python version's build.
set -euo pipefail
project="$(cd "$(dirname "$0")/.." && pwd)"
version="$(awk '$1 == "toolchain" {sub(/^go/, "", $2); print $2}' "$project/go/sarkbind/go.mod")"
[ -n "$version" ] || version="$(awk '$1 == "go" {print $2; exit}' "$project/go/sarkbind/go.mod")"
case "$(uname -m)" in
  x86_64) arch=amd64 ;;
  aarch64) arch=arm64 ;;
  *) echo "unsupported architecture $(uname -m)" >&2; exit 1 ;;
esac
if ! /usr/local/go/bin/go version 2>/dev/null | grep -q "go$version "; then
  curl -fsSL "https://go.dev/dl/go${version}.linux-${arch}.tar.gz" | tar -C /usr/local -xz
fi
/usr/local/go/bin/go version
cd "$project/go/sarkbind" && GOWORK=off GOFLAGS=-modcacherw /usr/local/go/bin/go mod download
