"""Declare in the extension's module init that it does not need the GIL (PEP 703).

A free-threaded CPython (``python3.14t``, built ``--disable-gil``) turns the GIL back on for the
whole process when it imports an extension that does not declare ``Py_MOD_GIL_NOT_USED``, and
pybindgen's module init (``sarkgo.c``, which gopy generates with ``build.py``) declares nothing.
This script adds ``PyUnstable_Module_SetGIL(m, Py_MOD_GIL_NOT_USED)`` right after the module is
created, under ``#ifdef Py_GIL_DISABLED``, so builds for a CPython with a GIL compile as before.

The declaration is sound because nothing in the extension uses the GIL as a lock: gopy releases
it around every Go call, so go/sarkbind is safe for concurrent use already (a test makes two
Python threads meet inside one Go function); gopy's handle table has its own mutex; the
wrappers touch Python objects only through the calling thread's own arguments and error state;
and the holdgil wrappers and go/sarkbind/gilhook call ``PyEval_SaveThread`` and
``PyEval_RestoreThread``, which on a free-threaded CPython detach and re-attach the thread state.
The declaration turns the GIL off for the package's Python code too: the one place that relied
on it as a lock, the gateway's decision counts (``Counter.update``, which crashed 3.14t), takes a
lock on a free-threaded build (BENCHMARKS.md, "free-threaded CPython 3.14t").

gopy runs ``go`` from PATH; setup.py's ``go`` runs this script first, in gopy's output folder:
``sarkgo.c`` exists there only between ``build.py`` and the final link, which is when it is patched.

    python gopy_free_threaded.py sarkgo.c
"""

from __future__ import annotations

import sys
from pathlib import Path

_CREATED = "    m = PyModule_Create(&_sarkgo_moduledef);\n"
_CHECKED = "    if (m == NULL) {\n        return MOD_ERROR;\n    }\n"
DECLARATION = """#ifdef Py_GIL_DISABLED
    /* Written by tools/gopy_free_threaded.py: the extension needs no GIL. */
    if (PyUnstable_Module_SetGIL(m, Py_MOD_GIL_NOT_USED) < 0) {
        Py_DECREF(m);
        return MOD_ERROR;
    }
#endif
"""


def declare_gil_not_used(source: str) -> str:
    """``source`` (pybindgen's sarkgo.c) with the declaration after the module's creation.
    Idempotent; fails when the module init is not shaped as pybindgen's (an upgrade changed it)."""
    if DECLARATION in source:
        return source
    start = source.find(_CREATED)
    if start < 0 or source.count(_CREATED) != 1:
        raise SystemExit("gopy_free_threaded: sarkgo.c does not create the module the way pybindgen does")
    at = source.find(_CHECKED, start)
    if at < 0:
        raise SystemExit("gopy_free_threaded: sarkgo.c does not check the new module the way pybindgen does")
    at += len(_CHECKED)
    return source[:at] + DECLARATION + source[at:]


def main(argv: list[str]) -> int:
    (target,) = (Path(arg) for arg in argv)
    if target.exists():
        target.write_text(declare_gil_not_used(target.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
