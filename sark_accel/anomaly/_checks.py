"""The checks of go/anomaly/README.md section 3 (Python backend) and SARK's alert rules (both).

Floats are computed in the README's order, so the values and their ``.2f`` descriptions are the
Go engine's: CPython rounds every operation once, as Go does without fused multiply-adds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import NamedTuple, Optional

from ._events import WEEKDAYS, day_of, hour_of, level, weekday_of_day
from ._types import LEVELS, SEVERITIES, AlertConfig, AlertDecision, Anomaly, Baseline, Detection, Row

RAPID_WINDOW_NS = 60 * 1_000_000_000
RAPID_THRESHOLD = 10
RATE_MIN = 10


class Rate(NamedTuple):
    """What rate_spike reads (online only): the EWMA of calls per day before the event's day."""

    ewma: float
    today: int  # calls already on the event's day


def ewma(days: Iterable[tuple[int, int]], day: int) -> Optional[Rate]:
    """The daily-rate EWMA over ``(day number, events)`` ascending, for an event on ``day``."""
    e, nxt, today, known = 0.0, 0, 0, False
    for num, events in days:
        if num >= day:
            if num == day:
                today = events
            break
        if not known:
            e, known, nxt = float(events), True, num + 1
            continue
        while nxt < num and e != 0.0:  # days without calls (0.0 stays 0.0: stop early)
            e *= 0.7
            nxt += 1
        e = 0.3 * float(events) + 0.7 * e
        nxt = num + 1
    if not known:
        return None
    while nxt < day and e != 0.0:
        e *= 0.7
        nxt += 1
    return Rate(e, today)


def check(r: Row, b: Baseline, recent: int, rate: Optional[Rate], min_events: int, extra: bool) -> Detection:
    """Every enabled check of event ``r`` against ``b``; ``recent`` counts the principal's earlier
    events in [t - 60 s, t)."""
    _, ts, tool, sens, size, location, server, _ = r
    found: list[Anomaly] = []
    full = b.event_count >= min_events
    hour, wd = hour_of(ts), weekday_of_day(day_of(ts))
    if full and tool not in b.common_tools:
        found.append(Anomaly("unusual_tool", "low", 0.7, f"Unusual tool usage: {tool}", b.common_tools, tool))
    if full and b.typical_hours and hour not in b.typical_hours:
        found.append(
            Anomaly("unusual_time", "medium", 0.8, f"Access at unusual hour: {hour}:00", b.typical_hours, hour)
        )
    if full and b.typical_days and wd not in b.typical_days:
        found.append(Anomaly("unusual_day", "low", 0.6, f"Access on unusual day: {WEEKDAYS[wd]}", b.typical_days, wd))
    m = b.max_records_per_query
    if full and m > 0 and float(size) > float(m) * 3.0:
        desc = f"Excessive data access: {size} records (baseline max: {m})"
        found.append(Anomaly("excessive_data", "high", 0.9, desc, m, size))
    lvl, top = level(sens), b.max_sensitivity_level
    if full and lvl > level(top):
        desc = f"Sensitivity escalation: {LEVELS[lvl]} (baseline max: {top})"
        found.append(Anomaly("sensitivity_escalation", "high", 0.95, desc, top, LEVELS[lvl]))
    if recent >= RAPID_THRESHOLD:
        desc = f"Rapid requests: {recent + 1} in 60 seconds"
        found.append(Anomaly("rapid_requests", "medium", 0.85, desc, RAPID_THRESHOLD, recent + 1))
    if full and location and b.typical_locations and location not in b.typical_locations:
        desc = f"Access from unusual location: {location}"
        found.append(Anomaly("geographic_anomaly", "medium", 0.75, desc, b.typical_locations, location))
    if full and extra and size > 0 and b.sized_events >= 30 and b.size_variance > 0:
        mean = b.avg_records_per_query
        z = (float(size) - mean) / math.sqrt(b.size_variance)
        if abs(z) > 3.0:
            desc = f"Result size outlier: {size} records (z-score {z:.2f}, mean {mean:.2f})"
            found.append(Anomaly("result_size_outlier", "medium", 0.8, desc, mean, z))
    if full and extra and server and server not in b.servers:
        found.append(Anomaly("new_server", "low", 0.6, f"First call to server: {server}", b.servers, server))
    if full and extra and rate is not None:
        c = rate.today + 1
        if c >= RATE_MIN and float(c) > 3.0 * rate.ewma:
            desc = f"Request rate spike: {c} calls today (EWMA {rate.ewma:.2f} per day)"
            found.append(Anomaly("rate_spike", "medium", 0.7, desc, rate.ewma, c))
    return Detection(tuple(found), "sufficient" if full else "insufficient")


def alert(config: AlertConfig, anomalies: Iterable[Anomaly]) -> AlertDecision:
    """SARK's alert rules: critical on any critical anomaly or ``critical_high_count`` high ones;
    warning on ``warning_high_count`` high or ``warning_medium_count`` medium ones."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for a in anomalies:
        if a.severity in counts:
            counts[a.severity] += 1
    high, medium = counts["high"], counts["medium"]
    if counts["critical"] > 0 or high >= config.critical_high_count:
        lvl = "critical"
    elif high >= config.warning_high_count or medium >= config.warning_medium_count:
        lvl = "warning"
    else:
        lvl = "none"
    return AlertDecision(lvl, tuple(counts.items()), config.auto_suspend and lvl == "critical")
