"""max_batch_bytes (issue 19, item 6): a batch is bounded by its bytes, apart from max_bytes.

Each element of a batch costs about a kilobyte however small it is (its summary, its Message),
so a batch's cost is bounded by its size only through this limit: raising max_bytes for large
single messages must not admit a batch of a million pings. Both backends refuse alike, before
decoding anything; the hostile case runs in a subprocess under an address-space limit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from sark_accel.mcp import DEFAULT_MAX_BATCH_BYTES, MCPError, parse_message

pytestmark = pytest.mark.usefixtures("native")

PING = b'{"jsonrpc":"2.0","id":1,"method":"ping"}'


def pings(n: int) -> bytes:
    return b"[" + b",".join([PING] * n) + b"]"


def outcome(data: Any, backend: str, **options: Any) -> Any:
    try:
        result = parse_message(data, backend=backend, **options)
    except MCPError as e:
        return ("error", e.code, e.data, e.to_response())
    return ("ok", [m.summary() for m in (result if isinstance(result, list) else [result])])


def both(data: Any, **options: Any) -> Any:
    go, py = outcome(data, "go", **options), outcome(data, "python", **options)
    assert go == py
    return go


def test_default_is_four_mib() -> None:
    assert DEFAULT_MAX_BATCH_BYTES == 4 << 20


def test_a_batch_of_exactly_the_limit_passes_one_byte_more_does_not() -> None:
    batch = pings(10)
    assert both(batch, max_batch_bytes=len(batch))[0] == "ok"
    for data in (batch, b" \r\n\t" + batch, batch.decode()):
        got = both(data, max_batch_bytes=len(batch) - 1)
        assert got[:3] == ("error", -32600, {"reason": "batch too large in bytes", "limit": len(batch) - 1})


def test_single_messages_are_bounded_by_max_bytes_only() -> None:
    big = b'{"jsonrpc":"2.0","id":1,"method":"ping","params":{"_meta":{"x":"' + b"a" * 1000 + b'"}}}'
    assert both(big, max_batch_bytes=100)[0] == "ok"


@pytest.mark.parametrize(
    "data, reason",
    [
        (pings(3), "message too large"),  # size is checked first
        (b"[" + b"\xff" * 20, "batch too large in bytes"),  # then batch bytes, before UTF-8
        (b"[" * 30, "batch too large in bytes"),  # and before depth
        (b"[1,2,3,4,5,6,7,8,9,", "batch too large in bytes"),  # and before grammar
    ],
)
def test_order_of_checks(data: bytes, reason: str) -> None:
    assert both(data, max_bytes=100, max_batch_bytes=10)[2]["reason"] == reason


HOSTILE = """
    import resource, sys, time
    from sark_accel.mcp import MCPError, parse_message

    backend = sys.argv[1]
    ping = b'{"jsonrpc":"2.0","id":1,"method":"ping"}'
    parse_message(ping, backend=backend)  # the extension and its runtime are loaded before the limit
    data = b"[" + b",".join([ping] * 1_000_000) + b"]"  # 41 MB
    with open("/proc/self/status") as f:
        vm = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:"))
    # Accepted, this batch took 1.35 GB (go) or 0.7 GB (python); refusing it needs a few copies.
    limit = vm + (384 << 20)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    start = time.monotonic()
    try:
        parse_message(data, backend=backend, max_bytes=1 << 30, max_batch=1 << 20)
    except MCPError as e:
        print(e.code, e.data["reason"], e.data["limit"], time.monotonic() - start < 30)
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads VmSize from /proc")
@pytest.mark.parametrize("backend", ["go", "python"])
def test_hostile_batch_of_a_million_pings_is_refused_cheaply(backend: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SARK_ACCEL_")}
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(HOSTILE), backend],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["-32600", "batch", "too", "large", "in", "bytes", str(4 << 20), "True"]
