"""tools/gopy_free_threaded.py: the build step that declares in the module init that the
extension needs no GIL on a free-threaded CPython."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(os.environ["SARK_REPO_ROOT"]) if os.environ.get("SARK_REPO_ROOT") else None
pytestmark = pytest.mark.skipif(
    ROOT is None or not (ROOT / "tools" / "gopy_free_threaded.py").exists(), reason="needs SARK_REPO_ROOT: a checkout"
)

# The module init as pybindgen 0.22.1 writes it for gopy v0.5.0.
INIT = """MOD_INIT(_sarkgo)
{
    PyObject *m;
    #if PY_VERSION_HEX >= 0x03000000
    m = PyModule_Create(&_sarkgo_moduledef);
    #else
    m = Py_InitModule3((char *) "_sarkgo", _sarkgo_functions, NULL);
    #endif
    if (m == NULL) {
        return MOD_ERROR;
    }
    return MOD_RETURN(m);
}
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    assert ROOT is not None
    spec = importlib.util.spec_from_file_location("gopy_free_threaded", ROOT / "tools" / "gopy_free_threaded.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_declaration_follows_the_null_check(tool: ModuleType) -> None:
    out = tool.declare_gil_not_used(INIT)
    checked = out.index("    if (m == NULL) {\n        return MOD_ERROR;\n    }\n")
    declared = out.index("#ifdef Py_GIL_DISABLED\n")
    assert checked < declared < out.index("    return MOD_RETURN(m);")
    assert "PyUnstable_Module_SetGIL(m, Py_MOD_GIL_NOT_USED)" in out[declared:]
    assert out.replace(tool.DECLARATION, "") == INIT  # nothing else changes
    assert tool.declare_gil_not_used(out) == out  # gopy may run `go` again after patching


def test_a_reshaped_module_init_fails_the_build(tool: ModuleType) -> None:
    with pytest.raises(SystemExit, match="does not create the module"):
        tool.declare_gil_not_used(INIT.replace("PyModule_Create(", "PyModule_Create2("))
    with pytest.raises(SystemExit, match="does not check the new module"):
        tool.declare_gil_not_used(INIT.replace("return MOD_ERROR;", "return NULL;"))


def test_the_file_is_patched_only_where_it_exists(tool: ModuleType, tmp_path: Path) -> None:
    assert tool.main([str(tmp_path / "sarkgo.c")]) == 0  # before build.py wrote it: nothing to do
    assert not (tmp_path / "sarkgo.c").exists()
    (tmp_path / "sarkgo.c").write_text(INIT)
    assert tool.main([str(tmp_path / "sarkgo.c")]) == 0
    assert tool.DECLARATION in (tmp_path / "sarkgo.c").read_text()
