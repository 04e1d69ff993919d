"""A readers-writer lock: compared reads run together, each change runs alone on both sides.

Built from plain locks (a Condition cost microseconds per call): the first reader in takes the
resource lock and the last one out releases it; a writer takes the turnstile first, so new
readers queue behind a waiting writer and a stream of reads cannot starve a policy reload.
"""

from __future__ import annotations

import threading


class ReadWriteLock:
    """Many readers or one writer (see the module docstring)."""

    def __init__(self) -> None:
        self._turnstile = threading.Lock()
        self._resource = threading.Lock()  # released by whichever reader leaves last: a Lock, not an RLock
        self._count_lock = threading.Lock()
        self._readers = 0

    def acquire_read(self) -> None:
        with self._turnstile:
            pass
        with self._count_lock:
            self._readers += 1
            if self._readers == 1:
                self._resource.acquire()

    def release_read(self) -> None:
        with self._count_lock:
            self._readers -= 1
            if self._readers == 0:
                self._resource.release()

    def acquire_write(self) -> None:
        self._turnstile.acquire()
        self._resource.acquire()

    def release_write(self) -> None:
        self._resource.release()
        self._turnstile.release()
