"""Where a gateway decision-cache hit's time goes from Python: best of N loops of M calls of
``sark_accel.bench.gateway``'s cached gateway (2 KB tools/call, bearer HS256 JWT), each part
alone, in microseconds per call.

    python tools/gateway_hit_parts.py [loops, default 5] [calls per loop, default 20000]

Parts: ``Gateway.authorize`` (everything), the bare binding call with the arguments the go
path passes, the frame decode into a ``Decision`` (one hit's frame), each as wall and thread
CPU time, best of the loops; and Go's own time per hit (``Decision.timings.total``, median).
Run it from outside the source tree so that the installed package (with the extension) is
used. Best-of-N, because the machine is shared.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Callable

from sark_accel.bench.gateway import BEARER, MESSAGE, WED10, _gateway
from sark_accel.gateway import _go


def best_us(fn: Callable[[], object], loops: int, calls: int) -> tuple[float, float]:
    """The fastest loop's wall time and thread CPU time per call: on a loaded machine the CPU
    time leaves out the time this thread waited for a core."""
    wall = cpu = float("inf")
    for _ in range(loops):
        t0, c0 = time.perf_counter_ns(), time.thread_time_ns()
        for _ in range(calls):
            fn()
        c1, t1 = time.thread_time_ns(), time.perf_counter_ns()
        wall, cpu = min(wall, (t1 - t0) / calls), min(cpu, (c1 - c0) / calls)
    return round(wall / 1e3, 2), round(cpu / 1e3, 2)


def main() -> None:
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    calls = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    gw = _gateway("go", cache=True, anomaly=False)
    impl = gw._impl
    text = MESSAGE.decode()
    args = (impl._h, WED10, 0, text, BEARER, "", "mcp-fs", "")
    bare = impl._authorize
    gw.authorize(MESSAGE, credentials=BEARER, server="mcp-fs", time_ns=WED10)  # the miss that stores it
    frame = bare(*args)
    hit = gw.authorize(MESSAGE, credentials=BEARER, server="mcp-fs", time_ns=WED10)
    assert hit.allow and hit.cache_hit, hit
    # How the go path turns a hit's frame into a Decision (before this round: JSON, then _decision).
    decode = getattr(_go, "_frame_decision", None) or (lambda f: _go._decision(_go._decode(f)[0]))

    parts = {
        "Gateway.authorize": lambda: gw.authorize(MESSAGE, credentials=BEARER, server="mcp-fs", time_ns=WED10),
        "bare sarkbind_GatewayAuthorize": lambda: bare(*args),
        "frame -> Decision": lambda: decode(frame),
    }
    out: dict[str, object] = {f"{name} (wall, cpu)": best_us(fn, loops, calls) for name, fn in parts.items()}
    hit_call = parts["Gateway.authorize"]
    totals = [hit_call().timings.total for _ in range(calls)]  # type: ignore[attr-defined]
    out["Go (Decision.timings.total, median)"] = round(sorted(totals)[len(totals) // 2] / 1e3, 2)
    out["frame bytes"] = len(frame)
    out["loadavg"] = os.getloadavg()[0]
    print(json.dumps(out, indent=1))
    gw.close()


if __name__ == "__main__":
    main()
