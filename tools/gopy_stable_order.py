"""Put gopy's generated binding functions in name order, so two builds give the same extension.

gopy v0.5.0 collects the binding's functions in a Go map and writes them in its iteration order,
which Go randomises per run: the wrappers in ``sarkgo.go`` and the ``add_*function`` lines of
``build.py`` (from which pybindgen writes ``sarkgo.c``) come out shuffled, and so do the code
layout and method table of the extension (BENCHMARKS.md, "Reproducible builds"). Neither order
means anything: Go declarations and pybindgen's functions may come in any order. gopy also
copies its command line, which names the build's folders, into the comment atop ``sarkgo.go``:
cgo names the exported functions after a hash of that file, so the comment is replaced.

gopy runs ``goimports -w sarkgo.go`` in its output folder after writing both files and before
running ``build.py``; setup.py's ``goimports`` shim runs this script first:

    python gopy_stable_order.py -w sarkgo.go
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FUNCTIONS = "\n// ---- Functions ---\n"
# One wrapper: its //export line, the func, and the closing brace at column 0.
_WRAPPER = re.compile(r"\n//export (\w+)\nfunc \1\(.*?\n}\n", re.DOTALL)
_COMMAND = re.compile(r"^gopy (?:build|gen) .*$", re.MULTILINE)
_ADD = re.compile(r"^add_checked(?:_string)?_function\(mod, '(sarkbind_\w+)', .*\)$")


def sort_go_wrappers(generated: str) -> str:
    """``sarkgo.go`` with the wrappers after gopy's "Functions" heading in name order. Fails when
    that part holds anything but wrappers (a gopy upgrade changed its shape)."""
    head, sep, tail = generated.partition(FUNCTIONS)
    if not sep:
        raise SystemExit("gopy_stable_order: no '// ---- Functions ---' section in sarkgo.go")
    wrappers: dict[str, str] = {}
    end = 0
    for m in _WRAPPER.finditer(tail):
        if tail[end : m.start()].strip() or m.group(1) in wrappers:
            raise SystemExit(f"gopy_stable_order: unexpected code before wrapper {m.group(1)} in sarkgo.go")
        wrappers[m.group(1)] = m.group(0).strip("\n")
        end = m.end()
    if tail[end:].strip() or not wrappers:
        raise SystemExit("gopy_stable_order: sarkgo.go's Functions section is not a list of wrappers")
    return head + sep + "\n" + "\n\n".join(wrappers[name] for name in sorted(wrappers)) + "\n"


def drop_command_line(generated: str) -> str:
    """``sarkgo.go`` without gopy's command line in its opening comment."""
    end = generated.find("*/")
    if not generated.startswith("/*") or end < 0 or len(_COMMAND.findall(generated[:end])) != 1:
        raise SystemExit("gopy_stable_order: sarkgo.go does not open with gopy's comment and command line")
    return _COMMAND.sub("gopy command line left out (it names the build's folders)", generated[:end]) + generated[end:]


def sort_build_functions(script: str) -> str:
    """``build.py`` with the lines that add the binding's functions (``sarkbind_*``) in name order.
    Fails unless those lines are one contiguous run (the shape gopy v0.5.0 writes)."""
    lines = script.split("\n")
    rows = [i for i, line in enumerate(lines) if "(mod, 'sarkbind_" in line]
    if not rows:
        raise SystemExit("gopy_stable_order: build.py adds no binding functions")
    first, last = rows[0], rows[-1]
    if last - first + 1 != len(rows):
        raise SystemExit("gopy_stable_order: build.py's binding functions are not one run of lines")
    block = lines[first : last + 1]
    names: list[str] = []
    for line in block:
        m = _ADD.match(line)
        if m is None:
            raise SystemExit(f"gopy_stable_order: unexpected line in build.py: {line[:80]}")
        names.append(m.group(1))
    if len(set(names)) != len(names):
        raise SystemExit("gopy_stable_order: build.py adds a binding function twice")
    lines[first : last + 1] = [line for _, line in sorted(zip(names, block, strict=True))]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    target = Path(argv[-1])  # goimports' arguments: -w sarkgo.go
    if target.name != "sarkgo.go" or not target.exists():
        return 0
    build = target.with_name("build.py")
    target.write_text(drop_command_line(sort_go_wrappers(target.read_text(encoding="utf-8"))), encoding="utf-8")
    build.write_text(sort_build_functions(build.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
