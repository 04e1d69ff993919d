"""The README's main job, `sark-accel demo`: a real MCP client and server through the proxy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("mcp", reason="the demo drives the official MCP SDK")


def demo(cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SARK_ACCEL_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "sark_accel", "demo", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd,  # never the source tree, whose sark_accel/ would shadow the installed package
        timeout=600,  # only to end a hang: the demo takes well under a minute
    )


def call_lines(stdout: str) -> list[list[str]]:
    """The demo's lines, one per call: transport, principal, tool, decision, ..."""
    rows = []
    for line in stdout.splitlines():
        if line.startswith(("stdio ", "http  ")):
            transport, rest = line[:5].strip(), line[6:]
            principal, tool, decision = rest[:13].strip(), rest[14:27].strip(), rest[28:37].strip()
            rows.append([transport, principal, tool, decision, rest[37:]])
    return rows


def total_calls(stdout: str) -> int:
    row = next(line for line in stdout.splitlines() if line.startswith("| total "))
    return int(row.split("|")[3])


@pytest.mark.usefixtures("native")
def test_demo_on_the_go_engines(tmp_path: Path) -> None:
    out = demo(tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    calls = call_lines(out.stdout)
    assert len(calls) == total_calls(out.stdout) > 0
    assert {c[0] for c in calls} == {"stdio", "http"}
    assert {c[1] for c in calls} == {"admin", "developer", "unknown agent"}
    decided = {(c[0], c[1], c[2], c[3]) for c in calls}
    for transport in ("stdio", "http"):
        assert (transport, "admin", "email.send", "allowed") in decided
        assert (transport, "developer", "email.send", "denied") in decided
        assert (transport, "developer", "fs.read_file", "redacted") in decided  # the planted note
        assert not any(c[1] == "unknown agent" and c[3] != "denied" for c in calls if c[0] == transport)
    whys = " ".join(c[4] for c in calls)
    for reason in ("argument_forbidden_pattern", "injection_blocked", "no_known_role", "anomaly: rapid_requests"):
        assert reason in whys, reason
    assert "2 emails reached the server's outbox" in out.stdout  # the denied ones never did
    assert "| shadow mode (http proxy)" in out.stdout and " 0 different answers" in out.stdout


@pytest.fixture
def opa_bin() -> str:
    """An opa binary of go/policy's OPA version (SARK_OPA_BIN, or built by tools/build_opa.sh)."""
    if os.environ.get("SARK_SKIP_OPA") == "1":
        pytest.skip("SARK_SKIP_OPA=1: tests that need an OPA server are skipped")
    sys.path.insert(0, str(Path(__file__).parent / "policy"))
    from opa_server import opa_binary

    return opa_binary()


@pytest.mark.usefixtures("native")
def test_demo_on_the_python_path_decides_the_same(tmp_path: Path, opa_bin: str) -> None:
    go, python = demo(tmp_path), demo(tmp_path, "--backend", "python", SARK_OPA_BIN=opa_bin)
    assert python.returncode == 0, python.stderr[-3000:]
    assert "backend: python engines on the python gateway path; policy: an OPA server" in python.stdout
    assert [c[:4] for c in call_lines(python.stdout)] == [c[:4] for c in call_lines(go.stdout)]


@pytest.mark.usefixtures("native")
def test_demo_on_the_python_path_without_opa_keeps_the_go_policy() -> None:
    # From "/", no build/bin/opa is above the working directory (tmp_path may be inside a checkout).
    out = demo(Path("/"), "--backend", "python", SARK_OPA_BIN="")
    assert out.returncode == 0, out.stderr[-3000:]
    assert "policy: the go engine (no opa binary found)" in out.stdout
    assert len(call_lines(out.stdout)) == total_calls(out.stdout)
