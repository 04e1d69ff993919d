"""Proxy benchmark (issue 16): what `sark-accel proxy` adds to a tools/call over stdio.

The same client and the same server, once directly and once through the proxy: the client is
this process writing newline-delimited JSON-RPC and timing each round trip; the server a
minimal stdio MCP server whose one tool does nothing (so the table shows the proxy, not a tool
or an SDK). The proxied call is a ``docs.search`` that the shipped policy allows for the
principal ``dev`` (developer): parse, scan, anomaly, decision cache, policy, then the result's
inspection, on the go path. Calls are sequential; the percentiles are of single round trips.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

from ._timing import percentile, progress, table

#: A stdio MCP server with one no-op tool, small enough to be nothing but the protocol.
NOOP_SERVER = r"""
import json, sys
out = sys.stdout
for line in sys.stdin:
    m = json.loads(line)
    if "id" not in m or "method" not in m:
        continue
    if m["method"] == "initialize":
        info = {"name": "noop", "version": "1"}
        result = {"protocolVersion": "2025-06-18", "capabilities": {"tools": {}}, "serverInfo": info}
    else:
        result = {"content": [{"type": "text", "text": "ok"}], "isError": False}
    out.write(json.dumps({"jsonrpc": "2.0", "id": m["id"], "result": result}) + "\n")
    out.flush()
"""
INITIALIZE = {
    "jsonrpc": "2.0", "id": 0, "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "1"}},
}  # fmt: skip


def _call(i: int) -> bytes:
    params = {"name": "docs.search", "arguments": {"query": f"quarterly report {i % 50}"}}
    return json.dumps({"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": params}).encode() + b"\n"


def _round_trips(command: list[str], warmup: int, n: int) -> list[float]:
    """Microseconds of each of ``n`` sequential tools/calls (after ``warmup`` more)."""
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    write, read = proc.stdin, proc.stdout
    try:
        write.write(json.dumps(INITIALIZE).encode() + b"\n")
        write.flush()
        json.loads(read.readline())
        write.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')
        times = []
        clock = time.perf_counter
        for i in range(1, warmup + n + 1):
            line = _call(i)
            start = clock()
            write.write(line)
            write.flush()
            reply = read.readline()
            elapsed = clock() - start
            answer: dict[str, Any] = json.loads(reply)
            if "result" not in answer:
                raise RuntimeError(f"the benchmark's call was not answered with a result: {answer}")
            if i > warmup:
                times.append(elapsed * 1e6)
        return times
    finally:
        write.close()
        proc.wait(timeout=30)


def run(quick: bool = False) -> str:
    warmup, n = (100, 300) if quick else (500, 3000)
    server = [sys.executable, "-c", NOOP_SERVER]
    proxy = [sys.executable, "-m", "sark_accel", "proxy", "--principal", "dev", "--role", "developer", "--"]
    progress(f"proxy: {n} tools/calls direct, then through the proxy")
    direct = sorted(_round_trips(server, warmup, n))
    proxied = sorted(_round_trips(proxy + server, warmup, n))
    rows = []
    for name, values in (("direct (client -> server)", direct), ("through sark-accel proxy", proxied)):
        rows.append([name, *(f"{percentile(values, p):.0f}" for p in (50, 95, 99))])
    rows.append(
        ["added by the proxy", *(f"{percentile(proxied, p) - percentile(direct, p):.0f}" for p in (50, 95, 99))]
    )
    return (
        table(["tools/call over stdio, no-op tool", "p50 us", "p95 us", "p99 us"], rows)
        + f"\n\n{n} sequential calls each, after {warmup} unmeasured; added = proxied - direct at each percentile"
    )
