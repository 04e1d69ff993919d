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


@pytest.fixture
def opa_bin() -> str:
    """An opa binary of go/policy's OPA version (SARK_OPA_BIN, or built by tools/build_opa.sh)."""
    if os.environ.get("SARK_SKIP_OPA") == "1":
        pytest.skip("SARK_SKIP_OPA=1: tests that need an OPA server are skipped")
    sys.path.insert(0, str(Path(__file__).parent / "policy"))
    from opa_server import opa_binary

    return opa_binary()


@pytest.mark.usefixtures("native")
def test_demo_on_the_go_engines(tmp_path: Path) -> None:
    out = demo(tmp_path)
    assert out.returncode == 0, out.stderr
    for text in ("denied by policy", "blocked: prompt injection", "top deny reasons", "| go ", "| python "):
        assert text in out.stdout, text
    counts = outcome_counts(out.stdout)
    assert sum(v for k, v in counts.items() if k != "total") == counts["total"] == 253, counts


def outcome_counts(stdout: str) -> dict[str, int]:
    """The demo's outcome table: one row per outcome, then the total; each request counts once."""
    rows = [line.split("|") for line in stdout.splitlines() if line.startswith("| ")]
    start = next(i for i, r in enumerate(rows) if r[1].strip() == "outcome (one per request)")
    counts = {}
    for r in rows[start + 1 :]:  # past the header (its rule line starts with "|-")
        counts[r[1].strip()] = int(r[2])
        if r[1].strip() == "total":
            return counts
    raise AssertionError(f"no total row in {rows}")


def test_demo_on_the_python_references() -> None:
    # From "/", no build/bin/opa is above the working directory (tmp_path may be inside a checkout).
    out = demo(Path("/"), SARK_ACCEL_BACKEND="python", SARK_OPA_BIN="")
    assert out.returncode == 0, out.stderr
    assert "blocked: prompt injection" in out.stdout
    assert "policy stage skipped: no opa binary" in out.stdout
    counts = outcome_counts(out.stdout)
    assert counts["total"] == 253 and "denied by policy" not in counts, counts


@pytest.mark.usefixtures("native")
def test_demo_runs_the_python_policy_stage_on_an_opa_server(tmp_path: Path, opa_bin: str) -> None:
    out = demo(tmp_path, SARK_OPA_BIN=opa_bin)
    assert out.returncode == 0, out.stderr
    assert "python: parse and scan in process; policy stage OPA server at http://127.0.0.1:" in out.stdout
    assert "go and python backends: the same decision for 253 of 253 requests" in out.stdout
    stage_rows = [line for line in out.stdout.splitlines() if line.startswith("| policy ")]
    assert stage_rows and "(skipped)" not in stage_rows[0], stage_rows
