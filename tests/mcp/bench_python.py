"""Python-side timings: the reference vs the MCP SDK vs orjson.loads + minimal checks.

    python tests/mcp/bench_python.py

Same tools/call messages as the Go benchmarks (300 B, 2 KB, 100 KB); best of 7 runs (the machine is shared).
"""

from __future__ import annotations

import sys
import timeit
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "mcp"))

from regen_data import tools_call  # noqa: E402

from sark_accel.mcp._python import parse_summary  # noqa: E402


def orjson_checks(data: bytes) -> Any:
    """What a hand-written fast path would do: decode, then check the envelope and tools/call."""
    import orjson

    m = orjson.loads(data)
    if type(m) is not dict or m.get("jsonrpc") != "2.0":
        raise ValueError("envelope")
    rid = m.get("id")
    if not (type(rid) is str or type(rid) is int):
        raise ValueError("id")
    if type(m.get("method")) is not str or type(m.get("params", {})) is not dict:
        raise ValueError("method/params")
    p = m.get("params", {})
    if m["method"] == "tools/call" and (type(p.get("name")) is not str or type(p.get("arguments", {})) is not dict):
        raise ValueError("params")
    return m


def main() -> None:
    cands: dict[str, Callable[[bytes], Any]] = {
        "reference parse_summary": parse_summary,
        "orjson.loads + checks": orjson_checks,
    }
    try:
        from mcp_types.jsonrpc import jsonrpc_message_adapter

        cands["mcp SDK validate_json"] = jsonrpc_message_adapter.validate_json
    except ImportError:
        from mcp.types import JSONRPCMessage

        cands["mcp SDK model_validate_json"] = JSONRPCMessage.model_validate_json  # type: ignore[attr-defined]
    print(f"{'':28s}" + "".join(f"{n:>14s}" for n in ("300 B", "2 KB", "100 KB")))
    for name, fn in cands.items():
        row = []
        for size in (300, 2048, 100 << 10):
            data = tools_call(size)
            fn(data)
            t = timeit.Timer(lambda fn=fn, data=data: fn(data))
            n, _ = t.autorange()
            row.append(min(t.repeat(7, n)) / n * 1e6)
        print(f"{name:28s}" + "".join(f"{us:11.1f} us" for us in row))


if __name__ == "__main__":
    main()
