"""Thread scaling (issue 20): each engine's main call from 1, 2, 4 and 8 Python threads sharing
one engine, for a fixed time each; the table gives the 1-thread rate and, for more threads, the
ratio to it measured in the same run. A row below 1.0x means more threads made less work.

Rows: ``PolicyEngine.evaluate`` (topdown and ``wasm_queries``, the shipped policy, no decision
cache), ``InjectionDetector.scan_text`` on 2 KB, ``TTLCache.get``, a plain ``dict.get`` (no Go:
CPython's own cost of sharing the GIL), and one gateway request through
four engines (PyJWT decode of an HS256 bearer token, ``parse_message``, ``scan``, Wasm
``evaluate``), the path a threaded SARK would run; then the gateway's one crossing for a
request (uncached, and a decision-cache hit).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Optional

from ._timing import BENCH_EXTRA, fmt_rate, ops_per_second_for, progress, skipped, table

THREADS = (1, 2, 4, 8)
QUERY = "data.sark.gateway.decision"
# Evaluations wait for a core behind up to 8 threads (and, on a shared machine, other users):
# the default 0.1 s timeout would fail a busy cell, and a benchmark measures rates, not limits.
TIMEOUT = 10.0
TEXT_2KB = ("Please summarise the attached quarterly report for the finance team. " * 30)[:2048]

Op = Callable[[int], object]


def _requests() -> list[dict[str, Any]]:
    from ..policy import example_bundle

    lines = (Path(example_bundle()) / "examples" / "requests.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines]


def _request_path(requests: list[dict[str, Any]]) -> Optional[Op]:
    """One gateway request: bearer token -> MCP message -> injection scan -> Wasm decision."""
    try:
        import jwt
    except ImportError:
        skipped("the four-engine request path, PyJWT (the jwt module)", BENCH_EXTRA)
        return None
    from ..injection import InjectionDetector
    from ..mcp import parse_message
    from ..policy import PolicyEngine, example_bundle

    secret = "bench-secret-bench-secret-bench-secret"
    detector = InjectionDetector(backend="go")
    detector.warm_up()
    engine = PolicyEngine(backend="go", wasm_queries=[QUERY], timeout=TIMEOUT)
    engine.load_bundle(example_bundle())
    calls = []
    for i, request in enumerate(requests):
        user: dict[str, Any] = request["user"] if isinstance(request.get("user"), dict) else {}
        token = jwt.encode({"sub": str(user.get("id", "")), "roles": user.get("roles", [])}, secret, "HS256")
        tool = request["tool"].get("name", "") if isinstance(request.get("tool"), dict) else ""
        arguments = request.get("arguments") if isinstance(request.get("arguments"), dict) else {}
        params = {"name": tool if isinstance(tool, str) else "", "arguments": arguments}
        raw = json.dumps({"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": params}).encode()
        calls.append((token, raw, request))

    def op(i: int) -> object:
        token, raw, request = calls[i % len(calls)]
        jwt.decode(token, secret, algorithms=["HS256"])  # SARK decodes the bearer token per call
        msg = parse_message(raw, backend="go")
        detector.scan(msg.arguments or {}, kind="argument")  # type: ignore[union-attr]
        return engine.evaluate(QUERY, request)

    return op


def _rows() -> dict[str, Op]:
    from ..cache import TTLCache
    from ..injection import InjectionDetector
    from ..policy import PolicyEngine, example_bundle

    requests = _requests()
    rows: dict[str, Op] = {}
    topdown = PolicyEngine(backend="go", timeout=TIMEOUT)
    topdown.load_bundle(example_bundle())
    rows["PolicyEngine.evaluate, topdown"] = lambda i: topdown.evaluate(QUERY, requests[i % len(requests)])
    wasm = PolicyEngine(backend="go", wasm_queries=[QUERY], timeout=TIMEOUT)
    wasm.load_bundle(example_bundle())
    rows["PolicyEngine.evaluate, wasm_queries"] = lambda i: wasm.evaluate(QUERY, requests[i % len(requests)])
    detector = InjectionDetector(backend="go")
    detector.warm_up()
    rows["InjectionDetector.scan_text, 2 KB"] = lambda i: detector.scan_text(TEXT_2KB)
    cache = TTLCache(10_000, 300.0, backend="go")
    keys = [f"policy:decision:user{i}:tool{i % 50}" for i in range(10_000)]
    for k in keys:
        cache.set(k, "allow")
    rows["TTLCache.get"] = lambda i: cache.get(keys[i % len(keys)])
    # No Go at all: what CPython's GIL alone does to a tiny call shared by threads, the floor
    # for the calls above that keep the GIL (README, "Tuning the Go runtime").
    plain = {k: "allow" for k in keys}
    rows["dict.get (pure Python, for reference)"] = lambda i: plain.get(keys[i % len(keys)])
    path = _request_path(requests)
    if path is not None:
        rows["request: jwt.decode, parse_message, scan, Wasm evaluate"] = path
    rows.update(_gateway_rows())
    return rows


def _gateway_rows() -> dict[str, Op]:
    """The same request as ONE crossing: ``Gateway.authorize`` on the go path (`bench gateway`'s
    request: 2 KB of arguments, a bearer JWT), without a decision cache and with cache hits."""
    from .gateway import _gateway, _gateway_op

    uncached = _gateway("go", cache=False, anomaly=True)
    cached = _gateway("go", cache=True, anomaly=False)
    return {
        "Gateway.authorize (go path, every stage, Wasm)": _gateway_op(uncached),
        "Gateway.authorize (go path, decision cache hit)": _gateway_op(cached),
    }


def run(quick: bool = False) -> str:
    seconds = 0.5 if quick else 2.0
    out = []
    for name, op in _rows().items():
        rates = {}
        for threads in THREADS:
            progress(f"threads {name}: {threads}")
            rates[threads] = ops_per_second_for(op, threads, seconds)
        base = rates[1]
        out.append([name, f"{fmt_rate(base)}/s", *(f"{rates[t] / base:.2f}x" for t in THREADS[1:])])
    headers = ["call (one shared engine)", "1 thread", *(f"{t} threads" for t in THREADS[1:])]
    return table(headers, out) + f"\n\n({seconds:.1f} s per cell; ratios against the 1-thread rate of the same run)"
