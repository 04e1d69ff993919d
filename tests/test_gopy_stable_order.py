"""tools/gopy_stable_order.py: the build step that makes gopy's output, and so the extension, the
same from build to build."""

from __future__ import annotations

import importlib.util
import os
import random
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(os.environ["SARK_REPO_ROOT"]) if os.environ.get("SARK_REPO_ROOT") else None
pytestmark = pytest.mark.skipif(
    ROOT is None or not (ROOT / "tools" / "gopy_stable_order.py").exists(), reason="needs SARK_REPO_ROOT: a checkout"
)

NAMES = ["CacheGet", "AnomalyNew", "PolicyClose", "GoVersion", "CacheGetMany"]
HEAD = "package main\n\n// ---- Constructors ---\n\n\n// ---- Functions ---\n"


def wrapper(name: str) -> str:
    """One wrapper as gopy v0.5.0 writes it (blank line with a tab included)."""
    return (
        f"//export sarkbind_{name}\nfunc sarkbind_{name}(h C.longlong) *C.char {{\n"
        f"\t_saved_thread := C.PyEval_SaveThread()\n\tcret, __err := sarkbind.{name}(int64(h))\n\t\n"
        '\tC.PyEval_RestoreThread(_saved_thread)\n\tif __err != nil {\n\t\treturn C.CString("")\n\t}\n'
        "\treturn C.CString(cret)\n}\n"
    )


def sarkgo_go(names: list[str]) -> str:
    return HEAD + "\n" + "\n".join(wrapper(n) for n in names) + "\n\n"


def build_py(names: list[str]) -> str:
    fixed = [
        "mod = Module('_sarkgo')",
        "mod.add_function('GoPyInit', None, [])",
        "add_checked_string_function(mod, 'Slice_string_elem', retval('char*'), [param('int64_t', 'handle')])",
        "mod.add_function('Slice_uint8_append', None, [param('int64_t', 'handle'), param('uint8_t', 'value')])",
    ]
    funcs = [f"add_checked_function(mod, 'sarkbind_{n}', retval('int64_t'), [param('int64_t', 'h')])" for n in names]
    return "\n".join([*fixed, *funcs, "", "mod.generate(open('sarkgo.c', 'w'))", ""])


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    assert ROOT is not None
    spec = importlib.util.spec_from_file_location("gopy_stable_order", ROOT / "tools" / "gopy_stable_order.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shuffled(seed: int) -> list[str]:
    names = list(NAMES)
    random.Random(seed).shuffle(names)
    return names


def test_any_order_of_wrappers_gives_the_same_file(tool: ModuleType) -> None:
    outs = {tool.sort_go_wrappers(sarkgo_go(shuffled(seed))) for seed in range(8)}
    assert len(outs) == 1
    (out,) = outs
    assert out.startswith(HEAD)
    found = [line.removeprefix("//export sarkbind_") for line in out.splitlines() if line.startswith("//export")]
    assert found == sorted(NAMES)
    for name in NAMES:  # every wrapper kept whole
        assert wrapper(name).rstrip("\n") in out


def test_any_order_of_build_lines_gives_the_same_script(tool: ModuleType) -> None:
    outs = {tool.sort_build_functions(build_py(shuffled(seed))) for seed in range(8)}
    assert len(outs) == 1
    (out,) = outs
    lines = out.split("\n")
    assert lines[:4] == build_py([]).split("\n")[:4]  # gopy's own functions stay first, in place
    added = [line.split("'")[1].removeprefix("sarkbind_") for line in lines if "(mod, 'sarkbind_" in line]
    assert added == sorted(NAMES)
    assert lines[-2:] == ["mod.generate(open('sarkgo.c', 'w'))", ""]


def test_a_reshaped_output_fails_the_build(tool: ModuleType) -> None:
    with pytest.raises(SystemExit, match="no '// ---- Functions ---'"):
        tool.sort_go_wrappers(sarkgo_go(NAMES).replace("// ---- Functions ---", "// Functions"))
    with pytest.raises(SystemExit, match="unexpected code"):
        tool.sort_go_wrappers(
            sarkgo_go(NAMES).replace("//export sarkbind_GoVersion", "var x = 1\n\n//export sarkbind_GoVersion")
        )
    with pytest.raises(SystemExit, match="not a list of wrappers"):
        tool.sort_go_wrappers(sarkgo_go(NAMES) + "func trailing() {}\n")
    lines = build_py(NAMES).split("\n")
    lines.insert(6, "x = 1")  # between the second and third binding function
    with pytest.raises(SystemExit, match="not one run"):
        tool.sort_build_functions("\n".join(lines))
    with pytest.raises(SystemExit, match="twice"):
        tool.sort_build_functions(build_py([*NAMES, "CacheGet"]))


def test_the_command_line_naming_build_folders_is_left_out(tool: ModuleType) -> None:
    def opening(folder: str) -> str:
        return f"/*\ncgo stubs for package sarkgo.\ngopy build -vm={folder}/python -output={folder}/_gopy .\n*/\n"

    one = tool.drop_command_line(opening("/tmp/pip-req-build-aaaa") + sarkgo_go(NAMES))
    assert one == tool.drop_command_line(opening("/tmp/pip-req-build-bbbb") + sarkgo_go(NAMES))
    assert "pip-req-build" not in one and one.endswith(sarkgo_go(NAMES))
    with pytest.raises(SystemExit, match="does not open with gopy's comment"):
        tool.drop_command_line(sarkgo_go(NAMES))


def test_main_rewrites_both_files_in_gopys_folder(tool: ModuleType, tmp_path: Path) -> None:
    opening = "/*\ngopy build -output=/tmp/x .\n*/\n"
    (tmp_path / "sarkgo.go").write_text(opening + sarkgo_go(shuffled(1)))
    (tmp_path / "build.py").write_text(build_py(shuffled(2)))
    assert tool.main(["-w", str(tmp_path / "sarkgo.go")]) == 0
    assert (tmp_path / "sarkgo.go").read_text() == tool.drop_command_line(
        opening + tool.sort_go_wrappers(sarkgo_go(NAMES))
    )
    assert (tmp_path / "build.py").read_text() == build_py(sorted(NAMES))
