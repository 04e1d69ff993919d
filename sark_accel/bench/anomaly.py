"""Anomaly benchmark: the Go detector vs the Python backend vs SARK's way (rebuild the baseline
from the principal's last 30 days of events in Python for every detection, then check).

State: 1,000 principals x 300 events over 30 days, 20 tools each (the Go engine's own bench).
Rows: one ``observe_and_detect`` from Python (p50), ``detect_many`` of 1,000, building the
state from 1,000,000 events of 10,000 principals (the Python backend on a tenth, scaled: said in
the row), and the memory each principal adds (in a fresh process: live Go heap after a collection, the
Python backend's RSS growth).
"""

from __future__ import annotations

import gc
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from functools import partial
from typing import Any, Callable

from ._timing import fmt_rate, fmt_ratio, latencies_us, percentile, progress, table

DAY = 86400
NOW = 1705312800  # Monday 2024-01-15 10:00 UTC
LEVELS = ("none", "low", "medium", "high", "critical")


def _event(p: int, i: int, principals: int = 1000, per: int = 300) -> dict[str, Any]:
    """Event i of principal p: spread over 30 days, working hours, 20 tools."""
    ts = NOW - (i * 30 * DAY) // per - (p % 7) * 60
    return {
        "principal": f"user{p % principals}",
        "timestamp": ts,
        "tool": f"tool{(i * 7 + p) % 20}",
        "sensitivity": LEVELS[1 + i % 3],
        "result_size": 10 + (i * 37 + p) % 500,
        "location": ("US-EAST", "EU-WEST")[p % 2],
        "server": f"srv{p % 4}",
    }


def _history(principals: int, per: int) -> Iterator[list[dict[str, Any]]]:
    """Every principal's events, in batches of 50,000."""
    batch: list[dict[str, Any]] = []
    for i in range(per):
        for p in range(principals):
            batch.append(_event(p, i, principals, per))
            if len(batch) == 50_000:
                yield batch
                batch = []
    if batch:
        yield batch


class SarkStyle:
    """SARK's analyzer as it runs with no stored baseline: keep the audit events, and for each
    detection rebuild the principal's baseline from its last 30 days (Counter, sets, max) in
    Python, then run the seven checks."""

    def __init__(self) -> None:
        self.events: dict[str, list[dict[str, Any]]] = {}

    def observe(self, e: dict[str, Any]) -> None:
        self.events.setdefault(e["principal"], []).append(e)

    def detect(self, e: dict[str, Any]) -> list[str]:
        t = e["timestamp"]
        history = [h for h in self.events.get(e["principal"], ()) if t - 30 * DAY <= h["timestamp"]]
        n = len(history) or 1
        tools = Counter(h["tool"] for h in history)
        hours = Counter(time.gmtime(h["timestamp"]).tm_hour for h in history)
        days = Counter(time.gmtime(h["timestamp"]).tm_wday for h in history)
        common = {name for name, _ in tools.most_common(10)}
        typical_hours = {h for h, c in hours.items() if c / n >= 0.1}
        typical_days = {d for d, c in days.items() if c / n >= 0.1}
        max_size = max((h["result_size"] for h in history), default=0)
        max_level = max((LEVELS.index(h["sensitivity"]) for h in history), default=0)
        locations = {h["location"] for h in history if h.get("location")}
        found = []
        now = time.gmtime(t)
        if e["tool"] not in common:
            found.append("unusual_tool")
        if typical_hours and now.tm_hour not in typical_hours:
            found.append("unusual_time")
        if typical_days and now.tm_wday not in typical_days:
            found.append("unusual_day")
        if max_size and e["result_size"] > max_size * 3.0:
            found.append("excessive_data")
        if LEVELS.index(e["sensitivity"]) > max_level:
            found.append("sensitivity_escalation")
        if sum(1 for h in history if t - 60 <= h["timestamp"] <= t) >= 10:
            found.append("rapid_requests")
        if e.get("location") and locations and e["location"] not in locations:
            found.append("geographic_anomaly")
        return found


_MEMORY = """
import gc, os, sys
from sark_accel.anomaly import AnomalyDetector

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

backend, n, now = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
d = AnomalyDetector(backend=backend, clock=lambda: now, max_principals=n + 1)
d.observe({"principal": "warm-up", "timestamp": now, "tool": "t"})  # the Go runtime has started
# Go: live heap bytes after a collection; Python: RSS (pymalloc keeps what it allocated anyway).
size = getattr(sys.modules.get("sark_accel._sarkgo"), "sarkbind_GoHeapLive", None) if backend == "go" else rss
gc.collect()
before = size()
for k in range(0, n, 2500):
    d.observe_many([
        {"principal": f"m{p}", "timestamp": now - 3600 + i, "tool": f"tool{i}", "result_size": i}
        for p in range(k, min(k + 2500, n)) for i in range(20)
    ])
gc.collect()
print((size() - before) / n)
"""


def _per_principal(backend: str, principals: int) -> float:
    """Memory per principal of 20 events (20 tools, one day), in a fresh process: live Go heap
    bytes for go, RSS growth for python."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY, backend, str(principals), str(NOW)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    return float(out.stdout.strip())


def run(quick: bool = False) -> str:
    from ..anomaly import AnomalyDetector

    principals, per = (200, 100) if quick else (1000, 300)

    def detector(backend: str) -> Any:
        return AnomalyDetector(backend=backend, clock=lambda: NOW, max_principals=20_000)

    progress(f"anomaly: state of {principals} principals x {per} events")
    go, py, sark = detector("go"), detector("python"), SarkStyle()
    for batch in _history(principals, per):
        go.observe_many(batch)
        py.observe_many(batch)
        for e in batch:
            sark.observe(e)
    probes = [_event(p, 0, principals, per) | {"timestamp": NOW - 5} for p in range(1000)]

    rows: list[list[str]] = []
    n_lat = 2000 if quick else 20_000
    p50: dict[str, float] = {}
    for name, fn in (
        ("go", go.observe_and_detect),
        ("python", py.observe_and_detect),
        ("SARK style", sark.detect),
    ):
        progress(f"anomaly observe_and_detect p50 {name}")
        n = n_lat if name == "go" else n_lat // 10
        p50[name] = percentile(latencies_us(_cycling(fn, probes), n), 50)
    rows.append(
        [
            "observe_and_detect, one event: p50 us",
            f"{p50['go']:.2f}",
            f"{p50['python']:.1f}",
            f"{p50['SARK style']:.0f}",
            fmt_ratio(p50["python"], p50["go"]),
            fmt_ratio(p50["SARK style"], p50["go"]),
        ]
    )

    rate: dict[str, float] = {}
    for name, many in (
        ("go", go.detect_many),
        ("python", py.detect_many),
        ("SARK style", lambda evs: [sark.detect(e) for e in evs]),
    ):
        progress(f"anomaly detect_many(1000) {name}")
        rounds = 20 if name == "go" and not quick else 2
        best = min(_seconds(partial(many, probes)) for _ in range(rounds))
        rate[name] = len(probes) / best
    rows.append(
        [
            "detect_many of 1,000: events/s",
            fmt_rate(rate["go"]),
            fmt_rate(rate["python"]),
            fmt_rate(rate["SARK style"]),
            fmt_ratio(rate["go"], rate["python"]),
            fmt_ratio(rate["go"], rate["SARK style"]),
        ]
    )

    total = 100_000 if quick else 1_000_000
    build: dict[str, float] = {}
    for name, count in (("go", total), ("python", total // 10)):
        progress(f"anomaly build from {count} events of 10,000 principals {name}")
        d = detector(name)
        per_principal = count // 10_000
        batches = list(_history(10_000, per_principal))
        gc.collect()
        gc.freeze()  # the input dicts stay out of the collector's work; the detector's own state does not
        try:
            build[name] = count / _seconds(partial(_observe_all, d, batches))
        finally:
            gc.unfreeze()
        d.close()
    rows.append(
        [
            f"build from {total:,} events of 10,000 principals: events/s (python: {total // 10:,}, scaled)",
            fmt_rate(build["go"]),
            fmt_rate(build["python"]),
            "-",
            fmt_ratio(build["go"], build["python"]),
            "-",
        ]
    )

    n_mem = 2_000 if quick else 10_000
    progress(f"anomaly memory of {n_mem} principals")
    mem = {name: _per_principal(name, n_mem) for name in ("go", "python")}
    rows.append(
        [
            "memory per principal, 20 tools, one day: bytes (go heap, python RSS)",
            f"{mem['go']:,.0f}",
            f"{mem['python']:,.0f}",
            "-",
            fmt_ratio(mem["python"], mem["go"]),
            "-",
        ]
    )
    go.close()
    py.close()
    headers = ["measure", "go", "python", "SARK style", "go vs python", "go vs SARK style"]
    return table(headers, rows)


def _cycling(fn: Callable[[Any], object], items: list[Any]) -> Callable[[int], object]:
    return lambda i: fn(items[i % len(items)])


def _observe_all(d: Any, batches: list[list[dict[str, Any]]]) -> None:
    for batch in batches:
        d.observe_many(batch)


def _seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
