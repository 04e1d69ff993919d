"""Give gopy's final link a linker version script at a path that is the same in every build.

gopy v0.5.0 links the extension with a version script (``{ global: PyInit__sarkgo; local: *; };``)
that it writes to a fresh temporary file, ``/tmp/gopy-exports-<random>.map``, passed as
``-ldflags=... -extldflags=-Wl,--version-script=<that path>``. The go command hashes ``-ldflags``
into the link's action ID, which is the first part of the extension's Go build ID, from which
the GNU build ID follows: two builds of one tree differed in those 40 bytes and nothing else.

gopy runs ``go`` from PATH; setup.py puts a ``go`` there that runs this script, which copies
each such script to a file named by its content in the temporary folder and runs the real go
with that path instead:

    python gopy_stable_link.py <real go> <go arguments>
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
from pathlib import Path

_SCRIPT = re.compile(r"--version-script=(\S+)")


def stable_copy(script: Path, folder: Path) -> Path:
    """``script`` copied to ``folder``/sark-accel-exports-<sha256>.map (written atomically: builds
    running at once may share it)."""
    data = script.read_bytes()
    dest = folder / f"sark-accel-exports-{hashlib.sha256(data).hexdigest()[:16]}.map"
    if not dest.exists() or dest.read_bytes() != data:
        tmp = dest.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, dest)
    return dest


def stable_args(args: list[str], folder: Path) -> list[str]:
    """The go arguments with every ``-ldflags`` naming a version script pointed at its stable copy."""
    out = []
    for arg in args:
        if arg.startswith("-ldflags=") and (m := _SCRIPT.search(arg)):
            arg = arg.replace(m.group(1), str(stable_copy(Path(m.group(1)), folder)))
        out.append(arg)
    return out


def main(argv: list[str]) -> None:
    go, *args = argv
    os.execv(go, [go, *stable_args(args, Path(tempfile.gettempdir()))])


if __name__ == "__main__":
    main(sys.argv[1:])
