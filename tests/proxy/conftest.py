"""Fixtures of the proxy tests. The helpers are in proxy_helpers.py: test modules import them by
name, and ``conftest`` is not a name they can rely on when other test folders have one too."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from proxy_helpers import RECORDING_SERVER, env, free_port, proxy_command, stop, wait_for_port


@pytest.fixture
def record(tmp_path: Path) -> Path:
    return tmp_path / "received.jsonl"


@pytest.fixture
def http_proxy(tmp_path: Path, record: Path) -> Iterator[str]:
    """The recording server on streamable HTTP behind the proxy; yields the proxy's MCP URL.
    Credentials: HS256 JWTs signed with JWT_SECRET."""
    upstream_port, proxy_port = free_port(), free_port()
    server = subprocess.Popen(
        [sys.executable, RECORDING_SERVER, str(record), "http", str(upstream_port)],
        cwd=tmp_path, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    proxy = subprocess.Popen(
        proxy_command(
            "--listen", f"127.0.0.1:{proxy_port}", "--upstream", f"http://127.0.0.1:{upstream_port}/mcp",
            "--jwt-secret-env", "PROXY_TEST_JWT_SECRET", "--audit", str(tmp_path / "audit.jsonl"),
        ),
        cwd=tmp_path, env=env(), stdout=subprocess.DEVNULL, stderr=open(tmp_path / "proxy.err", "wb"),  # noqa: SIM115
    )  # fmt: skip
    try:
        wait_for_port(upstream_port, server, "the recording server")
        wait_for_port(proxy_port, proxy, "the proxy")
        yield f"http://127.0.0.1:{proxy_port}/mcp"
    finally:
        stop(proxy)
        stop(server)
