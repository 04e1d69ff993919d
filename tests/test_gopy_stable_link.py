"""tools/gopy_stable_link.py: the build step that keeps gopy's random temporary path out of the
extension's build ID."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(os.environ["SARK_REPO_ROOT"]) if os.environ.get("SARK_REPO_ROOT") else None
pytestmark = pytest.mark.skipif(
    ROOT is None or not (ROOT / "tools" / "gopy_stable_link.py").exists(), reason="needs SARK_REPO_ROOT: a checkout"
)

SCRIPT = "{ global: PyInit__sarkgo; local: *; };\n"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    assert ROOT is not None
    spec = importlib.util.spec_from_file_location("gopy_stable_link", ROOT / "tools" / "gopy_stable_link.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gopy_link_args(script: Path) -> list[str]:
    """The final `go build` as gopy v0.5.0 runs it on Linux."""
    return [
        "build",
        "-mod=mod",
        "-buildmode=c-shared",
        "-tags",
        "re2_cgo",
        f"-ldflags=-s -w -extldflags=-Wl,--version-script={script}",
        "-o",
        "_sarkgo.so",
        ".",
    ]


def test_two_random_paths_of_one_script_give_the_same_arguments(tool: ModuleType, tmp_path: Path) -> None:
    first, second, other = tmp_path / "gopy-exports-111.map", tmp_path / "gopy-exports-222.map", tmp_path / "o.map"
    first.write_text(SCRIPT)
    second.write_text(SCRIPT)
    other.write_text(SCRIPT.replace("PyInit__sarkgo", "PyInit__other"))
    folder = tmp_path / "stable"
    folder.mkdir()
    a = tool.stable_args(gopy_link_args(first), folder)
    assert a == tool.stable_args(gopy_link_args(second), folder)
    assert a != tool.stable_args(gopy_link_args(other), folder)  # the name follows the content
    (ldflags,) = [arg for arg in a if arg.startswith("-ldflags=")]
    stable = Path(ldflags.rsplit("--version-script=", 1)[1])
    assert stable.parent == folder and stable.read_text() == SCRIPT
    assert [arg for arg in a if not arg.startswith("-ldflags=")] == [
        arg for arg in gopy_link_args(first) if not arg.startswith("-ldflags=")
    ]


def test_other_go_commands_pass_unchanged(tool: ModuleType, tmp_path: Path) -> None:
    args = ["build", "-mod=mod", "-buildmode=c-shared", "-ldflags=-s -w", "-o", "x.so", "."]
    assert tool.stable_args(args, tmp_path) == args
    assert tool.stable_args(["env", "GOPATH"], tmp_path) == ["env", "GOPATH"]
    assert list(tmp_path.iterdir()) == []
