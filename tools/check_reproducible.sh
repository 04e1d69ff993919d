#!/usr/bin/env bash
# Reproducible release builds (issue 18): build one release wheel twice with tools/build_wheels.sh,
# each time from the sdist in a fresh pip build folder, and require byte-identical extension
# modules; also says whether the wheels as a whole are identical. Fails (exit 1) on any difference
# and prints how many bytes differ. Not run in CI: two cold cross-builds take far longer than the
# CI job's budget (BENCHMARKS.md, "Reproducible builds").
#
# Usage: tools/check_reproducible.sh [ARCH [X.Y]]   (default: x86_64 3.12)
#   The builds go to a temporary folder, kept for a look when REPRO_KEEP=1.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
arch="${1:-x86_64}"
version="${2:-3.12}"
tmp="$(mktemp -d)"
[[ "${REPRO_KEEP:-}" == 1 ]] && echo "check_reproducible.sh: builds in $tmp" || trap 'rm -rf "$tmp"' EXIT

# One timestamp for both: a commit made while the first builds must not change the second's.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$repo" log -1 --format=%ct 2>/dev/null || echo 315532800)}"
for run in 1 2; do
    ARCHS="$arch" PYTHONS="$version" bash "$repo/tools/build_wheels.sh" "$tmp/$run" >"$tmp/build-$run.log" 2>&1 ||
        { tail -30 "$tmp/build-$run.log" >&2; exit 1; }
    wheel="$(ls "$tmp/$run"/sark_accel-*.whl)"
    mkdir "$tmp/so-$run"
    (cd "$tmp/so-$run" && unzip -q "$wheel" 'sark_accel/_sarkgo*.so')
done

so1="$(ls "$tmp"/so-1/sark_accel/_sarkgo*.so)"
so2="$(ls "$tmp"/so-2/sark_accel/_sarkgo*.so)"
sha256sum "$so1" "$so2" | sed "s|$tmp/||"
w1="$(ls "$tmp"/1/sark_accel-*.whl)"
w2="$(ls "$tmp"/2/sark_accel-*.whl)"
sha256sum "$w1" "$w2" | sed "s|$tmp/||"
if cmp -s "$w1" "$w2"; then echo "check_reproducible.sh: the two wheels are identical"; else echo "check_reproducible.sh: the two wheels differ"; fi
if ! cmp -s "$so1" "$so2"; then
    echo "check_reproducible.sh: the extensions differ in $(cmp -l "$so1" "$so2" | wc -l) of $(stat -c %s "$so1") bytes" >&2
    exit 1
fi
echo "check_reproducible.sh: $arch CPython $version: the two extensions are byte-identical ($(stat -c %s "$so1") bytes)"
