"""Where the go backend keeps the GIL and where it gives it up (go/sarkbind/gil.go, gilhook).

Short calls (a cache get, a scan of a few KB, a gateway cache hit) keep the GIL: handing it to
another thread costs more than they take. Long ones give it up, so other Python threads run
meanwhile. Speed is measured by `sark-accel bench threads`, not here; these tests check the
mechanism: the hooks are installed, and a long call really lets another thread run.
"""

from __future__ import annotations

import threading
from types import ModuleType

from sark_accel.injection import InjectionDetector


def test_the_extension_installed_the_gil_hooks(native: ModuleType) -> None:
    assert native.sarkbind_GILHooked() is True


def _progress_during(call: object) -> int:
    """How far another Python thread counted while ``call()`` ran."""
    counter = [0]
    stop = threading.Event()
    started = threading.Event()

    def count() -> None:
        started.set()
        while not stop.is_set():
            counter[0] += 1

    thread = threading.Thread(target=count)
    thread.start()
    started.wait()
    try:
        before = counter[0]
        call()  # type: ignore[operator]
        return counter[0] - before
    finally:
        stop.set()
        thread.join()


def test_a_long_scan_lets_other_threads_run(native: ModuleType) -> None:
    detector = InjectionDetector(backend="go")
    detector.warm_up()
    big = "Please summarise the attached quarterly report for the finance team. " * 40_000  # 2.7 MB
    # The scan takes milliseconds; with the GIL given up, the counting thread runs meanwhile.
    assert max(_progress_during(lambda: detector.scan_text(big)) for _ in range(3)) > 0
