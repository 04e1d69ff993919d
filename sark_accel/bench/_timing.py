"""Small timing helpers shared by the benchmarks: ops/s over threads, latency percentiles, tables."""

from __future__ import annotations

import sys
import threading
import time
from typing import Callable, Optional, Sequence

Op = Callable[[int], object]


BENCH_EXTRA = "pip install 'sark-accel[bench]'"


def progress(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def skipped(what: str, hint: str) -> None:
    """A candidate that cannot run here: one line, with what would install it, next to the tables."""
    print(f"skipped: {what} (install: {hint})", flush=True)


def ops_per_second(op: Op, n: int, threads: int = 1, ops_per_call: int = 1, repeat: int = 1) -> float:
    """Run ``op(i)`` n times in each of ``threads`` threads; return total operations per second
    (the best of ``repeat`` rounds: on a shared host a short round can lose its CPU)."""
    op(0)  # warm up (first-call costs, lazy imports)
    return max(_round(op, n, threads) for _ in range(repeat)) * ops_per_call


def _round(op: Op, n: int, threads: int) -> float:
    def work(t: int) -> int:
        for i in range(t * n, t * n + n):
            op(i)
        return n

    calls, elapsed = _in_threads(threads, work)
    return calls / elapsed


def ops_per_second_for(op: Op, threads: int, seconds: float) -> float:
    """Calls per second of ``op(i)`` from ``threads`` threads running together for ``seconds``."""
    op(0)  # first-call costs stay out of the measurement
    stop = threading.Event()

    def work(t: int) -> int:
        i = t
        while not stop.is_set():
            op(i)
            i += threads
        return (i - t) // threads

    def wait() -> None:
        time.sleep(seconds)
        stop.set()

    calls, elapsed = _in_threads(threads, work, wait)
    return calls / elapsed


def _in_threads(
    threads: int, work: Callable[[int], int], during: Callable[[], None] = lambda: None
) -> tuple[int, float]:
    """Run ``work(t)`` (returning its call count) in ``threads`` threads released together;
    ``during()`` runs in the caller meanwhile. Returns the total calls and the seconds from the
    release until every thread has finished."""
    barrier = threading.Barrier(threads + 1)
    failures: list[BaseException] = []
    counts = [0] * threads

    def worker(t: int) -> None:
        barrier.wait()
        try:
            counts[t] = work(t)
        except BaseException as exc:  # a failing candidate must not look fast
            failures.append(exc)

    pool = [threading.Thread(target=worker, args=(t,)) for t in range(threads)]
    for th in pool:
        th.start()
    barrier.wait()
    start = time.perf_counter()
    during()
    for th in pool:
        th.join()
    elapsed = time.perf_counter() - start
    if failures:
        raise RuntimeError(f"benchmark operation failed in a thread: {failures[0]!r}") from failures[0]
    return sum(counts), elapsed


def latencies_us(op: Op, n: int) -> list[float]:
    """Per-call latencies in microseconds, sorted."""
    op(0)
    out = []
    clock = time.perf_counter_ns
    for i in range(n):
        t0 = clock()
        op(i)
        out.append((clock() - t0) / 1000.0)
    out.sort()
    return out


def percentile(sorted_values: Sequence[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100.0 * (len(sorted_values) - 1))))
    return sorted_values[k]


def fmt_rate(x: Optional[float]) -> str:
    if x is None:
        return "-"
    if x >= 1e6:
        return f"{x / 1e6:.2f}M"
    if x >= 1e3:
        return f"{x / 1e3:.1f}k"
    return f"{x:.0f}"


def fmt_ratio(a: Optional[float], b: Optional[float]) -> str:
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.1f}x"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table (pastes straight into BENCHMARKS.md)."""
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])
