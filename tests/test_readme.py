"""The README's two commands, as a newcomer runs them.

The first (install, then `sark-accel demo`) runs here in a fresh clone and a fresh virtualenv;
the second (the test command) is what CI runs, read from the README by tools/readme_commands.py,
so this file checks that CI still goes that way instead of running a copy of it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(os.environ["SARK_REPO_ROOT"]) if os.environ.get("SARK_REPO_ROOT") else None
needs_repo = pytest.mark.skipif(
    ROOT is None or not (ROOT / ".git").exists(), reason="needs SARK_REPO_ROOT: a git checkout of sark-accel"
)


def readme_command(which: str) -> str:
    assert ROOT is not None
    out = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "readme_commands.py"), which], capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


@needs_repo
def test_ci_runs_the_readme_test_command_as_written() -> None:
    assert ROOT is not None
    ci = (ROOT / ".ci" / "run").read_text()
    assert 'test_command="$(python3 tools/readme_commands.py test)"' in ci
    assert 'bash -c "$test_command"' in ci
    assert readme_command("test").endswith("python3 -m nox")


@needs_repo
@pytest.mark.skipif(shutil.which("go") is None or shutil.which("git") is None, reason="needs go and git")
def test_readme_install_and_demo_in_a_fresh_clone_and_virtualenv(tmp_path: Path) -> None:
    """Command 1, word for word, with `python3` and `sark-accel` resolving to a new virtualenv, in
    a clone of the committed tree, with none of the build settings CI or nox put in the environment."""
    assert ROOT is not None
    clone = tmp_path / "sark-accel"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SARK_", "PKG_CONFIG", "PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = os.pathsep.join([str(env_dir / "bin"), env.get("PATH", "")])
    command = readme_command("install")
    out = subprocess.run(["bash", "-c", command], cwd=clone, env=env, capture_output=True, text=True, timeout=1800)
    assert out.returncode == 0, f"{command!r} failed:\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    assert "native=True" in out.stdout, out.stdout[:500]  # the installed extension, not the source tree
    for text in ("| decision ", "| total ", "| stage ", "| shadow mode (http proxy) ", " 0 different answers"):
        assert text in out.stdout, text
    assert "NativeUnavailableWarning" not in out.stderr, out.stderr[-2000:]
