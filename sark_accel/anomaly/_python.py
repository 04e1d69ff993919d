"""The pure-Python backend: go/anomaly re-implemented from its README, the specification.

Same window (whole UTC days up to the clock's), same day buckets, caps, LRU, rapid-request
timestamps and exported bytes; one lock per detector. Detection derives the principal's
Baseline from its window counters (never from raw events) and runs the checks of ``_checks``.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, insort
from collections import OrderedDict
from typing import Optional

from ..errors import Closed
from . import _state
from ._checks import RAPID_WINDOW_NS, Rate, check, ewma
from ._events import NS_PER_DAY, day_of, level, validate, weekday_of_day, with_index
from ._types import STATS, Baseline, Detection, Options, Row
from ._window import FIELD_NAMES, Day, Window, count_ref, strength
from .errors import CapacityExceeded, InvalidEvent

MAX_EVENTS = 2**32 - 1

_COUNTERS = STATS[1:]  # principals is counted when asked


class Principal:
    """One principal's online state: its window's days, their sum, and rapid_requests' timestamps."""

    __slots__ = ("name", "days", "win", "recent", "newest")

    def __init__(self, name: str) -> None:
        self.name = name
        self.days: dict[int, Day] = {}  # ascending day numbers (kept in insertion order by sort_days)
        self.win = Window()
        self.recent: list[int] = []  # ascending timestamps >= newest - 60 s
        self.newest = 0

    def day_at(self, num: int) -> Day:
        d = self.days.get(num)
        if d is None:
            d = self.days[num] = Day(num)
            if len(self.days) > 1 and num < max(self.days):
                self.days = dict(sorted(self.days.items()))
        return d

    def observe(self, r: Row, opts: Options, st: dict[str, int]) -> None:
        """Count r, which lies in the window (the caller checked and pruned)."""
        if self.win.events == MAX_EVENTS:
            raise CapacityExceeded("anomaly: capacity exceeded")
        _, ts, tool, sens, size, location, server, _ = r
        d = self.day_at(day_of(ts))
        lvl = level(sens)
        d.add(ts, lvl, size)
        w = self.win
        w.add(ts, lvl, size)
        w.weekdays[weekday_of_day(d.num)] += 1
        w.max_per_day = max(w.max_per_day, d.events)
        caps = (opts.max_tools, opts.max_locations, opts.max_servers)
        for f, v in enumerate((tool, location, server)):
            if not v:
                continue
            names = w.fields[f]
            if v not in names:
                if len(names) + 1 > caps[f]:  # forget the weakest other value everywhere
                    weakest = max(names, key=lambda n: strength(names, n))
                    self.drop(f, weakest)
                    st["dropped_" + FIELD_NAMES[f]] += 1
            count_ref(names, v, ts, 1)
            count_ref(d.refs[f], v, ts, 1)
        self.add_recent(ts, opts.max_recent, st)

    def drop(self, f: int, name: str) -> None:
        del self.win.fields[f][name]
        for d in self.days.values():
            d.refs[f].pop(name, None)

    def enforce_caps(self, opts: Options, st: dict[str, int]) -> None:
        """Keep the strongest values of each field up to its cap (after an import or merge)."""
        dropped = False
        for f, cap in enumerate((opts.max_tools, opts.max_locations, opts.max_servers)):
            names = self.win.fields[f]
            if len(names) <= cap:
                continue
            for name in sorted(names, key=lambda n: strength(names, n))[cap:]:
                for d in self.days.values():
                    d.refs[f].pop(name, None)
                st["dropped_" + FIELD_NAMES[f]] += 1
            dropped = True
        if dropped:
            self.rebuild()

    def prune(self, first_day: int) -> None:
        """Drop the days before first_day; recompute the window if any went."""
        old = [n for n in self.days if n < first_day]
        if old:
            for n in old:
                del self.days[n]
            self.rebuild()

    def rebuild(self) -> None:
        w = Window()
        for d in self.days.values():
            w.add_day(d)
        self.win = w

    def add_recent(self, ts: int, max_recent: int, st: dict[str, int]) -> None:
        self.newest = max(self.newest, ts)
        if ts >= self.newest - RAPID_WINDOW_NS:
            insort(self.recent, ts)
        self.trim_recent(max_recent, st)

    def trim_recent(self, max_recent: int, st: dict[str, int]) -> None:
        k = bisect_left(self.recent, self.newest - RAPID_WINDOW_NS)
        extra = len(self.recent) - k - max_recent
        if extra > 0:
            k += extra
            st["dropped_recent"] += extra
        del self.recent[:k]

    def recent_before(self, t: int) -> int:
        return bisect_left(self.recent, t) - bisect_left(self.recent, t - RAPID_WINDOW_NS)

    def rate(self, day: int) -> Optional[Rate]:
        return ewma(((n, d.events) for n, d in self.days.items()), day)

    def merge(self, q: Principal) -> None:
        """Add q's days and recent timestamps (go/anomaly merge.go)."""
        for qd in q.days.values():
            d = self.day_at(qd.num)
            d.merge(qd)
            for f in range(3):
                for name, (n, first) in qd.refs[f].items():
                    count_ref(d.refs[f], name, first, n)
        self.rebuild()
        self.newest = max(self.newest, q.newest)
        self.recent = sorted(self.recent + q.recent)


class PythonAnomalyBackend:
    """go/anomaly's Detector in Python. Arguments are validated by AnomalyDetector."""

    def __init__(self, opts: Options) -> None:
        self._opts = opts
        self._lru: OrderedDict[str, Principal] = OrderedDict()
        self._stats = dict.fromkeys(_COUNTERS, 0)
        self._lock = threading.Lock()
        self._closed = False

    def _window(self, now: int) -> tuple[int, int]:
        if self._closed:
            raise Closed("anomaly detector is closed")
        last = max(now, 0) // NS_PER_DAY
        return last - self._opts.lookback_days + 1, last

    def _admit(self, r: Row, first: int, last: int) -> bool:
        err = validate(r)
        if err is not None:
            raise err
        n = day_of(r[1])
        if n > last:
            raise InvalidEvent("anomaly: invalid event: timestamp: on a UTC day after the clock's")
        return n >= first

    def _add(self, p: Principal) -> None:
        if len(self._lru) >= self._opts.max_principals:
            self._lru.popitem(last=False)
            self._stats["evictions"] += 1
        self._lru[p.name] = p

    def _observe(self, r: Row, first: int) -> None:
        p = self._lru.get(r[0])
        if p is None:
            p = Principal(r[0])
            self._add(p)
        else:
            self._lru.move_to_end(r[0])
        p.prune(first)
        p.observe(r, self._opts, self._stats)
        self._stats["observed"] += 1

    def _detect(self, r: Row, first: int) -> Detection:
        p = self._lru.get(r[0])
        b, recent, rate = Baseline(), 0, None
        if p is not None:
            p.prune(first)
            b = p.win.baseline(self._opts.lookback_days)
            recent = p.recent_before(r[1])
            rate = p.rate(day_of(r[1]))
        return check(r, b, recent, rate, self._opts.min_events, self._opts.extra_checks)

    def observe(self, row: Row, now: int) -> None:
        with self._lock:
            first, last = self._window(now)
            if not self._admit(row, first, last):
                self._stats["stale"] += 1
                return
            self._observe(row, first)

    def detect(self, row: Row, now: int) -> Detection:
        err = validate(row)
        if err is not None:
            raise err
        with self._lock:
            first, _ = self._window(now)
            return self._detect(row, first)

    def observe_and_detect(self, row: Row, now: int) -> Detection:
        with self._lock:
            first, last = self._window(now)
            inside = self._admit(row, first, last)
            result = self._detect(row, first)
            if not inside:
                self._stats["stale"] += 1
                return result
            self._observe(row, first)
            return result

    def observe_many(self, rows: list[Row], now: int) -> None:
        with self._lock:
            first, last = self._window(now)
            inside: list[bool] = []
            per_principal: dict[str, int] = {}
            for i, r in enumerate(rows):
                try:
                    inside.append(self._admit(r, first, last))
                except InvalidEvent as err:
                    raise with_index(err, f"event {i}") from None
                if inside[-1]:
                    per_principal[r[0]] = per_principal.get(r[0], 0) + 1
            for who, n in per_principal.items():
                p = self._lru.get(who)
                if n > MAX_EVENTS or (p is not None and p.win.events + n > MAX_EVENTS):
                    raise CapacityExceeded(f"anomaly: capacity exceeded: principal {who!r} would count too many events")
            for r, ok in zip(rows, inside, strict=True):
                if ok:
                    self._observe(r, first)
                else:
                    self._stats["stale"] += 1

    def detect_many(self, rows: list[Row], now: int) -> list[Detection]:
        for i, r in enumerate(rows):
            err = validate(r)
            if err is not None:
                raise with_index(err, f"event {i}")
        with self._lock:
            first, _ = self._window(now)
            return [self._detect(r, first) for r in rows]

    def baseline(self, principal: str, now: int) -> Optional[Baseline]:
        with self._lock:
            first, _ = self._window(now)
            p = self._lru.get(principal)
            if p is None:
                return None
            p.prune(first)
            return p.win.baseline(self._opts.lookback_days)

    def export_state(self, now: int) -> bytes:
        with self._lock:
            first, _ = self._window(now)
            for p in self._lru.values():
                p.prune(first)
            return _state.encode(self._opts.lookback_days, sorted(self._lru.values(), key=lambda p: p.name))

    def import_state(self, text: str, merge: bool, now: int) -> None:
        with self._lock:
            first, last = self._window(now)
            incoming = _state.decode(text, first, last, Principal)
            if merge:
                for q in incoming:
                    p = self._lru.get(q.name)
                    if p is not None and p.win.events + q.win.events > MAX_EVENTS:
                        raise CapacityExceeded(f"anomaly: capacity exceeded: principal {q.name!r} would count too many")
            else:
                self._lru = OrderedDict()
            incoming.sort(key=lambda q: (q.newest, q.name))
            for q in incoming:
                p = self._lru.get(q.name)
                if p is not None:
                    self._lru.move_to_end(q.name)
                    p.prune(first)
                    p.merge(q)
                    q = p
                else:
                    self._add(q)
                q.enforce_caps(self._opts, self._stats)
                q.trim_recent(self._opts.max_recent, self._stats)

    def stats(self) -> dict[str, int]:
        with self._lock:
            self._window(0)  # raises when closed
            return {"principals": len(self._lru), **self._stats}

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._lru = OrderedDict()


def build_baseline(rows: list[Row], lookback_days: int) -> Baseline:
    """go/anomaly BuildBaseline: SARK's baseline over one principal's events (all of them)."""
    w = Window()
    per_day: dict[int, int] = {}
    for i, r in enumerate(rows):
        err = validate(r)
        if err is not None:
            raise with_index(err, f"event {i}")
        if r[0] != rows[0][0]:
            raise InvalidEvent(f"anomaly: invalid event: principal: event {i} is not {go_quote(rows[0][0])}'s")
        _, ts, tool, sens, size, location, server, _ = r
        day = day_of(ts)
        per_day[day] = per_day.get(day, 0) + 1
        w.add(ts, level(sens), size)
        w.weekdays[weekday_of_day(day)] += 1
        w.max_per_day = max(w.max_per_day, per_day[day])
        for f, v in enumerate((tool, location, server)):
            if v:
                count_ref(w.fields[f], v, ts, 1)
    return w.baseline(lookback_days)


def detect_against(row: Row, baseline: Baseline, recent: list[Row], min_events: int, extra: bool) -> Detection:
    """go/anomaly DetectAgainst: the checks against a caller's baseline; no rate_spike."""
    err = validate(row)
    if err is not None:
        raise err
    n = 0
    for i, r in enumerate(recent):
        err = validate(r)
        if err is not None:
            raise with_index(err, f"recent event {i}")
        if r[0] == row[0] and row[1] - RAPID_WINDOW_NS <= r[1] < row[1]:
            n += 1
    return check(row, baseline, n, None, min_events, extra)


def go_quote(s: str) -> str:
    """Go's %q of a valid UTF-8 string (printable characters as they are)."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch in "\a\b\f\n\r\t\v":
            out.append({"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}[ch])
        elif ch.isprintable() or ch == " ":
            out.append(ch)
        elif o < 0x80:
            out.append(f"\\x{o:02x}")
        elif o < 0x10000:
            out.append(f"\\u{o:04x}")
        else:
            out.append(f"\\U{o:08x}")
    return "".join(out + ['"'])
