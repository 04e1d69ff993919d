"""Decision counting under threads (issue 20): eight threads deciding cache hits on one gateway
lose no count and do not crash the interpreter.

On a free-threaded CPython (3.14t) the gateway's lock-free ``Counter.update`` crashed `sark-accel
bench threads` (BENCHMARKS.md, "free-threaded CPython 3.14t"): CPython's C helper behind it
(``collections._count_elements``) reads the old count as a borrowed reference, so another
thread's update can free that int before it is used; the double free corrupts the int freelist.
Without a GIL it also lost counts. With a GIL the same test checks that no count is lost.

The threads run in a child interpreter, so that a crash fails this test instead of ending the
test run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from types import ModuleType

import pytest

THREADS, CALLS = 8, 5000

CHILD = """
import json, sys, threading
from sark_accel.bench.gateway import _gateway, _gateway_op

backend, threads, calls = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
gw = _gateway(backend, cache=True, anomaly=False)
op = _gateway_op(gw)
op(0)  # the decision is cached from here on: every call below is a hit
barrier = threading.Barrier(threads)

def work(t):
    barrier.wait()
    for i in range(calls):
        op(t + i * threads)

ts = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
for t in ts:
    t.start()
for t in ts:
    t.join()
stats = gw.stats()
print(json.dumps({"path": gw.path, "allow": stats["allow"], "deny": stats["deny"]}))
"""


@pytest.mark.parametrize("backend", ["go", "python"])
def test_eight_threads_of_cache_hits_count_every_decision(native: ModuleType, backend: str) -> None:
    out = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", CHILD, backend, str(THREADS), str(CALLS)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, f"the child died ({out.returncode}): {out.stderr[-3000:]}"
    stats = json.loads(out.stdout)
    assert stats["path"] == backend
    assert stats["deny"] == {}
    assert stats["allow"] == {"cache": THREADS * CALLS, "policy": 1}
