#!/usr/bin/env bash
# Release artifacts without Docker (issue 18): manylinux_2_28 wheels for x86_64 and aarch64, one
# per CPython, and the sdist, into OUT (default dist/) with SHA256SUMS; then checks every wheel
# (tools/check_release_wheel.py: readelf, auditwheel show) and prints its size.
#
# How: zig (the pinned ziglang package, tools/requirements/release.txt) is the C and C++ compiler,
# targeting glibc 2.28 on either architecture; Go cross-compiles (GOARCH) with it through cgo.
# Per architecture, tools/build_re2.sh builds the static RE2 with zig's C++ (libc++, linked into
# the extension). Per (architecture, CPython), the wheel is built from the sdist by that CPython
# (gopy and pybindgen run on it) with SARK_ACCEL_PLATFORM and the target's headers (setup.py,
# CrossTarget): this machine's for x86_64, tools/aarch64_python_headers.py's for aarch64.
#
# Usage: tools/build_wheels.sh [OUT]
#   ARCHS="x86_64 aarch64" and PYTHONS="3.10 3.11 3.12 3.13 3.14" by default; each pythonX.Y is
#   taken from pyenv, else from PATH, and every one must be there (a release skips no CPython).
#   Needs Go (go/sarkbind/go.mod's version), readelf, make, and what tools/build_re2.sh needs;
#   no Docker, no C compiler (zig is one).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$repo/dist}" && cd "${1:-$repo/dist}" && pwd)"
work="${RELEASE_WORK:-$repo/build/release}" # tools, zig wrappers, RE2 per arch, headers
archs="${ARCHS:-x86_64 aarch64}"
pythons="${PYTHONS:-3.10 3.11 3.12 3.13 3.14}"
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}" SARK_ACCEL_RE2=static
# Reproducible archives and objects: timestamps from the last commit, not the clock.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$repo" log -1 --format=%ct 2>/dev/null || echo 315532800)}"

python_for() { # the newest pyenv build of X.Y, else a working pythonX.Y from PATH
    local py
    for py in $(ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$1".*/bin/python"$1" 2>/dev/null | sort -rV) $(command -v "python$1"); do
        "$py" -c 'import sys, venv' 2>/dev/null && echo "$py" && return
    done
    echo "build_wheels.sh: no python$1 on PATH or in pyenv" >&2
    return 1
}

# Every CPython of the set, found before anything is built: a missing one fails the release.
declare -A python
for version in $pythons; do
    python[$version]="$(python_for "$version")" || {
        echo "build_wheels.sh: CPython $version is in the set (PYTHONS=\"$pythons\") but not here: install it, or build fewer with e.g. PYTHONS=\"3.12 3.13\"" >&2
        exit 1
    }
done

# The release tools, pinned with hashes, in their own virtualenv. It lives outside the checkout,
# one per release.txt: zig's cache (libc++ and glibc stubs per target, minutes to build) and Go's
# (the cgo packages, keyed on CC) only hit when zig is at the same path.
mkdir -p "$work"
tools_venv="${XDG_CACHE_HOME:-$HOME/.cache}/sark-accel/release-$(sha256sum "$repo/tools/requirements/release.txt" | cut -c1-12)"
[[ -x "$tools_venv/bin/python" ]] || "${python[${pythons##* }]}" -m venv "$tools_venv"
"$tools_venv/bin/pip" install -q --disable-pip-version-check --require-hashes -r "$repo/tools/requirements/release.txt"
zig="$("$tools_venv/bin/python" -c 'import os, ziglang; print(os.path.join(os.path.dirname(ziglang.__file__), "zig"))')"
export PATH="$tools_venv/bin:$PATH" # auditwheel

toolchain() { # $1 = arch: cc, c++ and ar for it in $work/zig-$1
    local dir="$work/zig-$1" tool
    mkdir -p "$dir"
    for tool in cc c++; do
        # LDSHARED of the building Python carries -Wl,-rpath,<its lib dir>: nothing of this machine goes in.
        # Debian's also has -Wl,-Bsymbolic-functions, which zig refuses (the version script already
        # keeps every symbol but PyInit__sarkgo local).
        cat >"$dir/$tool" <<SH
#!/bin/sh
for a; do shift; case \$a in -Wl,-rpath,* | -Wl,-Bsymbolic-functions) ;; *) set -- "\$@" "\$a" ;; esac; done
exec "$zig" $tool -target $1-linux-gnu.2.28 "\$@"
SH
    done
    printf '#!/bin/sh\nexec "%s" ar "$@"\n' "$zig" >"$dir/ar"
    chmod +x "$dir"/*
    echo "$dir"
}

rm -f "$out"/sark_accel-*.whl "$out"/sark_accel-*.tar.gz "$out/SHA256SUMS"
"$tools_venv/bin/python" -m build --sdist --outdir "$out" "$repo" >"$work/sdist.log" 2>&1 || { cat "$work/sdist.log" >&2; exit 1; }
sdist="$(ls "$out"/sark_accel-*.tar.gz)"
echo "build_wheels.sh: $(basename "$sdist")"

for arch in $archs; do
    zigdir="$(toolchain "$arch")"
    re2pc="$(CXX="$zigdir/c++" AR="$zigdir/ar" bash "$repo/tools/build_re2.sh" "$work/re2-$arch")"
    for version in $pythons; do
        py="${python[$version]}"
        include="$("$py" -c 'import sysconfig; print(sysconfig.get_path("include"))')"
        multiarch="$(dirname "$include")/x86_64-linux-gnu/python$version/pyconfig.h"
        if [[ -f "$multiarch" ]]; then # Debian's pyconfig.h only includes this one, where zig does not look
            rm -rf "$work/include-x86_64/python$version" && mkdir -p "$work/include-x86_64"
            cp -r "$include" "$work/include-x86_64/python$version"
            cp "$multiarch" "$work/include-x86_64/python$version/pyconfig.h"
            include="$work/include-x86_64/python$version"
        fi
        if [[ "$arch" == aarch64 ]]; then
            python3 "$repo/tools/aarch64_python_headers.py" "$include" "$work/include-aarch64/python$version"
            include="$work/include-aarch64/python$version"
        fi
        echo "build_wheels.sh: $arch, CPython $version ($py)"
        PKG_CONFIG_PATH="$re2pc" CC="$zigdir/cc" CXX="$zigdir/c++" \
            SARK_ACCEL_PLATFORM="manylinux_2_28_$arch" SARK_ACCEL_PYTHON_INCLUDE="$include" \
            "$py" -m pip wheel -q --disable-pip-version-check --no-deps -w "$out" "$sdist"
    done
done

(cd "$out" && sha256sum sark_accel-*.whl sark_accel-*.tar.gz >SHA256SUMS)
"$tools_venv/bin/python" "$repo/tools/check_release_wheel.py" "$out"/sark_accel-*.whl
echo "build_wheels.sh: $(wc -l <"$out/SHA256SUMS") files and SHA256SUMS in $out"
