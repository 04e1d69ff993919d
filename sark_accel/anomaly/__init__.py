"""Behavioural anomaly detection on online baselines: Go (go/anomaly) or pure-Python backend.

>>> from sark_accel.anomaly import AnomalyDetector
>>> detector = AnomalyDetector(min_events=1, clock=lambda: 1705312800)
>>> detector.observe({"principal": "alice", "timestamp": 1705312000, "tool": "db.query"})
>>> [a.type for a in detector.detect({"principal": "alice", "timestamp": 1705312700, "tool": "shell"})]
['unusual_tool']

SARK's seven checks (unusual tool, hour, weekday, excessive data, sensitivity escalation, rapid
requests, geography) and three beyond it run against each principal's baseline over a trailing
window of whole UTC days, kept up to date as events stream in. go/anomaly/README.md is the
specification both backends follow: same baselines, anomalies, alerts and exported bytes.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any, Callable, NoReturn, Optional, Union

from .. import _backend
from ..cache._common import check_redis_url
from ..errors import InvalidArgument
from . import _checks
from ._events import row, to_ns
from ._types import (
    AlertConfig,
    AlertDecision,
    Anomaly,
    AnomalyBackend,
    Baseline,
    Detection,
    Event,
    Options,
    Row,
    Timestamp,
)
from .errors import CapacityExceeded, InvalidEvent, InvalidState, UnsupportedVersion

__all__ = [
    "AlertConfig",
    "AlertDecision",
    "Anomaly",
    "AnomalyDetector",
    "Baseline",
    "CapacityExceeded",
    "Detection",
    "Event",
    "InvalidEvent",
    "InvalidState",
    "UnsupportedVersion",
    "build_baseline",
    "detect_against",
]

#: An event: an :class:`Event`, or a dict with its field names as keys.
EventLike = Union[Event, dict[str, Any]]
Clock = Callable[[], Timestamp]


def _positive(name: str, value: object, low: int, high: int) -> int:
    if type(value) is not int:
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not low <= value <= high:
        raise InvalidArgument(f"{name} must be {low}..{high}, got {value}")
    return value


def _alert_config(config: Union[AlertConfig, dict[str, Any], None]) -> AlertConfig:
    if config is None:
        return AlertConfig()
    if isinstance(config, dict):
        try:
            config = AlertConfig(**config)
        except TypeError as exc:
            raise InvalidArgument(f"alert_config: {exc}") from None
    if not isinstance(config, AlertConfig):
        raise TypeError(f"alert_config must be an AlertConfig or a dict, not {type(config).__name__}")
    for name in ("critical_high_count", "warning_high_count", "warning_medium_count"):
        _positive(f"alert_config.{name}", getattr(config, name), 1, 2**31)
    if type(config.auto_suspend) is not bool:
        raise TypeError("alert_config.auto_suspend must be a bool")
    return config


_BASELINE_TYPES = {
    "common_tools": str,
    "typical_hours": int,
    "typical_days": int,
    "typical_locations": str,
    "servers": str,
    "avg_calls_per_day": float,
    "avg_records_per_query": float,
    "size_variance": float,
    "max_calls_per_day": int,
    "max_records_per_query": int,
    "event_count": int,
    "sized_events": int,
    "max_sensitivity_level": str,
    "typical_sensitivity": str,
}


def _utf8(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_baseline(b: Baseline) -> None:
    """A caller's Baseline must hold the types build_baseline gives (both backends then agree)."""
    if not isinstance(b, Baseline):
        raise TypeError(f"baseline must be a Baseline, not {type(b).__name__}")
    for name, kind in _BASELINE_TYPES.items():
        v = getattr(b, name)
        items = v if isinstance(v, tuple) else (v,)
        ok = isinstance(v, tuple) == (
            name in ("common_tools", "typical_hours", "typical_days", "typical_locations", "servers")
        )
        if not ok or not all(type(x) is kind for x in items):
            raise TypeError(f"baseline.{name} must be {'a tuple of ' if isinstance(v, tuple) else ''}{kind.__name__}")
        if kind is int and any(abs(x) > 2**63 - 1 for x in items):
            raise InvalidArgument(f"baseline.{name} is out of range")
        if kind is str and not all(x.isascii() or _utf8(x) for x in items):
            raise InvalidArgument(f"baseline.{name} holds a str that is not UTF-8")


def _rows(events: Iterable[EventLike]) -> list[Row]:
    if isinstance(events, (dict, Event, str, bytes)):
        raise TypeError("events must be an iterable of events, not one event")
    rows = []
    for i, e in enumerate(events):
        try:
            rows.append(row(e))
        except InvalidEvent as err:
            raise InvalidEvent(f"event {i}: {err}") from None
    return rows


class AnomalyDetector:
    """Keeps every principal's baseline up to date and checks events against it.

    ``AnomalyDetector(*, backend=None, lookback_days=30, min_events=20, max_principals=100_000,
    extra_checks=True, alert_config=None, clock=None, redis_url=None, sync_interval=5.0,
    fleet_max_bytes=256 * 2**20)``

    - Events are :class:`Event` or dicts with its keys (principal, timestamp and tool required;
      unknown keys are refused). Timestamps are aware datetimes (naive ones are UTC) or epoch
      seconds. A bad event raises :class:`InvalidEvent` (a ``ValueError``) and changes nothing.
    - The window is whole UTC days: the clock's day and the ``lookback_days - 1`` before it.
      An event on a later day is refused; one before the window is ignored (``stats()["stale"]``).
    - A principal with fewer than ``min_events`` events in the window gets only rapid_requests
      (the detection's ``baseline`` is ``"insufficient"``).
    - ``extra_checks`` switches result_size_outlier, new_server and rate_spike together.
    - ``clock``: a callable returning the time (as timestamps are given); default ``time.time_ns``.
    - At most ``max_principals`` principals (least recently observed evicted first).
    - Safe to share between threads; ``close()`` frees it and later calls raise
      :class:`~sark_accel.errors.Closed`.
    - ``redis_url``: judge on the whole fleet's baselines. Every ``sync_interval`` seconds
      (default 5) the detector stores its own counts in Redis and merges everyone's into the
      view detection reads (each event counted once); events of this process count at once.
      ``export_state`` then gives this process's own counts, and ``stats()`` adds fleet_syncs,
      fleet_peers, redis_failures and refused_states. Without Redis it goes on locally. Peers'
      states are untrusted: one sync reads at most ``fleet_max_bytes`` of them in all (default
      256 MiB); a state that would pass that is refused as a corrupt one is (refused_states).
    """

    def __init__(
        self,
        *positional: NoReturn,
        backend: Optional[str] = None,
        lookback_days: int = 30,
        min_events: int = 20,
        max_principals: int = 100_000,
        extra_checks: bool = True,
        alert_config: Union[AlertConfig, dict[str, Any], None] = None,
        clock: Optional[Clock] = None,
        redis_url: Optional[str] = None,
        sync_interval: float = 5.0,
        fleet_max_bytes: int = 256 * 1024 * 1024,
    ) -> None:
        _backend.keyword_only("AnomalyDetector", positional)
        url = check_redis_url(redis_url)
        if isinstance(sync_interval, bool) or not isinstance(sync_interval, (int, float)):
            raise TypeError("sync_interval must be a number of seconds")
        if not 0 < sync_interval <= 3600:
            raise InvalidArgument(f"sync_interval must be in (0, 3600] seconds, got {sync_interval!r}")
        fleet_limit = _positive("fleet_max_bytes", fleet_max_bytes, 1024, 2**40)
        if type(extra_checks) is not bool:
            raise TypeError("extra_checks must be a bool")
        if clock is not None and not callable(clock):
            raise TypeError("clock must be callable")
        self.options = Options(
            lookback_days=_positive("lookback_days", lookback_days, 1, 366),
            min_events=_positive("min_events", min_events, 0, 2**31),
            max_principals=_positive("max_principals", max_principals, 1, 2**31),
            extra_checks=extra_checks,
            alert=_alert_config(alert_config),
        )
        self._clock = clock
        self.backend = _backend.resolve("anomaly", backend)
        self._impl: AnomalyBackend
        make: Callable[[], AnomalyBackend]
        if self.backend == "go":
            from ._go import GoAnomalyBackend

            make = partial(GoAnomalyBackend, self.options)
        else:
            from ._python import PythonAnomalyBackend

            make = partial(PythonAnomalyBackend, self.options)
        if url is None:
            self._impl = make()
        else:
            from ._fleet import FleetAnomalyBackend

            self._impl = FleetAnomalyBackend(make, url, float(sync_interval), self.options.lookback_days, fleet_limit)

    def _now(self) -> int:
        if self._clock is None:
            return time.time_ns()
        try:
            return max(to_ns(self._clock(), "clock"), 0)
        except InvalidEvent as exc:  # the clock is the detector's argument, not an event
            raise InvalidArgument(str(exc).replace("anomaly: invalid event: ", "")) from None

    def observe(self, event: EventLike) -> None:
        """Count ``event`` into its principal's window."""
        self._impl.observe(row(event), self._now())

    def detect(self, event: EventLike) -> Detection:
        """Check ``event`` against its principal's baseline as it stands (``event`` not counted)."""
        return self._impl.detect(row(event), self._now())

    def observe_and_detect(self, event: EventLike) -> Detection:
        """``detect`` then ``observe``, atomically: the usual call per tool call."""
        return self._impl.observe_and_detect(row(event), self._now())

    def observe_many(self, events: Iterable[EventLike]) -> None:
        """Observe each event in order, all or nothing (errors name the index: ``event 3: ...``)."""
        self._impl.observe_many(_rows(events), self._now())

    def detect_many(self, events: Iterable[EventLike]) -> list[Detection]:
        """Detect each event against the same state."""
        return self._impl.detect_many(_rows(events), self._now())

    def baseline(self, principal: str) -> Optional[Baseline]:
        """The principal's baseline over the window now; None for an unknown principal."""
        if type(principal) is not str:
            raise TypeError(f"principal must be a str, not {type(principal).__name__}")
        if not principal.isascii():
            try:
                principal.encode("utf-8")
            except UnicodeEncodeError:
                return None  # never observed: not valid UTF-8
        return self._impl.baseline(principal, self._now())

    def alert(self, anomalies: Iterable[Anomaly]) -> AlertDecision:
        """SARK's alert decision for ``anomalies`` under this detector's ``alert_config``."""
        return _checks.alert(self.options.alert, anomalies)

    def export_state(self) -> bytes:
        """The state as versioned JSON bytes (go/anomaly/README.md section 5)."""
        return self._impl.export_state(self._now())

    def import_state(self, data: Union[bytes, str], merge: bool = True) -> None:
        """Add an exported state to this one (``merge=True``) or replace it. A corrupt state raises
        :class:`InvalidState`, a newer format :class:`UnsupportedVersion`; nothing changes then."""
        if isinstance(data, (bytes, bytearray, memoryview)):
            try:
                text = bytes(data).decode("utf-8")
            except UnicodeDecodeError:
                raise InvalidState("anomaly: invalid state: not UTF-8") from None
        elif isinstance(data, str):
            text = data
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidState("anomaly: invalid state: not UTF-8") from None
        else:
            raise TypeError(f"data must be bytes or str, not {type(data).__name__}")
        if "\x00" in text:  # never valid JSON outside a string, nor raw inside one
            raise InvalidState("anomaly: invalid state: a NUL character")
        if type(merge) is not bool:
            raise TypeError("merge must be a bool")
        self._impl.import_state(text, merge, self._now())

    def stats(self) -> dict[str, int]:
        """``principals`` held now and the counters: observed, stale, evictions, dropped_tools,
        dropped_locations, dropped_servers, dropped_recent."""
        return self._impl.stats()

    def close(self) -> None:
        """Free the detector. Idempotent; later calls raise :class:`~sark_accel.errors.Closed`."""
        self._impl.close()

    def __enter__(self) -> AnomalyDetector:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<AnomalyDetector backend={self.backend} lookback_days={self.options.lookback_days}>"


def build_baseline(
    events: Iterable[EventLike], lookback_days: int = 30, *positional: NoReturn, backend: Optional[str] = None
) -> Baseline:
    """SARK's baseline over one principal's events (all of them: the caller chose the lookback;
    ``lookback_days`` only divides ``avg_calls_per_day``)."""
    _backend.keyword_only("build_baseline", positional)
    days = _positive("lookback_days", lookback_days, 1, 2**31)
    rows = _rows(events)
    if _backend.resolve("anomaly", backend) == "go":
        from . import _go

        return _go.build_baseline(rows, days)
    from . import _python

    return _python.build_baseline(rows, days)


def detect_against(
    event: EventLike,
    baseline: Baseline,
    recent_events: Sequence[EventLike] = (),
    *positional: NoReturn,
    backend: Optional[str] = None,
    min_events: int = 20,
    extra_checks: bool = True,
) -> Detection:
    """The checks of ``event`` against a baseline the caller keeps (from :func:`build_baseline`),
    counting the principal's ``recent_events`` in [t - 60 s, t) for rapid_requests. No rate_spike:
    that needs the daily history only a detector keeps."""
    _backend.keyword_only("detect_against", positional)
    _check_baseline(baseline)
    if type(extra_checks) is not bool:
        raise TypeError("extra_checks must be a bool")
    opts = Options(min_events=_positive("min_events", min_events, 0, 2**31), extra_checks=extra_checks)
    r, recent = row(event), _rows(recent_events)
    if _backend.resolve("anomaly", backend) == "go":
        from . import _go

        return _go.detect_against(r, baseline, recent, opts)
    from . import _python

    return _python.detect_against(r, baseline, recent, opts.min_events, opts.extra_checks)
