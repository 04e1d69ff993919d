"""The counters of a Shadow and their typed, immutable snapshot (``Shadow.stats()``)."""

from __future__ import annotations

import reprlib
from collections import deque
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Mapping, Optional

from ._outcome import Outcome

#: Each text of a logged mismatch is cut to this many characters.
MAX_REPR = 300
#: Argument names whose values are never kept in the mismatch log.
SECRET_WORDS = ("credential", "token", "secret", "password", "authorization", "api_key", "apikey")

_repr = reprlib.Repr()  # bounded work too: at most 3 levels, 8 items per container, 80 characters per str
_repr.maxlevel, _repr.maxdict, _repr.maxlist, _repr.maxtuple = 3, 8, 8, 8
_repr.maxstring = _repr.maxother = 80


def _cut(text: str) -> str:
    return text if len(text) <= MAX_REPR else text[: MAX_REPR - 3] + "..."


def short_repr(value: object) -> str:
    """A repr that costs and weighs little whatever the value (a mismatching 8 MiB input too)."""
    try:
        return _cut(_repr.repr(value))
    except Exception as exc:  # a broken __repr__ must not break the call being shadowed
        return f"<unrepresentable {type(value).__name__}: {type(exc).__name__}>"


def answer_repr(result: object, error: Optional[BaseException]) -> str:
    """An answer as logged: the result, or the exception's class (its message may quote input)."""
    return f"raised {type(error).__name__}" if error is not None else short_repr(result)


def arguments_repr(args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> str:
    """The call's arguments, with secret-named keyword arguments redacted."""
    parts = [short_repr(a) for a in args]
    for name, value in kwargs.items():
        secret = any(word in name.lower() for word in SECRET_WORDS)
        parts.append(f"{name}={'<redacted>' if secret else short_repr(value)}")
    return _cut("(" + ", ".join(parts) + ")")


@dataclass(frozen=True)
class Latency:
    """Calls of one operation on one side: how many, how many raised, and how long they took."""

    calls: int
    errors: int
    seconds_total: float
    seconds_max: float

    @property
    def seconds_mean(self) -> float:
        return self.seconds_total / self.calls if self.calls else 0.0


@dataclass(frozen=True)
class SideStats:
    """One side (primary or secondary): its backend, latency per operation, decisions counted."""

    backend: str
    operations: Mapping[str, Latency]
    #: ``{(outcome, stage): count}``: policy allow/deny, injection allow/alert/block, cache hit/miss ...
    outcomes: Mapping[Outcome, int]

    @property
    def calls(self) -> int:
        return sum(op.calls for op in self.operations.values())

    @property
    def errors(self) -> int:
        return sum(op.errors for op in self.operations.values())

    @property
    def seconds_total(self) -> float:
        return sum(op.seconds_total for op in self.operations.values())


@dataclass(frozen=True)
class Mismatch:
    """One call whose two answers differed: its operation and arguments, and both answers."""

    operation: str
    arguments: str
    primary: str
    secondary: str


@dataclass(frozen=True)
class ShadowStats:
    """A snapshot of a Shadow's counters."""

    component: str
    #: Calls made through the shadow (each answered by the primary).
    calls: int
    #: Calls the secondary also ran and whose answers were compared.
    compared: int
    mismatches: int
    primary: SideStats
    secondary: SideStats
    #: The last ``mismatch_log`` mismatches, oldest first.
    recent_mismatches: tuple[Mismatch, ...]


class _Side:
    """Mutable counters of one side; guarded by the Shadow's stats lock."""

    def __init__(self, backend: str) -> None:
        self.backend = backend
        self.ops: dict[str, list[Any]] = {}  # operation -> [calls, errors, seconds_total, seconds_max]
        self.outcomes: dict[Outcome, int] = {}

    def add(self, operation: str, seconds: float, failed: bool, outcomes: list[Outcome]) -> None:
        op = self.ops.get(operation)
        if op is None:
            op = self.ops[operation] = [0, 0, 0.0, 0.0]
        op[0] += 1
        op[1] += failed
        op[2] += seconds
        if seconds > op[3]:
            op[3] = seconds
        counts = self.outcomes
        for outcome in outcomes:
            counts[outcome] = counts.get(outcome, 0) + 1

    def snapshot(self) -> SideStats:
        ops = {name: Latency(int(c), int(e), float(t), float(m)) for name, (c, e, t, m) in self.ops.items()}
        return SideStats(self.backend, MappingProxyType(ops), MappingProxyType(dict(self.outcomes)))


class Counters:
    """Everything ``Shadow.stats()`` reports; callers hold the Shadow's lock around each method."""

    def __init__(self, component: str, primary_backend: str, secondary_backend: str, mismatch_log: int) -> None:
        self.component = component
        self.calls = self.compared = self.mismatches = 0
        self.primary = _Side(primary_backend)
        self.secondary = _Side(secondary_backend)
        self.recent: deque[Mismatch] = deque(maxlen=mismatch_log)

    def snapshot(self) -> ShadowStats:
        return ShadowStats(
            self.component,
            self.calls,
            self.compared,
            self.mismatches,
            self.primary.snapshot(),
            self.secondary.snapshot(),
            tuple(self.recent),
        )
