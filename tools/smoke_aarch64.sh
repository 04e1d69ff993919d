#!/usr/bin/env bash
# Run an aarch64 release wheel where this x86_64 machine can: under qemu-user, on Debian's arm64
# CPython of the wheel's version, import it and run `sark-accel demo` on the go backend (parse ->
# scan -> policy through the extension), and check it reports the static RE2.
#
# Usage: tools/smoke_aarch64.sh dist/sark_accel-*-cp3XX-cp3XX-manylinux_2_28_aarch64.whl
# Needs qemu-aarch64 (Debian: apt-get install qemu-user) and apt-get: the arm64 CPython and
# glibc are downloaded once (apt-get download, own apt state, nothing installed) into
# build/release/arm64-<suite>. Debian ships arm64 CPython 3.11 (bookworm) and 3.13 (trixie)
# only: no Debian release has 3.10 or 3.12, so those wheels cannot be run here (exit 2).
set -euo pipefail

wheel="$(realpath "$1")"
[[ "$wheel" =~ -cp3([0-9]+)-cp3[0-9]+-manylinux_2_28_aarch64\.whl$ ]] || { echo "want an aarch64 release wheel, not $wheel" >&2; exit 2; }
version="3.${BASH_REMATCH[1]}"
case "$version" in
    3.11) suite=bookworm ssl=libssl3 ;;
    3.13) suite=trixie ssl=libssl3t64 ;;
    *) echo "smoke_aarch64.sh: no Debian release ships an arm64 CPython $version" >&2; exit 2 ;;
esac
command -v qemu-aarch64 >/dev/null || { echo "no qemu-aarch64 (apt-get install qemu-user)" >&2; exit 2; }
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
root="$repo/build/release/arm64-$suite"
packages=("python$version" "python$version-minimal" "libpython$version-minimal" "libpython$version-stdlib" libc6 libexpat1 zlib1g libffi8 "$ssl")

if [[ ! -x "$root/usr/bin/python$version" ]]; then
    apt_dir="$repo/build/release/apt-arm64-$suite"
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs" "$root"
    : >"$apt_dir/status"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" \
        >"$apt_dir/sources.list"
    cat >"$apt_dir/apt.conf" <<CONF
APT::Architecture "arm64";
APT::Architectures { "arm64"; };
Dir::State::Lists "$apt_dir/lists";
Dir::State::status "$apt_dir/status";
Dir::Cache "$apt_dir/cache";
Dir::Etc::SourceList "$apt_dir/sources.list";
Dir::Etc::SourceParts "/nonexistent";
CONF
    export APT_CONFIG="$apt_dir/apt.conf"
    apt-get update -qq
    (cd "$apt_dir/debs" && apt-get download -qq "${packages[@]/%/:arm64}" 2>&1 | grep -v unsandboxed || true)
    for deb in "$apt_dir"/debs/*.deb; do dpkg-deb -x "$deb" "$root"; done
    [[ -e "$root/lib" ]] || ln -s usr/lib "$root/lib"
    unset APT_CONFIG
fi

site="$(mktemp -d)"
trap 'rm -rf "$site"' EXIT
unzip -q "$wheel" -d "$site"
cd "$site" # not the source tree: the wheel's sark_accel is the one imported
run() { PYTHONPATH="$site" SARK_ACCEL_BACKEND=go timeout 600 qemu-aarch64 -L "$root" "$root/usr/bin/python$version" "$@"; }
run -c 'import platform, sark_accel
info = sark_accel.info()
assert platform.machine() == "aarch64", platform.machine()
assert info["re2"] == "libre2 (cgo, static)", info["re2"]
print("aarch64:", sark_accel.__file__, info["re2"], info["go_version"])'
run -m sark_accel demo >"$site/demo.txt"
head -5 "$site/demo.txt"
grep -q "native=True" "$site/demo.txt"
grep -q "| go " "$site/demo.txt"
echo "smoke_aarch64.sh: $(basename "$wheel") imports and runs the demo under qemu-aarch64"
