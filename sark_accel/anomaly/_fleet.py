"""Anomaly baselines across a fleet: each process shares its own counts through Redis and judges
events on the merge of everyone's (the merge law of go/anomaly/README.md section 5).

Two engines of the chosen backend: ``local`` counts only this process's events; ``view`` is
what detection reads: ``local`` merged with every other process's exported state. Every
``interval`` a daemon thread stores ``local``'s export under ``sark:anomaly:state:<id>`` (kept
for the window's length, so a stopped process's events still count until they would leave the
window), reads the other states one by one into a new view and swaps it in, replaying the
events observed while it was built. Peers' states are untrusted and can be large: one sync reads
at most ``max_bytes`` of them in all (GETRANGE, one byte past what is left), and a state that
would pass that budget is refused like a corrupt one (``refused_states``), so the view then
lacks that peer's events until a later sync fits it. Redis unreachable: detection goes on with the last view
plus local events; the failures are counted. Merging only states (never a view) keeps every
event counted once.
"""

from __future__ import annotations

import threading
import uuid
import weakref
from typing import Callable, Optional

from ..cache._redis import client
from ._types import AnomalyBackend, Baseline, Detection, Row
from .errors import CapacityExceeded, InvalidState, UnsupportedVersion

PREFIX = "sark:anomaly:state:"
MAX_PEERS = 256  # bounds one sync's work
#: The default bound on the peers' states one sync reads, in bytes (a state is ~13 KiB per active
#: principal with 100 events in its window).
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
_SYNC_TIMEOUT = 1.0  # off the request path: states can be large


class FleetAnomalyBackend:
    """``local`` + the fleet's states in Redis. Arguments are validated by AnomalyDetector."""

    def __init__(
        self,
        make: Callable[[], AnomalyBackend],
        url: str,
        interval: float,
        lookback_days: int,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self._make = make
        self._max_bytes = max_bytes
        self._local, self._view = make(), make()
        self._lock = threading.Lock()
        self._pending: Optional[list[tuple[list[Row], int]]] = None  # events during a rebuild
        self._now = 0  # the latest time a call brought: syncs export and merge at it
        self._key = PREFIX + uuid.uuid4().hex
        self._ttl_ms = (lookback_days + 1) * 86_400_000
        self._redis = client(url, _SYNC_TIMEOUT, _SYNC_TIMEOUT, _SYNC_TIMEOUT)
        self._counts = dict.fromkeys(("fleet_syncs", "fleet_peers", "redis_failures", "refused_states"), 0)
        self._stop, self._wake = threading.Event(), threading.Event()
        self._thread = threading.Thread(
            target=_sync_loop,
            args=(weakref.ref(self), self._stop, self._wake, interval),
            name="sark-accel-anomaly-fleet",
            daemon=True,
        )
        weakref.finalize(self, self._stop.set)
        self._thread.start()

    # --- syncing --------------------------------------------------------------------

    def sync(self) -> None:
        """Publish ``local``, read the fleet's states and swap in the merged view."""
        with self._lock:
            now = self._now
            state = self._local.export_state(now)
            self._pending = []
        view = self._make()
        view.import_state(state.decode("utf-8"), False, now)
        try:
            peers, refused = self._exchange(state, view, now)
        except Exception:  # Redis unreachable: keep the current view
            view.close()
            with self._lock:
                self._pending = None
                self._counts["redis_failures"] += 1
            return
        with self._lock:
            for rows, at in self._pending or ():
                view.observe_many(rows, at)
            self._pending = None
            old, self._view = self._view, view
            self._counts["fleet_syncs"] += 1
            self._counts["fleet_peers"] = peers
            self._counts["refused_states"] += refused
        old.close()

    def _exchange(self, state: bytes, view: AnomalyBackend, now: int) -> tuple[int, int]:
        """Store ``state``, merge the peers' states into ``view``; (peers found, states refused)."""
        self._redis.set(self._key, state, px=self._ttl_ms)
        keys = []
        for key in self._redis.scan_iter(match=PREFIX + "*", count=100):
            if key != self._key.encode():
                keys.append(key)
            if len(keys) >= MAX_PEERS:
                break
        left, found, refused = self._max_bytes, 0, 0
        for key in keys:
            raw = self._redis.getrange(key, 0, left)  # one byte past what is left tells "too large"
            if not isinstance(raw, bytes) or not raw:
                continue  # expired since the scan
            found += 1
            if len(raw) > left:
                refused += 1
                continue
            left -= len(raw)
            try:
                view.import_state(raw.decode("utf-8"), True, now)
            except (InvalidState, UnsupportedVersion, CapacityExceeded, UnicodeDecodeError):
                refused += 1  # one bad or too large state must not stop the others
        return found, refused

    # --- the engine -----------------------------------------------------------------

    def _record(self, rows: list[Row], now: int) -> None:
        """Count rows locally (and for the view being built); the caller holds the lock."""
        self._now = max(self._now, now)
        self._local.observe_many(rows, now)
        if self._pending is not None:
            self._pending.append((rows, now))

    def observe(self, row: Row, now: int) -> None:
        with self._lock:
            self._view.observe(row, now)
            self._record([row], now)

    def detect(self, row: Row, now: int) -> Detection:
        with self._lock:
            self._now = max(self._now, now)
            return self._view.detect(row, now)

    def observe_and_detect(self, row: Row, now: int) -> Detection:
        with self._lock:
            detection = self._view.observe_and_detect(row, now)
            self._record([row], now)
            return detection

    def observe_many(self, rows: list[Row], now: int) -> None:
        with self._lock:
            self._view.observe_many(rows, now)
            self._record(rows, now)

    def detect_many(self, rows: list[Row], now: int) -> list[Detection]:
        with self._lock:
            self._now = max(self._now, now)
            return self._view.detect_many(rows, now)

    def baseline(self, principal: str, now: int) -> Optional[Baseline]:
        with self._lock:
            self._now = max(self._now, now)
            return self._view.baseline(principal, now)

    def export_state(self, now: int) -> bytes:
        """This process's own counts (what it contributes), not the fleet's view."""
        with self._lock:
            return self._local.export_state(now)

    def import_state(self, text: str, merge: bool, now: int) -> None:
        """Into this process's own counts; the view follows at the sync this call triggers."""
        with self._lock:
            self._local.import_state(text, merge, now)
            self._now = max(self._now, now)
        self._wake.set()

    def stats(self) -> dict[str, int]:
        with self._lock:
            st = self._view.stats()
            st.update(self._counts)
            return st

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5.0)
        with self._lock:
            self._local.close()
            self._view.close()
        try:
            self._redis.close()
        except Exception:
            pass


def _sync_loop(
    ref: Callable[[], Optional[FleetAnomalyBackend]], stop: threading.Event, wake: threading.Event, interval: float
) -> None:
    """Sync every ``interval`` (or when woken) until ``stop``; holds the backend only while syncing."""
    while not stop.is_set():
        wake.wait(interval)
        wake.clear()
        backend = ref()
        if backend is None or stop.is_set():
            return
        try:
            backend.sync()
        except Exception:  # closed under us, or a backend error: the next round retries
            pass
        del backend
