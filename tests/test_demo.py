"""The README's main job, `sark-accel demo`: the bundled example traffic through every engine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def demo(cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SARK_ACCEL_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "sark_accel", "demo"],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,  # never the source tree, whose sark_accel/ would shadow the installed package
        timeout=300,
    )


@pytest.mark.usefixtures("native")
def test_demo_on_the_go_engines(tmp_path: Path) -> None:
    out = demo(tmp_path)
    assert out.returncode == 0, out.stderr
    for text in ("denied by policy", "blocked: prompt injection", "top deny reasons", "| go ", "| python "):
        assert text in out.stdout, text


def test_demo_on_the_python_references(tmp_path: Path) -> None:
    out = demo(tmp_path, SARK_ACCEL_BACKEND="python")
    assert out.returncode == 0, out.stderr
    assert "blocked: prompt injection" in out.stdout
    assert "no policy stage: it runs on the go backend" in out.stdout
