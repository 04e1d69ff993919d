#!/usr/bin/env python3
"""Make the CPython headers an aarch64 (glibc) build of an extension compiles against, from this
machine's x86_64 headers of the same CPython version (tools/build_wheels.sh).

Only pyconfig.h is per-architecture. Debian's libpython3.11-dev and libpython3.13-dev differ
between amd64 and arm64 in exactly the first four lines of ARM64 below, sid's libpython3.14-dev
(3.14.10) in those and the two HACL* SIMD lines, which older versions lack (checked with
`apt-get download` of both and diff); the other headers are identical. Debian ships no 3.10 or
3.12 for arm64, so every version is derived the same way; a pyconfig.h that lacks the x86_64
lines is refused rather than guessed at.
Usage: aarch64_python_headers.py X86_64_INCLUDE_DIR OUT_DIR
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

# x86_64 line -> aarch64 line; the first two must be there (they say the input is x86_64).
ARM64 = {
    "#define HAVE_GCC_ASM_FOR_X64 1": "/* #undef HAVE_GCC_ASM_FOR_X64 */",
    "#define HAVE_GCC_ASM_FOR_X87 1": "/* #undef HAVE_GCC_ASM_FOR_X87 */",
    "/* #undef HAVE_USABLE_WCHAR_T */": "#define HAVE_USABLE_WCHAR_T 1",  # wchar_t is unsigned on arm64
    "#define PY_SUPPORT_TIER 1": "#define PY_SUPPORT_TIER 2",
    # 3.14+: hashlib's vectorised HACL* code is x86_64-only.
    "#define _Py_HACL_CAN_COMPILE_VEC128 1": "/* #undef _Py_HACL_CAN_COMPILE_VEC128 */",
    "#define _Py_HACL_CAN_COMPILE_VEC256 1": "/* #undef _Py_HACL_CAN_COMPILE_VEC256 */",
}
REQUIRED = list(ARM64)[:2]


def derive(pyconfig: str) -> str:
    lines = pyconfig.splitlines()
    missing = [line for line in REQUIRED if line not in lines]
    if missing:
        raise SystemExit(f"not an x86_64 pyconfig.h (no {missing})")
    return "\n".join(ARM64.get(line, line) for line in lines) + "\n"


def main(src: Path, out: Path) -> None:
    if not (src / "Python.h").is_file():
        raise SystemExit(f"{src} holds no Python.h")
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(src, out)
    (out / "pyconfig.h").write_text(derive((src / "pyconfig.h").read_text()))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
