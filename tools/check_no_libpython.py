#!/usr/bin/env python3
"""Fail if any extension in the given wheels or .so files links libpython (NEEDED entry).

auditwheel allow-lists libpython (pypa/auditwheel#589), so a wheel built without gopy's
-dynamic-link would pass it and then load a second libpython, or fail to load, at import.
Usage: check_no_libpython.py WHEEL_OR_SO [...]   (needs readelf from binutils)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path


def needed(so: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(so)], capture_output=True, text=True, check=True).stdout
    return [line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


def check(paths: list[Path]) -> int:
    if shutil.which("readelf") is None:
        print("readelf not found (install binutils)", file=sys.stderr)
        return 2
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            if path.suffix == ".whl":
                with zipfile.ZipFile(path) as zf:
                    members = [m for m in zf.namelist() if m.endswith(".so")]
                    zf.extractall(tmp, members)
                sos = [Path(tmp) / m for m in members]
                if not sos:
                    print(f"{path.name}: no extension module inside", file=sys.stderr)
                    bad += 1
            else:
                sos = [path]
            for so in sos:
                libs = needed(so)
                flagged = [lib for lib in libs if lib.startswith("libpython")]
                print(f"{so.name}: NEEDED {libs}{'  <-- links libpython' if flagged else ''}")
                bad += bool(flagged)
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(check([Path(p) for p in sys.argv[1:]]))
