"""The anomaly engine's types, shared by both backends, and the Protocol each backend implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterator, Literal, Optional, Protocol, Union

#: Sensitivity levels, lowest first (go/anomaly/README.md section 1).
LEVELS: tuple[str, ...] = ("none", "low", "medium", "high", "critical")
#: Severities, lowest first.
SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")
#: The checks beyond SARK, each switched by ``extra_checks``.
EXTRA_CHECKS: tuple[str, ...] = ("result_size_outlier", "new_server", "rate_spike")

#: The keys of ``stats()``, in order.
STATS: tuple[str, ...] = (
    "principals",
    "observed",
    "stale",
    "evictions",
    "dropped_tools",
    "dropped_locations",
    "dropped_servers",
    "dropped_recent",
)

#: An event as both backends take it: (principal, timestamp ns, tool, sensitivity, result size,
#: location, server, request id), "" for an absent string. Built by ``_events.row``.
Row = tuple[str, int, str, str, int, str, str, str]

#: What an anomaly reports as its baseline and observed values.
Value = Union[int, float, str, tuple[str, ...], tuple[int, ...]]

#: A timestamp: an aware datetime (a naive one is taken as UTC) or seconds since the epoch.
Timestamp = Union[datetime, int, float]


@dataclass(frozen=True)
class Event:
    """One tool call by a principal. ``None`` and ``""`` mean absent for the optional strings."""

    principal: str
    timestamp: Timestamp
    tool: str
    sensitivity: Optional[str] = None
    result_size: int = 0
    location: Optional[str] = None
    server: Optional[str] = None
    request_id: Optional[str] = None


@dataclass(frozen=True)
class Anomaly:
    """One check that fired: SARK's fields (go/anomaly/README.md section 3 lists every type)."""

    type: str
    severity: str
    confidence: float
    description: str
    baseline_value: Value
    observed_value: Value

    def __str__(self) -> str:
        return f"{self.severity}: {self.description}"


@dataclass(frozen=True)
class Detection:
    """The anomalies of one event, in check order, and whether its principal's baseline was
    ``"sufficient"`` (at least ``min_events`` events: every check ran) or ``"insufficient"``
    (only rapid_requests ran). Iterates, indexes and counts like the tuple of anomalies."""

    anomalies: tuple[Anomaly, ...] = ()
    baseline: Literal["sufficient", "insufficient"] = "sufficient"

    def __iter__(self) -> Iterator[Anomaly]:
        return iter(self.anomalies)

    def __len__(self) -> int:
        return len(self.anomalies)

    def __getitem__(self, i: int) -> Anomaly:
        return self.anomalies[i]

    def __bool__(self) -> bool:
        return bool(self.anomalies)

    def __str__(self) -> str:
        lines = [f"baseline {self.baseline}: {len(self.anomalies)} anomalies"]
        return "\n".join(lines + [f"  {a}" for a in self.anomalies])


@dataclass(frozen=True)
class Baseline:
    """A principal's usual behaviour over the window: SARK's fields, then the extra statistics.
    The default is the empty baseline (no events)."""

    common_tools: tuple[str, ...] = ()
    avg_calls_per_day: float = 0.0
    max_calls_per_day: int = 0
    typical_hours: tuple[int, ...] = ()
    typical_days: tuple[int, ...] = ()
    avg_records_per_query: float = 0.0
    max_records_per_query: int = 0
    max_sensitivity_level: str = "none"
    typical_sensitivity: str = "none"
    typical_locations: tuple[str, ...] = ()
    event_count: int = 0
    sized_events: int = 0
    size_variance: float = 0.0
    servers: tuple[str, ...] = ()


@dataclass(frozen=True)
class AlertConfig:
    """SARK's alert manager thresholds (its defaults); ``auto_suspend`` suspends on critical."""

    critical_high_count: int = 2
    warning_high_count: int = 1
    warning_medium_count: int = 3
    auto_suspend: bool = False


@dataclass(frozen=True)
class AlertDecision:
    """The alert for a list of anomalies: ``level`` is ``"none"``, ``"warning"`` or ``"critical"``."""

    level: str
    counts: tuple[tuple[str, int], ...] = field(default=tuple((s, 0) for s in SEVERITIES))
    suspend: bool = False

    def count(self, severity: str) -> int:
        """The number of anomalies of ``severity``."""
        return dict(self.counts)[severity]

    def __str__(self) -> str:
        counts = ", ".join(f"{n} {s}" for s, n in self.counts if n)
        return f"alert {self.level}" + (f" ({counts})" if counts else "") + (", suspend" if self.suspend else "")


@dataclass(frozen=True)
class Options:
    """The detector's options, validated by AnomalyDetector (go/anomaly/options.go's rules)."""

    lookback_days: int = 30
    min_events: int = 20
    max_principals: int = 100_000
    max_tools: int = 64
    max_locations: int = 32
    max_servers: int = 32
    max_recent: int = 64
    extra_checks: bool = True
    alert: AlertConfig = AlertConfig()

    def config(self) -> dict[str, object]:
        """The JSON config go/sarkbind's AnomalyNew takes."""
        return {
            "lookback_days": self.lookback_days,
            "min_events": self.min_events,
            "max_principals": self.max_principals,
            "max_tools": self.max_tools,
            "max_locations": self.max_locations,
            "max_servers": self.max_servers,
            "max_recent": self.max_recent,
            "checks": {t: self.extra_checks for t in EXTRA_CHECKS},
            "alert": {
                "critical_high_count": self.alert.critical_high_count,
                "warning_high_count": self.alert.warning_high_count,
                "warning_medium_count": self.alert.warning_medium_count,
                "auto_suspend": self.alert.auto_suspend,
            },
        }


class AnomalyBackend(Protocol):
    """What AnomalyDetector delegates to. ``now`` is the clock's Unix nanoseconds."""

    def observe(self, row: Row, now: int) -> None: ...

    def detect(self, row: Row, now: int) -> Detection: ...

    def observe_and_detect(self, row: Row, now: int) -> Detection: ...

    def observe_many(self, rows: list[Row], now: int) -> None: ...

    def detect_many(self, rows: list[Row], now: int) -> list[Detection]: ...

    def baseline(self, principal: str, now: int) -> Optional[Baseline]: ...

    def export_state(self, now: int) -> bytes: ...

    def import_state(self, text: str, merge: bool, now: int) -> None: ...

    def stats(self) -> dict[str, int]: ...

    def close(self) -> None: ...
