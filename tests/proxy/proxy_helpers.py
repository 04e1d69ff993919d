"""Helpers for the proxy's end-to-end tests: the proxy and the test servers run as processes,
started from outside the source tree so the installed package is what runs."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("mcp", reason="the end-to-end tests drive the official MCP SDK (tools/requirements/test.txt)")

HERE = Path(__file__).parent
RECORDING_SERVER = str(HERE / "recording_server.py")
LINE_SERVER = str(HERE / "line_server.py")
JWT_SECRET = "proxy-tests-hmac-secret-0123456789abcdef"
#: A wall-clock limit that only catches hangs (processes start slowly on a loaded machine).
HANG = 120.0


def env() -> dict[str, str]:
    """The test process's environment without backend flags (the proxy picks its defaults)."""
    out = {k: v for k, v in os.environ.items() if not k.startswith("SARK_ACCEL_")}
    out["PROXY_TEST_JWT_SECRET"] = JWT_SECRET
    return out


def proxy_command(*options: str) -> list[str]:
    return [sys.executable, "-m", "sark_accel", "proxy", *options]


def tool_calls(record: Path) -> list[dict[str, object]]:
    """What the recording server received: its tool calls, in order."""
    if not record.exists():
        return []
    rows = [json.loads(line) for line in record.read_text().splitlines()]
    return [r for r in rows if "tool" in r]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen[bytes], what: str) -> None:
    deadline = time.monotonic() + HANG
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"{what} exited with status {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{what} did not listen on {port} within {HANG} s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
