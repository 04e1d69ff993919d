"""The Python backend's counters: a day's, a window's (the sum of days), and the baseline they give.

go/anomaly/README.md section 2, with Python ints for the exact sums: the mean and variance are
``int / int`` (correctly rounded, as the Go engine's big-rational path), so both backends agree
bit for bit whatever order events came in.
"""

from __future__ import annotations

from ._events import hour_of, weekday_of_day
from ._types import LEVELS, Baseline

TOOL, LOCATION, SERVER = 0, 1, 2
FIELD_NAMES = ("tools", "locations", "servers")

#: A named value's counter: [count, earliest timestamp].
Ref = list[int]


class Core:
    """What a baseline needs from a set of events, apart from the named values."""

    __slots__ = ("events", "sized", "hours", "sens", "sens_first", "max_size", "size_sum", "size_sq")

    def __init__(self) -> None:
        self.events = 0
        self.sized = 0
        self.hours = [0] * 24
        self.sens = [0] * 5
        self.sens_first = [0] * 5  # earliest timestamp per level; 0 while its count is 0
        self.max_size = 0
        self.size_sum = 0
        self.size_sq = 0

    def add(self, ts: int, lvl: int, size: int) -> None:
        self.events += 1
        self.hours[hour_of(ts)] += 1
        if self.sens[lvl] == 0 or ts < self.sens_first[lvl]:
            self.sens_first[lvl] = ts
        self.sens[lvl] += 1
        if size > 0:
            self.sized += 1
            self.size_sum += size
            self.size_sq += size * size
            self.max_size = max(self.max_size, size)

    def merge(self, o: Core) -> None:
        self.events += o.events
        self.sized += o.sized
        for h in range(24):
            self.hours[h] += o.hours[h]
        for s in range(5):
            if o.sens[s] > 0 and (self.sens[s] == 0 or o.sens_first[s] < self.sens_first[s]):
                self.sens_first[s] = o.sens_first[s]
            self.sens[s] += o.sens[s]
        self.max_size = max(self.max_size, o.max_size)
        self.size_sum += o.size_sum
        self.size_sq += o.size_sq


def count_ref(refs: dict[str, Ref], name: str, ts: int, n: int) -> None:
    """Count ``n`` uses of ``name`` whose earliest is at ``ts``."""
    r = refs.get(name)
    if r is None:
        refs[name] = [n, ts]
    else:
        r[0] += n
        if ts < r[1]:
            r[1] = ts


def strength(refs: dict[str, Ref], name: str) -> tuple[int, int, str]:
    """Sort key, strongest first: count descending, earliest first use, then name."""
    n, first = refs[name]
    return -n, first, name


class Day(Core):
    """One UTC calendar day of a principal's events: the unit that rolls off the window."""

    __slots__ = ("num", "refs")

    def __init__(self, num: int) -> None:
        super().__init__()
        self.num = num
        self.refs: tuple[dict[str, Ref], ...] = ({}, {}, {})


class Window(Core):
    """The sum of a set of events (a BuildBaseline call) or of a principal's days."""

    __slots__ = ("weekdays", "max_per_day", "fields")

    def __init__(self) -> None:
        super().__init__()
        self.weekdays = [0] * 7
        self.max_per_day = 0
        self.fields: tuple[dict[str, Ref], ...] = ({}, {}, {})

    def add_day(self, d: Day) -> None:
        """Add a whole day (rebuilding a window from its days)."""
        self.merge(d)
        self.weekdays[weekday_of_day(d.num)] += d.events
        self.max_per_day = max(self.max_per_day, d.events)
        for f in range(3):
            for name, (n, first) in d.refs[f].items():
                count_ref(self.fields[f], name, first, n)

    def baseline(self, lookback_days: int) -> Baseline:
        """SARK's baseline and the extra statistics, from the counters alone."""
        n = self.events
        if n == 0:
            return Baseline()
        tools = self.fields[TOOL]
        typical_sens = 0
        max_sens = 0
        for s in range(5):
            if self.sens[s] == 0:
                continue
            max_sens = s
            t = typical_sens
            if (
                self.sens[t] == 0
                or self.sens[s] > self.sens[t]
                or (self.sens[s] == self.sens[t] and self.sens_first[s] < self.sens_first[t])
            ):
                typical_sens = s
        m = self.sized
        variance = 0.0
        if m >= 2:
            num = m * self.size_sq - self.size_sum * self.size_sum
            variance = num / (m * (m - 1)) if num > 0 else 0.0
        return Baseline(
            common_tools=tuple(sorted(tools, key=lambda t: strength(tools, t))[:10]),
            avg_calls_per_day=n / lookback_days,
            max_calls_per_day=self.max_per_day,
            typical_hours=typical(self.hours, n),
            typical_days=typical(self.weekdays, n),
            avg_records_per_query=self.size_sum / m if m else 0.0,
            max_records_per_query=self.max_size,
            max_sensitivity_level=LEVELS[max_sens],
            typical_sensitivity=LEVELS[typical_sens],
            typical_locations=tuple(sorted(self.fields[LOCATION])),
            event_count=n,
            sized_events=m,
            size_variance=variance,
            servers=tuple(sorted(self.fields[SERVER])),
        )


def typical(counts: list[int], total: int) -> tuple[int, ...]:
    """The indices holding at least 10 % of ``total``, in exact integers."""
    return tuple(i for i, c in enumerate(counts) if c > 0 and c * 10 >= total)
