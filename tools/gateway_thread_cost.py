"""What a gateway decision costs from 1, 2 and 4 Python threads: rate, CPU time and context
switches per decision (getrusage around a fixed time), at a chosen ``sys.setswitchinterval``.

    python tools/gateway_thread_cost.py [cached|uncached] [switch interval in seconds, default 0.005]

Run it from outside the source tree so that the installed package (with the extension) is used.
CPU per decision and context switches per decision say more than wall time on a shared machine:
a voluntary switch per decision is a thread that waited (for the GIL, or a lock).
"""

from __future__ import annotations

import resource
import sys
import threading
import time
from typing import Callable

from sark_accel.bench.gateway import _gateway, _gateway_op


def measure(op: Callable[[int], object], threads: int, seconds: float) -> tuple[float, float, float, float]:
    """(decisions/s, CPU us per decision, voluntary and involuntary context switches per decision)."""
    stop = threading.Event()
    counts = [0] * threads
    barrier = threading.Barrier(threads + 1)

    def work(t: int) -> None:
        i = t
        barrier.wait()
        while not stop.is_set():
            op(i)
            i += threads
            counts[t] += 1

    pool = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
    for th in pool:
        th.start()
    barrier.wait()
    r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for th in pool:
        th.join()
    r1, elapsed = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter() - t0
    n = sum(counts)
    cpu = (r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime) / n * 1e6
    return n / elapsed, cpu, (r1.ru_nvcsw - r0.ru_nvcsw) / n, (r1.ru_nivcsw - r0.ru_nivcsw) / n


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "cached"
    interval = float(sys.argv[2]) if len(sys.argv) > 2 else 0.005
    sys.setswitchinterval(interval)
    cached = which == "cached"  # hits need no anomaly stage: a burst is a rapid_requests anomaly
    op = _gateway_op(_gateway("go", cache=cached, anomaly=not cached))
    for i in range(200):
        op(i)
    base = 0.0
    for threads in (1, 2, 4):
        rate, cpu, vcs, ivcs = measure(op, threads, 2.0)
        base = base or rate
        print(
            f"{which} switchinterval={interval * 1e3:g}ms threads={threads}: {rate / 1e3:.1f}k/s ({rate / base:.2f}x), "
            f"CPU {cpu:.1f} us/decision, context switches {vcs:.2f} voluntary, {ivcs:.3f} involuntary per decision"
        )


if __name__ == "__main__":
    main()
