"""Keep the GIL in the gopy wrappers of binding functions marked ``//sark:holdgil``.

gopy releases the GIL around every Go call (``PyEval_SaveThread`` ... ``PyEval_RestoreThread``
in the generated ``sarkgo.go``). For a call of a microsecond or two that costs more than it
gives: with two Python threads, each release hands the GIL over through an OS wake-up of the
other thread (tens of microseconds), and the caller then waits to get it back, so throughput
falls below one thread's (BENCHMARKS.md, "Threads"). A binding function whose doc comment
ends with the directive line ``//sark:holdgil`` runs with the GIL held instead: no hand-off, no waiting. Only
functions that never block and finish in bounded, short time may carry the mark, unless they
give the GIL up themselves before longer work: this script also installs, in an ``init`` of
the generated package, the hooks (PyEval_SaveThread and PyEval_RestoreThread) that
go/sarkbind/gilhook calls for that.

gopy runs ``goimports -w sarkgo.go`` from PATH right after generating the file; setup.py puts a
``goimports`` there that runs this script and then the real goimports:

    python gopy_hold_gil.py <sarkbind dir> <real goimports> -w sarkgo.go
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

MARK = "//sark:holdgil"
_MARKED = re.compile(r"^//sark:holdgil\nfunc (\w+)\(", re.MULTILINE)
_SAVE = "\t_saved_thread := C.PyEval_SaveThread()\n"
_RESTORE = re.compile(r"\t(?:defer )?C\.PyEval_RestoreThread\(_saved_thread\)\n")


def marked_functions(bind_dir: Path) -> list[str]:
    """The binding functions whose doc comment ends with the mark (where gofmt keeps directives)."""
    names: list[str] = []
    for src in sorted(bind_dir.glob("*.go")):
        if src.name.endswith("_test.go"):
            continue
        text = src.read_text(encoding="utf-8")
        found = _MARKED.findall(text)
        if text.count(MARK) != len(found):
            raise SystemExit(f"{src}: {MARK} must be the line right above a func")
        names += found
    return names


def hold_gil(generated: str, names: list[str]) -> str:
    """``generated`` (gopy's sarkgo.go) with the GIL release removed from each named wrapper.
    Fails when a wrapper is missing or not shaped as expected (a gopy upgrade changed it)."""
    for name in names:
        head = f"//export sarkbind_{name}\nfunc sarkbind_{name}("
        start = generated.find(head)
        if start < 0:
            raise SystemExit(f"gopy_hold_gil: no wrapper sarkbind_{name} in the generated code")
        end = generated.index("\n}\n", start) + 3
        body = generated[start:end]
        if body.count(_SAVE) != 1 or len(_RESTORE.findall(body)) != 1:
            raise SystemExit(f"gopy_hold_gil: sarkbind_{name} does not release the GIL the way gopy v0.5.0 does")
        body = _RESTORE.sub("", body.replace(_SAVE, ""))
        generated = generated[:start] + body + generated[end:]
    return generated


_BINDING_IMPORT = re.compile(r'^\t"([\w./-]+/sarkbind)"\n', re.MULTILINE)
_HOOKS = """
// Written by tools/gopy_hold_gil.py: lets //sark:holdgil functions give the GIL up halfway.
func init() {
\tgilhook.Install(
\t\tfunc() unsafe.Pointer { return unsafe.Pointer(C.PyEval_SaveThread()) },
\t\tfunc(ts unsafe.Pointer) { C.PyEval_RestoreThread((*C.PyThreadState)(ts)) },
\t)
}
"""


def install_hooks(generated: str) -> str:
    """``generated`` with go/sarkbind/gilhook imported and its hooks installed at init."""
    found = _BINDING_IMPORT.search(generated)
    if found is None:
        raise SystemExit("gopy_hold_gil: the generated code does not import the binding as expected")
    imports = f'\t"{found.group(1)}/gilhook"\n'
    if '\t"unsafe"\n' not in generated[: found.start()]:  # gopy leaves it to goimports
        imports += '\t"unsafe"\n'
    return generated[: found.end()] + imports + generated[found.end() :] + _HOOKS


def main(argv: list[str]) -> int:
    bind_dir, goimports, *args = argv
    target = Path(args[-1])
    if target.name == "sarkgo.go" and target.exists():
        generated = hold_gil(target.read_text(encoding="utf-8"), marked_functions(Path(bind_dir)))
        target.write_text(install_hooks(generated))
    return subprocess.run([goimports, *args]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
