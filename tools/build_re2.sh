#!/usr/bin/env bash
# Build RE2 2022-06-01 as a static, position-independent libre2.a (plus headers and re2.pc),
# for setup.py to link into the extension (README, "Native RE2").
#
# Why not the distribution's: Debian's libre2-dev ships a libre2.a compiled for executables
# (-fPIE, local-exec TLS), which cannot go into a shared object; RE2 releases after 2022 need
# Abseil, which setup.py does not link statically.
#
# Usage: PKG_CONFIG_PATH=$(tools/build_re2.sh [PREFIX]) pip install .
#   PREFIX defaults to build/re2 under the repository root; prints PREFIX/lib/pkgconfig on
#   stdout and skips the build when PREFIX already holds the library.
# Source, first found: RE2_SOURCE (an unpacked RE2 2022-06-01 tree); Debian's source package
#   (apt-get source: needs a deb-src entry, dpkg-dev, unicode-data); the
#   upstream release tarball, downloaded with curl (hosted CI).
set -euo pipefail

version="2022-06-01"
debian_version="20220601+dfsg-1"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${1:-$repo_root/build/re2}"
pcdir="$prefix/lib/pkgconfig"
if [[ -f "$prefix/lib/libre2.a" && -f "$pcdir/re2.pc" ]]; then
    echo "$pcdir"
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
make_args=()
if [[ -n "${RE2_SOURCE:-}" ]]; then
    src="$RE2_SOURCE"
elif command -v apt-get >/dev/null && (cd "$work" && apt-get source -qq "re2=$debian_version") >&2 2>&1; then
    src="$(echo "$work"/re2-*/)"
    make_args=(REBUILD_TABLES=1) # the Debian source leaves out the generated Unicode tables
    if ! python3 -c 'import six' 2>/dev/null; then
        # RE2's Unicode table generator imports six: give it a python3 that has it.
        python3 -m venv "$work/py" >&2 && "$work/py/bin/pip" install -q --disable-pip-version-check six==1.17.0 >&2
        export PATH="$work/py/bin:$PATH"
    fi
else
    curl -fsSL "https://github.com/google/re2/archive/refs/tags/$version.tar.gz" | tar xz -C "$work"
    src="$work/re2-$version"
fi

echo "build_re2.sh: building RE2 $version from $src into $prefix" >&2
jobs="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)"
make -C "$src" -j"$jobs" "${make_args[@]}" static-install prefix="$prefix" \
    CXXFLAGS="-O3 -g0 -fPIC" >&2
echo "$pcdir"
