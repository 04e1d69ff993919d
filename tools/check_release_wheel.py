#!/usr/bin/env python3
"""Check release wheels (tools/build_wheels.sh) the way an installer's platform cannot:

- the extension is an ELF shared object for the wheel's architecture (readelf -h);
- it needs only glibc's libraries and the C++ runtime the manylinux policy allows: no libpython
  (the interpreter provides Py*), no libre2, no RPATH/RUNPATH naming the build machine (zig's
  libc++ is linked in; cibuildwheel.toml's g++ build may need libstdc++, whose versions
  auditwheel checks);
- it exports one symbol, PyInit__sarkgo (Go's runtime and RE2 stay local to it);
- `auditwheel show` finds it consistent with the wheel's manylinux_2_28 tag.
Prints each wheel's size. Usage: check_release_wheel.py WHEEL [...]   (readelf, auditwheel on PATH)
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

MACHINE = {"x86_64": "Advanced Micro Devices X86-64", "aarch64": "AArch64"}
POLICY_LIBS = {  # manylinux policy's libraries that Go's runtime and a C++ runtime use
    *("libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "libresolv.so.2"),
    *("ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libstdc++.so.6", "libgcc_s.so.1"),
}
EXPORTS = {"PyInit__sarkgo"}
TAG = re.compile(r"-manylinux_2_28_(x86_64|aarch64)\.whl$")


def readelf(*args: str) -> str:
    return subprocess.run(["readelf", "-W", *args], capture_output=True, text=True, check=True).stdout


def exported(so: Path) -> set[str]:
    """Defined global or weak dynamic symbols (undefined ones are what it imports)."""
    names = set()
    for line in readelf("--dyn-syms", str(so)).splitlines():
        f = line.split()
        if len(f) >= 8 and f[4] in ("GLOBAL", "WEAK") and f[6] != "UND":
            names.add(f[7].split("@")[0])
    return names


def problems(wheel: Path) -> list[str]:
    m = TAG.search(wheel.name)
    if m is None:
        return ["not tagged manylinux_2_28_x86_64 or _aarch64"]
    arch, found = m.group(1), []
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(wheel) as zf:
        sos = [n for n in zf.namelist() if n.endswith(".so")]
        if [Path(n).name.split(".")[0] for n in sos] != ["_sarkgo"]:
            return [f"expected one extension, _sarkgo, found {sos}"]
        if f"-{arch}-linux-gnu.so" not in sos[0]:
            found.append(f"{sos[0]}: file name is not for {arch}")
        so = Path(zf.extract(sos[0], tmp))
        machine = re.search(r"Machine:\s+(.*)", readelf("-h", str(so)))
        if machine is None or machine.group(1).strip() != MACHINE[arch]:
            found.append(f"machine {machine and machine.group(1)!r}, not {MACHINE[arch]!r}")
        dynamic = readelf("-d", str(so))
        needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.*?)\]", dynamic))
        if needed - POLICY_LIBS:
            found.append(f"needs {sorted(needed - POLICY_LIBS)}, outside the manylinux policy")
        if "(RPATH)" in dynamic or "(RUNPATH)" in dynamic:
            found.append("has an RPATH/RUNPATH")
        if exported(so) != EXPORTS:
            found.append(f"exports {sorted(exported(so))[:10]}, not only {sorted(EXPORTS)}")
    show = subprocess.run(["auditwheel", "show", str(wheel)], capture_output=True, text=True)
    text = " ".join(show.stdout.split())
    # e.g. 'is consistent with the following platform tag: "manylinux_2_17_x86_64"'
    tag = re.search(r'consistent with the following platform tag: "manylinux_(\d+)_(\d+)_' + arch, text)
    if show.returncode != 0 or tag is None:
        found.append(f"auditwheel show: {text or show.stderr.strip()}")
    elif (int(tag.group(1)), int(tag.group(2))) > (2, 28):
        found.append(f"auditwheel: needs glibc {tag.group(1)}.{tag.group(2)}, more than manylinux_2_28 allows")
    return found


def main(wheels: list[Path]) -> int:
    failed = 0
    for wheel in wheels:
        found = problems(wheel)
        size = f"{wheel.stat().st_size / 2**20:.1f} MiB"
        print(f"{'FAIL' if found else 'ok  '} {wheel.name} ({size})" + "".join(f"\n     {p}" for p in found))
        failed += bool(found)
    return 1 if failed or not wheels else 0


if __name__ == "__main__":
    sys.exit(main([Path(a) for a in sys.argv[1:]]))
