"""Shadow mode: answer from one engine, check a second one against it, count every difference.

>>> from sark_accel.shadow import Shadow
>>> from sark_accel.policy import PolicyEngine
>>> policy = Shadow(PolicyEngine(backend="python", opa_url=url), PolicyEngine(backend="go"), sample=0.1)
>>> policy.load_bundle(bundle)            # a change: applied to both, always
>>> policy.evaluate(query, request)       # the primary's answer; 1 call in 10 also asks the secondary
>>> policy.stats().mismatches             # 0 until the two disagree; recent_mismatches says where

The typical migration: primary = ``python`` (the path trusted today), secondary = ``go``, until
the mismatch count stays at zero; then swap them, then drop the shadow.

The secondary runs in the calling thread, right after the primary. ``tools/shadow_overhead.py``
compares it with a background-thread variant (a bounded queue feeding one worker; a full queue
drops the comparison), on 2 shared cores (2026-12-01, four runs, CPU time of the calling
thread unless said otherwise):

- go ``TTLCache.get`` (0.85 us): inline costs 4.8-5.2 us over making both calls; the background
  hand-off 2.2-5.4 us over the primary alone, and its worker (Python, under the GIL) fell behind:
  0-13 % of the comparisons were dropped.
- go ``PolicyEngine.evaluate`` of the shipped policy (145 us): inline 19-38 us over both calls;
  background 21-25 us over the primary alone. In wall-clock time the background variant hid the
  secondary only while a core was free: 181 us against 335 us inline at load 2, but +197 us
  against +203 us over the primary alone at load 7, the secondary's work competing for the cores.

Inline is what this class does: both sides see every change in the same order, a compared read
never meets a change half applied, answers are compared before the caller can mutate them, no
comparison is dropped and nothing queues. Its price, the secondary's time on sampled calls, is
set by ``sample``: keep it low once the slower engine is the secondary (an OPA server behind a
go primary costs its HTTP round trip on every sampled call).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any, Callable, Generic, Optional, TypeVar

from .. import metrics as _metrics
from ..errors import InvalidArgument
from ._equal import equal, ignored, same_error
from ._lock import ReadWriteLock
from ._outcome import outcomes
from ._rules import BOTH, BY_CLASS, PRIMARY, READ, Kind, Rules, rules_for
from ._stats import Counters, Latency, Mismatch, ShadowStats, SideStats, answer_repr, arguments_repr

__all__ = [
    "Shadow",
    "ShadowStats",
    "SideStats",
    "Latency",
    "Mismatch",
    "Rules",
    "BY_CLASS",
    "equal",
    "ignored",
]

E = TypeVar("E")
#: ``compare(operation, primary answer, secondary answer) -> same?`` replaces the built-in equality.
Compare = Callable[[str, object, object], bool]
#: The longest mismatch log a Shadow keeps (each entry is at most ~1 KB of text).
MAX_MISMATCH_LOG = 10_000

_Answer = tuple[Any, Optional[Exception], float]  # result, exception, seconds
_PLAIN = frozenset({str, bytes, dict, list, tuple, int, float, bool, type(None)})  # never iterators


def _timed(fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> _Answer:
    start = time.perf_counter()
    try:
        result = fn(*args, **kwargs)
    except Exception as exc:  # an answer too: compared by class; re-raised for the primary
        return None, exc, time.perf_counter() - start
    return result, None, time.perf_counter() - start


def _replayable(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Iterators given as arguments (``get_many(k for k in ...)``) as lists, so both sides see them."""
    if not any(type(a) not in _PLAIN and isinstance(a, Iterator) for a in (*args, *kwargs.values())):
        return args, kwargs
    return tuple(map(_as_list, args)), {k: _as_list(v) for k, v in kwargs.items()}


def _as_list(value: Any) -> Any:
    return list(value) if isinstance(value, Iterator) else value


class Shadow(Generic[E]):
    """Two engines of one kind behind the first one's methods (see the module docstring).

    Args:
        primary: the engine whose answers (and exceptions) the caller gets.
        secondary: an engine of the same kind (its class, a subclass, or any class
            ``component`` names) checked against the primary; its exceptions never reach the caller.
        sample: the share of read calls (0.0-1.0) the secondary also answers, spread evenly
            (0.25: exactly every fourth). Changes always reach both sides (see ``Rules``).
        compare: ``compare(operation, primary answer, secondary answer) -> bool`` instead of the
            component's equality (strict, timings and revisions ignored). Exceptions are always
            compared by class. A compare that raises counts as a mismatch.
        mismatch_log: how many of the latest mismatches ``stats()`` keeps (reprs cut to 300
            characters; keyword arguments named like credentials or tokens redacted).
        component: the rules to use (``"cache"``, ``"policy"`` ...), when the engine's class
            is not one the table knows.

    Every public method and attribute of the primary is reachable on the shadow; ``stats()``,
    ``close()``, ``primary`` and ``secondary`` are the shadow's own (an engine's own ``stats()``
    is ``shadow.primary.stats()``). Thread-safe: compared reads run concurrently, each change
    runs alone on both sides, so both apply changes in the same order.
    """

    def __init__(
        self,
        primary: E,
        secondary: E,
        *,
        sample: float = 1.0,
        compare: Optional[Compare] = None,
        mismatch_log: int = 16,
        component: Optional[str] = None,
    ) -> None:
        if isinstance(sample, bool) or not isinstance(sample, (int, float)):
            raise TypeError(f"sample must be a number, not {type(sample).__name__}")
        if not 0.0 <= sample <= 1.0:  # also refuses NaN
            raise InvalidArgument(f"sample must be from 0.0 to 1.0, got {sample!r}")
        if type(mismatch_log) is not int:
            raise TypeError(f"mismatch_log must be an int, not {type(mismatch_log).__name__}")
        if not 0 <= mismatch_log <= MAX_MISMATCH_LOG:
            raise InvalidArgument(f"mismatch_log must be from 0 to {MAX_MISMATCH_LOG}, got {mismatch_log}")
        if compare is not None and not callable(compare):
            raise TypeError("compare must be a callable (operation, primary, secondary) -> bool, or None")
        rules = rules_for(primary, component)
        other = rules_for(secondary, component)
        if rules.component != other.component:
            raise TypeError(
                f"a shadow compares two engines of one kind, got {type(primary).__name__} ({rules.component}) "
                f"and {type(secondary).__name__} ({other.component})"
            )
        self.primary = primary
        self.secondary = secondary
        self._rules = rules
        self._sample = float(sample)
        self._compare = compare
        self._rw = ReadWriteLock()
        self._lock = threading.Lock()  # guards the counters and the sampling accumulator
        self._due = 0.0
        backend = (str(getattr(primary, "backend", "?")), str(getattr(secondary, "backend", "?")))
        self._counters = Counters(rules.component, backend[0], backend[1], mismatch_log)

    @property
    def component(self) -> str:
        return self._rules.component

    def stats(self) -> ShadowStats:
        """A snapshot of the counters: calls, compared calls, mismatches, each side's latency and decisions."""
        with self._lock:
            return self._counters.snapshot()

    def close(self) -> None:
        """Close both engines."""
        primary: Any = self.primary
        secondary: Any = self.secondary
        self._rw.acquire_write()
        try:
            primary.close()
        finally:
            try:
                secondary.close()
            finally:
                self._rw.release_write()

    def __len__(self) -> int:
        primary: Any = self.primary  # len() and in: the primary's, like any attribute
        return len(primary)

    def __contains__(self, item: object) -> bool:
        primary: Any = self.primary
        return item in primary

    def __enter__(self) -> Shadow[E]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        c = self._counters
        return (
            f"<Shadow {c.component} primary={c.primary.backend} secondary={c.secondary.backend} sample={self._sample}>"
        )

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the shadow does not define: the engine's methods and attributes.
        if name.startswith("_"):
            raise AttributeError(name)
        value = getattr(self.primary, name)
        if not callable(value):
            return value  # an attribute (backend, shards ...): the primary's, read each time
        kind = self._rules.kind(name)

        def method(*args: Any, **kwargs: Any) -> Any:
            return self._call(name, kind, args, kwargs)

        method.__name__ = method.__qualname__ = name
        method.__doc__ = getattr(value, "__doc__", None)
        self.__dict__[name] = method  # later lookups skip __getattr__
        return method

    # ------------------------------------------------------------------ calls

    def _sampled(self) -> bool:
        if self._sample >= 1.0:
            return True
        if self._sample <= 0.0:
            return False
        with self._lock:
            self._due += self._sample
            if self._due >= 1.0:
                self._due -= 1.0
                return True
            return False

    def _call(self, op: str, kind: Kind, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if kind == PRIMARY:
            return getattr(self.primary, op)(*args, **kwargs)
        rw = self._rw
        if kind == READ and not self._sampled():
            result, error, seconds = _timed(getattr(self.primary, op), args, kwargs)
            self._record(op, args, kwargs, (result, error, seconds), None, kind)
        else:
            args, kwargs = _replayable(args, kwargs)
            reading = kind == READ
            acquire, release = (rw.acquire_read, rw.release_read) if reading else (rw.acquire_write, rw.release_write)
            acquire()
            try:
                first = _timed(getattr(self.primary, op), args, kwargs)
                second = _timed(getattr(self.secondary, op), args, kwargs)
            finally:
                release()
            self._record(op, args, kwargs, first, second, kind)
            result, error, _ = first
        if error is not None:
            raise error
        return result

    def _same(self, op: str, first: _Answer, second: _Answer) -> bool:
        (a, a_err, _), (b, b_err, _) = first, second
        if a_err is not None or b_err is not None:
            return a_err is not None and b_err is not None and same_error(a_err, b_err)
        try:
            if self._compare is not None:
                return bool(self._compare(op, a, b))
            return self._rules.equality(op)(a, b)
        except Exception:  # cannot tell them alike: count it, never break the primary's answer
            return False

    def _record(
        self,
        op: str,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        first: _Answer,
        second: Optional[_Answer],
        kind: Kind,
    ) -> None:
        component = self._rules.component
        compared = second is not None and kind != BOTH
        same = self._same(op, first, second) if compared and second is not None else True
        first_outcomes = outcomes(component, op, args, first[0]) if first[1] is None else []
        second_outcomes = outcomes(component, op, args, second[0]) if second is not None and second[1] is None else []
        mismatch = None
        if not same and second is not None:
            mismatch = Mismatch(
                op, arguments_repr(args, kwargs), answer_repr(first[0], first[1]), answer_repr(second[0], second[1])
            )
        c = self._counters
        with self._lock:
            c.calls += 1
            c.primary.add(op, first[2], first[1] is not None, first_outcomes)
            if second is not None:
                c.secondary.add(op, second[2], second[1] is not None, second_outcomes)
            if compared:
                c.compared += 1
            if mismatch is not None:
                c.mismatches += 1
                c.recent.append(mismatch)
        recorder = _metrics._recorder
        if recorder is not None:  # metrics.enable() was called; otherwise this is the whole cost
            recorder.call(component, c.primary.backend, op, first[2], first_outcomes, first[1])
            if second is not None:
                recorder.call(component, c.secondary.backend, op, second[2], second_outcomes, second[1])
            if compared:
                recorder.compared(component, op, mismatch is not None)
