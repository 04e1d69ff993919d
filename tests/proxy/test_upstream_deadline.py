"""The HTTP proxy's answer deadline, end to end: an upstream that never answers a POST (no
head; a JSON body that never ends; an SSE stream without the answering event) gets the client
the JSON-RPC error of an upstream failure, with the request's id, once ``--upstream-timeout``
has passed; the request's slot is freed and the timeout counted in the metrics."""

from __future__ import annotations

import contextlib
import http.client
import json
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from proxy_helpers import HERE, env, free_port, proxy_command, stop, wait_for_port

from sark_accel.proxy._options import parse

SILENT_SERVER = str(HERE / "silent_server.py")
DEADLINE = 1.0
#: Only catches a proxy that waits on the upstream without end (then no answer comes at all).
WAIT = 30.0


def ping(message_id: int) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": message_id, "method": "ping"}).encode()


@contextlib.contextmanager
def proxy_before(mode: str, tmp_path: Path) -> Iterator[tuple[str, int, int]]:
    """The proxy (one request at once, answers due within DEADLINE) in front of a silent server
    of ``mode``: the mode, the proxy's port and its metrics port."""
    pytest.importorskip("prometheus_client")
    upstream_port, port, metrics_port = free_port(), free_port(), free_port()
    server = subprocess.Popen(
        [sys.executable, SILENT_SERVER, mode, str(upstream_port)],
        cwd=tmp_path, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    proxy = subprocess.Popen(
        proxy_command(
            "--listen", f"127.0.0.1:{port}", "--upstream", f"http://127.0.0.1:{upstream_port}/mcp",
            "--max-concurrent-requests", "1", "--upstream-timeout", str(DEADLINE), "--metrics-port", str(metrics_port),
        ),
        cwd=tmp_path, env=env(), stdout=subprocess.DEVNULL, stderr=open(tmp_path / "proxy.err", "wb"),  # noqa: SIM115
    )  # fmt: skip
    try:
        wait_for_port(upstream_port, server, "the silent server")
        wait_for_port(port, proxy, "the proxy")
        yield mode, port, metrics_port
    finally:
        stop(proxy)
        stop(server)


@pytest.fixture(params=["silent", "trickle", "sse"])
def proxy(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, int, int]]:
    with proxy_before(request.param, tmp_path) as p:
        yield p


def post(port: int, body: bytes) -> tuple[int, str, bytes]:
    """Status, content type and the whole body (read until the proxy ends it)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=WAIT)
    try:
        headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
        conn.request("POST", "/mcp", body, headers)
        response = conn.getresponse()
        return response.status, response.getheader("content-type", ""), response.read()
    finally:
        conn.close()


def messages(content_type: str, body: bytes) -> list[dict[str, object]]:
    if not content_type.startswith("text/event-stream"):
        return [json.loads(body)]
    data = [ln[5:].strip() for ln in body.splitlines() if ln.startswith(b"data:")]
    return [json.loads(d) for d in data]


def timeouts_counted(metrics_port: int) -> float:
    text = urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/metrics", timeout=WAIT).read().decode()
    rows = [ln for ln in text.splitlines() if ln.startswith("sark_accel_proxy_upstream_timeouts_total ")]
    return float(rows[0].split()[-1]) if rows else 0.0


def test_an_unanswered_post_gets_the_upstream_error_after_the_deadline(proxy: tuple[str, int, int]) -> None:
    mode, port, metrics_port = proxy
    for message_id in (7, 8):  # the second one needs the only slot: the first must have freed it
        started = time.monotonic()
        status, content_type, body = post(port, ping(message_id))
        assert time.monotonic() - started >= DEADLINE * 0.9, "answered before the deadline"
        assert status == 200, (status, body[:200])
        got = messages(content_type, body)
        if mode == "sse":  # what the server did send is relayed, then the error answers
            assert got[0]["method"] == "notifications/progress", got
        error = got[-1]
        assert error["id"] == message_id, error
        assert isinstance(error["error"], dict) and str(error["error"]["message"]).startswith("Upstream unavailable")
    assert timeouts_counted(metrics_port) == 2.0


def test_a_stream_kept_open_after_its_answer_just_ends_at_the_deadline(tmp_path: Path) -> None:
    with proxy_before("answered", tmp_path) as (_, port, metrics_port):
        for message_id in (7, 8):  # the slot is freed for the second
            status, content_type, body = post(port, ping(message_id))
            assert status == 200 and messages(content_type, body) == [
                {"jsonrpc": "2.0", "id": message_id, "result": {}}
            ]
        assert timeouts_counted(metrics_port) == 0.0


def test_the_deadline_is_an_option() -> None:
    base = ["--listen", "127.0.0.1:1", "--upstream", "http://x/mcp"]
    assert parse(base).upstream_timeout == 60.0
    assert parse([*base, "--upstream-timeout", "2.5"]).upstream_timeout == 2.5
    for bad in ("0", "nan", "-1"):
        with pytest.raises(SystemExit):
            parse([*base, "--upstream-timeout", bad])
