"""Where the go backend keeps the GIL and where it gives it up (go/sarkbind/gil.go, gilhook).

Short calls (a cache get, a scan of a few KB, a gateway cache hit) keep the GIL: handing it to
another thread costs more than they take. Long ones give it up, so other Python threads run
meanwhile. Speed is measured by `sark-accel bench threads`, not here; these tests check the
mechanism: the hooks are installed, and a long call really lets another thread run.
"""

from __future__ import annotations

import sys
import sysconfig
import threading
import time
from types import ModuleType

import pytest

from sark_accel.injection import InjectionDetector

# A free-threaded CPython (python3.14t) has no GIL to keep or give up: the counting thread runs
# whatever a call does, so the tests of the mechanism could not fail there.
FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
needs_gil = pytest.mark.skipif(FREE_THREADED, reason="a free-threaded CPython has no GIL")


def test_the_extension_installed_the_gil_hooks(native: ModuleType) -> None:
    assert native.sarkbind_GILHooked() is True


def _progress_during(call: object) -> int:
    """How far another Python thread counted while ``call()`` ran.

    The switch interval is raised to 10 s meanwhile, so the interpreter never takes the GIL
    away from this thread: the counting thread runs only when ``call()`` gives the GIL up
    itself (and it hands the GIL straight back after each step). A call that keeps the GIL
    therefore counts 0, exactly."""
    counter = [0]
    stop = threading.Event()
    started = threading.Event()

    def count() -> None:
        started.set()
        while not stop.is_set():
            counter[0] += 1
            time.sleep(0)  # gives the GIL back

    interval = sys.getswitchinterval()
    thread = threading.Thread(target=count)
    thread.start()
    started.wait()
    sys.setswitchinterval(10.0)
    try:
        before = counter[0]
        call()  # type: ignore[operator]
        return counter[0] - before
    finally:
        sys.setswitchinterval(interval)
        stop.set()
        thread.join()


@needs_gil
def test_a_long_scan_lets_other_threads_run(native: ModuleType) -> None:
    detector = InjectionDetector(backend="go")
    detector.warm_up()
    big = "Please summarise the attached quarterly report for the finance team. " * 40_000  # 2.7 MB
    # The scan takes milliseconds; with the GIL given up, the counting thread runs meanwhile.
    assert max(_progress_during(lambda: detector.scan_text(big)) for _ in range(3)) > 0


@needs_gil
def test_a_gateway_decision_gives_the_gil_up_before_the_scan_and_policy(native: ModuleType) -> None:
    import json

    from sark_accel.gateway import Gateway
    from sark_accel.policy import PolicyEngine, example_bundle

    policy = PolicyEngine(backend="go")  # topdown: a few hundred microseconds per decision
    policy.load_bundle(example_bundle())
    detector = InjectionDetector(backend="go")
    detector.warm_up()
    gw = Gateway(policy=policy, detector=detector, backend="go")
    text = "Please summarise the attached quarterly report for the finance team. " * 300  # 20 KB
    args = {"path": "/workspace/a.py", "note": text}
    msg = json.dumps(
        {"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": "fs.read_file", "arguments": args}}
    )
    assert len(msg) < 32 << 10  # below heldParseBytes: the GIL is kept until the scan (Request.Yield)
    alice = {"id": "alice", "roles": ["developer"]}
    assert max(_progress_during(lambda: gw.authorize(msg, principal=alice)) for _ in range(20)) > 0


@needs_gil
def test_a_short_call_keeps_the_gil(native: ModuleType) -> None:
    detector = InjectionDetector(backend="go")
    detector.warm_up()
    # Proves the two tests above can fail: a 2 KB scan keeps the GIL, so nothing else runs.
    assert sum(_progress_during(lambda: detector.scan_text("Quarterly report. " * 100)) for _ in range(20)) == 0


@pytest.mark.skipif(not FREE_THREADED, reason="needs a free-threaded CPython (python3.14t)")
def test_loading_the_extension_leaves_the_gil_off(native: ModuleType) -> None:
    # CPython turns the GIL back on when it loads an extension that does not declare
    # Py_MOD_GIL_NOT_USED (tools/gopy_free_threaded.py declares it) and warns that it did.
    assert sys._is_gil_enabled() is False
