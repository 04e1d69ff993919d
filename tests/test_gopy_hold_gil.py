"""tools/gopy_hold_gil.py: the build step that keeps the GIL in the wrappers of short calls."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(os.environ["SARK_REPO_ROOT"]) if os.environ.get("SARK_REPO_ROOT") else None
pytestmark = pytest.mark.skipif(
    ROOT is None or not (ROOT / "tools" / "gopy_hold_gil.py").exists(), reason="needs SARK_REPO_ROOT: a checkout"
)

# Two wrappers as gopy v0.5.0 writes them: one returning a value, one through a deferred restore.
GENERATED = """package main

import (
\t"unsafe"

\t"github.com/sark-accel/sark-accel/go/sarkbind"
)

//export sarkbind_Short
func sarkbind_Short(h C.longlong) *C.char {
\t_saved_thread := C.PyEval_SaveThread()
\tcret, __err := sarkbind.Short(int64(h))

\tC.PyEval_RestoreThread(_saved_thread)
\treturn C.CString(cret)
}

//export sarkbind_Long
func sarkbind_Long(h C.longlong) {
\t_saved_thread := C.PyEval_SaveThread()
\tdefer C.PyEval_RestoreThread(_saved_thread)
\tsarkbind.Long(int64(h))
}
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    assert ROOT is not None
    spec = importlib.util.spec_from_file_location("gopy_hold_gil", ROOT / "tools" / "gopy_hold_gil.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_the_named_wrapper_keeps_the_gil(tool: ModuleType) -> None:
    out = tool.hold_gil(GENERATED, ["Short"])
    short, long = out.split("//export sarkbind_Long")
    assert "PyEval" not in short and "sarkbind.Short(int64(h))" in short
    assert long.count("PyEval_SaveThread") == 1 and long.count("defer C.PyEval_RestoreThread") == 1
    assert tool.hold_gil(GENERATED, ["Long"]).count("PyEval") == 2  # Short's pair stays


def test_a_missing_or_reshaped_wrapper_fails_the_build(tool: ModuleType) -> None:
    with pytest.raises(SystemExit, match="no wrapper sarkbind_Gone"):
        tool.hold_gil(GENERATED, ["Gone"])
    with pytest.raises(SystemExit, match="does not release the GIL"):
        tool.hold_gil(GENERATED.replace("\t_saved_thread := C.PyEval_SaveThread()\n", "", 1), ["Short"])


def test_marks_are_read_from_the_binding(tool: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "a.go").write_text("// Short is quick.\n//\n//sark:holdgil\nfunc Short(h int64) {}\n\nfunc Long() {}\n")
    (tmp_path / "a_test.go").write_text("//sark:holdgil\nfunc TestX() {}\n")
    assert tool.marked_functions(tmp_path) == ["Short"]
    (tmp_path / "b.go").write_text("//sark:holdgil\n\nfunc Stray() {}\n")
    with pytest.raises(SystemExit, match="right above a func"):
        tool.marked_functions(tmp_path)


def test_the_binding_marks_exist(tool: ModuleType) -> None:
    assert ROOT is not None
    names = tool.marked_functions(ROOT / "go" / "sarkbind")
    assert "CacheGet" in names and len(names) == len(set(names))


def test_the_gil_hooks_are_installed_at_init(tool: ModuleType) -> None:
    out = tool.install_hooks(GENERATED)
    assert (
        '\t"github.com/sark-accel/sark-accel/go/sarkbind"\n\t"github.com/sark-accel/sark-accel/go/sarkbind/gilhook"\n'
        in out
    )
    hooks = out[out.index("func init()") :]
    assert "gilhook.Install(" in hooks and "C.PyEval_SaveThread()" in hooks and "C.PyEval_RestoreThread(" in hooks
    assert out.count('"unsafe"') == 1
    assert tool.install_hooks(GENERATED.replace('\t"unsafe"\n', "")).count('"unsafe"') == 1  # gopy leaves it out
    with pytest.raises(SystemExit, match="does not import the binding"):
        tool.install_hooks(GENERATED.replace("/go/sarkbind", "/go/other"))
