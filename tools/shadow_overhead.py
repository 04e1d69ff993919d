"""What a Shadow costs the caller: inline (what sark_accel.shadow does) against a background-thread
variant, and with metrics on. Run it from outside the source tree, on an installed wheel:

    python tools/shadow_overhead.py          # CPU time of the calling thread
    python tools/shadow_overhead.py --wall   # wall-clock time

Rounds interleave the variants and each figure is the minimum over rounds, so that other load on
the machine weighs as little as possible. The numbers are quoted in sark_accel/shadow/__init__.py.
"""

from __future__ import annotations

import queue
import sys
import threading
import time
import timeit
from typing import Any, Callable

from sark_accel import metrics
from sark_accel.cache import TTLCache
from sark_accel.policy import PolicyEngine, example_bundle
from sark_accel.shadow import Shadow, _timed

CLOCK = time.perf_counter if "--wall" in sys.argv else time.thread_time
Call = Callable[[], object]


class Background(Shadow[Any]):
    """The alternative: the secondary runs on one worker thread fed by a bounded queue; when the
    queue is full the comparison is dropped (blocking would put the secondary back on the caller)."""

    def __init__(self, primary: Any, secondary: Any) -> None:
        super().__init__(primary, secondary)
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=1000)
        self.dropped = 0
        threading.Thread(target=self._work, daemon=True).start()

    def _work(self) -> None:
        while True:
            op, kind, args, kwargs, first = self.queue.get()
            second = _timed(getattr(self.secondary, op), args, kwargs)
            self._record(op, args, kwargs, first, second, kind)
            self.queue.task_done()

    def _call(self, op: str, kind: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        first = _timed(getattr(self.primary, op), args, kwargs)
        try:
            self.queue.put_nowait((op, kind, args, kwargs, first))
        except queue.Full:
            self.dropped += 1
        if first[1] is not None:
            raise first[1]
        return first[0]


def per_call(fn: Call, n: int) -> float:
    start = CLOCK()
    for _ in range(n):
        fn()
    return (CLOCK() - start) / n * 1e6


def run(name: str, a: Any, b: Any, make: Callable[[Any], Call], n: int, rounds: int) -> None:
    fa, fb = make(a), make(b)
    for _ in range(200):
        fa(), fb()
    inline, background = Shadow(a, b), Background(a, b)

    def both() -> None:
        fa()
        fb()

    variants = {"primary": fa, "both": both, "inline": make(inline), "background": make(background)}
    best = dict.fromkeys([*variants, "inline+metrics"], float("inf"))
    for _ in range(rounds):
        for key, fn in variants.items():
            best[key] = min(best[key], per_call(fn, n))
            background.queue.join()  # the worker's backlog must not run into the next variant
        metrics.enable()
        best["inline+metrics"] = min(best["inline+metrics"], per_call(variants["inline"], n))
        metrics.disable()
    calls = rounds * n
    print(
        f"[{CLOCK.__name__}] {name}: primary {best['primary']:.2f} us, both calls {best['both']:.2f} us | "
        f"inline shadow {best['inline']:.2f} us (+{best['inline'] - best['both']:.2f} over both calls) | "
        f"background: caller {best['background']:.2f} us (+{best['background'] - best['primary']:.2f} over the "
        f"primary), {background.dropped / calls:.0%} of comparisons dropped | inline with metrics enabled "
        f"{best['inline+metrics']:.2f} us (+{best['inline+metrics'] - best['inline']:.2f})"
    )


def main() -> None:
    a, b = TTLCache(backend="go"), TTLCache(backend="go")
    for cache in (a, b):
        cache.set("k", "v")
    run("TTLCache.get go/go", a, b, lambda e: lambda: e.get("k"), 2000, 15)

    request = {
        "user": {"id": "alice", "roles": ["developer"]},
        "tool": "fs.read_file",
        "arguments": {"path": "/workspace/a.py"},
        "time_ns": 1764146400000000000,
    }
    p, q = PolicyEngine(backend="go", timeout=10.0), PolicyEngine(backend="go", timeout=10.0)
    for engine in (p, q):
        engine.load_bundle(example_bundle())
    run(
        "PolicyEngine.evaluate go/go",
        p,
        q,
        lambda e: lambda: e.evaluate("data.sark.gateway.decision", request),
        300,
        25,
    )

    n = 1_000_000
    check = "r = m._recorder\nif r is not None: pass"
    ns = min(timeit.repeat(check, globals={"m": metrics}, number=n, repeat=7)) / n * 1e9
    print(f"metrics not enabled: the check a shadowed call makes costs {ns:.0f} ns")


if __name__ == "__main__":
    main()
