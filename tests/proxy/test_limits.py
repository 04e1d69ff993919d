"""The HTTP proxy's bounds on clients, end to end: open connections and requests in flight (503
beyond each cap, at once) and slow clients (a trickling head is cut off, a trickling body
answered 408)."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from proxy_helpers import HANG, env, free_port, proxy_command, stop, wait_for_port

from sark_accel.proxy._options import parse

CLIENT_TIMEOUT = 5.0  # long enough to open every slow request first on a loaded runner
PING = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "ping"}).encode()


@pytest.fixture
def limited_proxy(tmp_path: Path) -> Iterator[int]:
    """A proxy serving 2 requests at once, in front of an upstream nobody listens on; its port."""
    port = free_port()
    proxy = subprocess.Popen(
        proxy_command(
            "--listen", f"127.0.0.1:{port}", "--upstream", f"http://127.0.0.1:{free_port()}/mcp",
            "--max-concurrent-requests", "2", "--client-timeout", str(CLIENT_TIMEOUT),
        ),
        cwd=tmp_path, env=env(), stdout=subprocess.DEVNULL, stderr=open(tmp_path / "proxy.err", "wb"),  # noqa: SIM115
    )  # fmt: skip
    try:
        wait_for_port(port, proxy, "the proxy")
        yield port
    finally:
        stop(proxy)


@pytest.fixture
def connection_capped_proxy(tmp_path: Path) -> Iterator[int]:
    """A proxy holding at most 2 client connections open (1 request at once), in front of an
    upstream nobody listens on; its port."""
    port = free_port()
    proxy = subprocess.Popen(
        proxy_command(
            "--listen", f"127.0.0.1:{port}", "--upstream", f"http://127.0.0.1:{free_port()}/mcp",
            "--max-concurrent-requests", "1", "--max-connections", "2", "--client-timeout", "60",
        ),
        cwd=tmp_path, env=env(), stdout=subprocess.DEVNULL, stderr=open(tmp_path / "proxy.err", "wb"),  # noqa: SIM115
    )  # fmt: skip
    try:
        wait_for_port(port, proxy, "the proxy")  # its probe connection closes at once
        yield port
    finally:
        stop(proxy)


def slow_post(port: int) -> socket.socket:
    """A POST whose head is complete and whose body never is: it holds a slot while it lasts."""
    s = socket.create_connection(("127.0.0.1", port), timeout=HANG)
    s.sendall(b"POST /mcp HTTP/1.1\r\nHost: proxy\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
    return s


def post(port: int, body: bytes) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=HANG)
    try:
        conn.request("POST", "/mcp", body, {"Content-Type": "application/json", "Accept": "application/json"})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def test_requests_past_the_cap_are_answered_503_and_slow_bodies_408(limited_proxy: int) -> None:
    slow = [slow_post(limited_proxy) for _ in range(2)]
    try:
        # The slow requests' heads may still be on their way: retry until both hold their slot.
        deadline = time.monotonic() + CLIENT_TIMEOUT
        while (got := post(limited_proxy, PING))[0] != 503 and time.monotonic() < deadline:
            time.sleep(0.05)
        status, body = got
        assert status == 503, "the cap must refuse a third request in flight, not queue it"
        assert json.loads(body)["error"]["message"].startswith("Server overloaded")
        for s in slow:  # the body deadline frees each slot with a 408, then closes the connection
            answer = s.makefile("rb").read()
            assert answer.startswith(b"HTTP/1.1 408"), answer[:80]
    finally:
        for s in slow:
            s.close()
    status, _ = post(limited_proxy, PING)
    assert status != 503, "the slots must be free again once the slow requests are answered"


def test_a_connection_past_the_cap_is_answered_503_and_closed(connection_capped_proxy: int, tmp_path: Path) -> None:
    port = connection_capped_proxy
    idle = [socket.create_connection(("127.0.0.1", port), timeout=HANG) for _ in range(2)]
    try:
        # The idle ones hold no request and would stay open for the whole --client-timeout.
        with socket.create_connection(("127.0.0.1", port), timeout=HANG) as third:
            answer = third.makefile("rb").read()  # the proxy closes it: nothing was sent
        assert answer.startswith(b"HTTP/1.1 503 "), answer[:80]
        assert json.loads(answer.partition(b"\r\n\r\n")[2])["error"]["message"].startswith("Server overloaded")
    finally:
        for s in idle:
            s.close()
    # The closed ones are counted out as the proxy notices: then it serves again.
    deadline, status, body = time.monotonic() + HANG, 0, b""
    while status in (0, 503) and time.monotonic() < deadline:
        try:
            status, body = post(port, PING)
        except (OSError, http.client.HTTPException) as e:  # refused while our request was on its way
            status, body = 0, repr(e).encode()
        time.sleep(0.05)
    # Which 503 (connections or requests) and what the proxy said, should this ever fail.
    log = (tmp_path / "proxy.err").read_text(errors="replace")[-2000:]
    assert status not in (0, 503), f"the proxy must serve again once connections are closed: {body[:200]!r}\n{log}"


def test_a_trickling_request_head_is_cut_off(limited_proxy: int) -> None:
    with socket.create_connection(("127.0.0.1", limited_proxy), timeout=HANG) as s:
        s.sendall(b"POST /mcp HTTP/1.1\r\nHost: proxy\r\n")  # and nothing more
        assert s.recv(1024) == b"", "the proxy must close a connection whose head does not arrive"


def test_limits_are_options() -> None:
    opts = parse(["--listen", "127.0.0.1:1", "--upstream", "http://x/mcp"])
    assert (opts.max_concurrent_requests, opts.max_connections, opts.client_timeout) == (64, 256, 30.0)
    opts = parse(["--listen", "127.0.0.1:1", "--upstream", "http://x/mcp", "--max-concurrent-requests", "3",
                  "--client-timeout", "2.5"])  # fmt: skip
    assert (opts.max_concurrent_requests, opts.max_connections, opts.client_timeout) == (3, 12, 2.5)
    opts = parse(["--listen", "127.0.0.1:1", "--upstream", "http://x/mcp", "--max-connections", "64"])
    assert opts.max_connections == 64
    for bad in (["--max-concurrent-requests", "0"], ["--client-timeout", "nan"], ["--client-timeout", "0"],
                ["--max-connections", "63"]):  # fmt: skip
        with pytest.raises(SystemExit):
            parse(["--listen", "127.0.0.1:1", "--upstream", "http://x/mcp", *bad])
