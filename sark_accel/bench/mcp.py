"""MCP benchmark: parse + validate + extract tool name and arguments of tools/call messages.

Candidates: the Go backend, the Python reference, the official MCP SDK's pydantic validation
(plus reading name/arguments from the model), and orjson.loads plus hand-written envelope
checks (the fastest thing a Python gateway could do, with far weaker validation).
"""

from __future__ import annotations

import json
import timeit
from functools import partial
from typing import Any, Callable

from ._timing import BENCH_EXTRA, progress, skipped, table

SIZES = {"300 B": 300, "2 KB": 2048, "100 KB": 100 << 10}


def tools_call(size: int) -> bytes:
    """A realistic tools/call request of about ``size`` bytes: nested arguments, _meta."""
    rows: list[dict[str, Any]] = []
    msg: dict[str, Any] = {
        "jsonrpc": "2.0",
        "id": "call-7f3a",
        "method": "tools/call",
        "params": {
            "name": "query_database",
            "arguments": {"sql": "SELECT id, name FROM customers WHERE region = :r", "limit": 100, "rows": rows},
            "_meta": {"progressToken": "tok-1"},
        },
    }
    i = 0
    while len(json.dumps(msg)) < size:
        rows.append({"id": i, "name": f"customer {i}", "tags": ["eu", "gold"], "score": i * 0.5, "active": i % 2 == 0})
        i += 1
    if rows:
        rows.pop()
    return json.dumps(msg, separators=(",", ":")).encode()


def _orjson_checks(data: bytes) -> tuple[str, Any]:
    import orjson

    m = orjson.loads(data)
    if type(m) is not dict or m.get("jsonrpc") != "2.0":
        raise ValueError("envelope")
    if not (type(m.get("id")) is str or type(m.get("id")) is int):
        raise ValueError("id")
    p = m.get("params", {})
    if type(m.get("method")) is not str or type(p) is not dict:
        raise ValueError("method/params")
    if m["method"] == "tools/call" and (type(p.get("name")) is not str or type(p.get("arguments", {})) is not dict):
        raise ValueError("params")
    return p["name"], p.get("arguments")


def _sdk() -> Callable[[bytes], tuple[str, Any]] | None:
    try:
        from mcp_types.jsonrpc import jsonrpc_message_adapter  # mcp 2.x

        validate: Callable[[bytes], Any] = jsonrpc_message_adapter.validate_json
        unwrap = False
    except ImportError:
        try:
            from mcp.types import JSONRPCMessage  # mcp 1.x

            validate, unwrap = JSONRPCMessage.model_validate_json, True  # type: ignore[attr-defined]
        except ImportError:
            return None

    def run(data: bytes) -> tuple[str, Any]:
        msg = validate(data)
        if unwrap:
            msg = msg.root
        params = msg.params or {}
        return params["name"], params.get("arguments")

    return run


def _ours(backend: str, materialise: bool) -> Callable[[bytes], tuple[str, Any]]:
    """parse_message, then the tool name and the arguments (as a dict, or as raw JSON text:
    a gateway forwards arguments as they are, so building the dict is an optional extra)."""
    from ..mcp import parse_message

    def run(data: bytes) -> tuple[str, Any]:
        m = parse_message(data, backend=backend)
        assert not isinstance(m, list)
        return m.tool_name or "", (m.arguments if materialise else m.arguments_raw)

    return run


def run(quick: bool = False) -> str:
    cands: dict[str, Callable[[bytes], tuple[str, Any]]] = {
        "go": _ours("go", materialise=True),
        "go, arguments raw": _ours("go", materialise=False),
        "python reference": _ours("python", materialise=True),
    }
    sdk = _sdk()
    if sdk is not None:
        cands["mcp SDK"] = sdk
    else:
        skipped("the MCP SDK, the mcp module", BENCH_EXTRA)
    try:
        import orjson  # noqa: F401

        cands["orjson + checks"] = _orjson_checks
    except ImportError:
        skipped("orjson, the module", BENCH_EXTRA)
    repeat = 3 if quick else 7
    rows = []
    for label, size in SIZES.items():
        data = tools_call(size)
        want = cands["python reference"](data)
        times: dict[str, float] = {}
        for name, fn in cands.items():
            progress(f"mcp {label} {name}")
            name_, args = fn(data)
            if isinstance(args, str):
                args = json.loads(args)
            assert (name_, args) == want, name  # the same answer from every candidate
            t = timeit.Timer(partial(fn, data))
            n, _ = t.autorange()
            n = max(1, n // 4) if quick else n
            times[name] = min(t.repeat(repeat, n)) / n * 1e6
        ours = ("go", "go, arguments raw")
        others = [n for n in cands if n not in ours]
        rows.append(
            [
                f"{label} ({len(data)} B)",
                *(f"{times[n]:.1f}" for n in cands),
                *(f"{times[o] / times[g]:.1f}x" for g in ours for o in others if o != "python reference"),
                f"{times['python reference'] / times['go']:.1f}x",
            ]
        )
    headers = [
        "tools/call",
        *(f"{n} us" for n in cands),
        *(f"{g} vs {o}" for g in ("go", "go raw") for o in others if o != "python reference"),
        "go vs reference",
    ]
    return table(headers, rows)
