"""Parity: one random operation sequence drives both backends; every observable result must match."""

from __future__ import annotations

from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from sark_accel.cache import TTLCache

pytestmark = pytest.mark.usefixtures("native")

# A small key space makes hits, overwrites and evictions common; odd characters test the encoded paths.
keys = st.sampled_from(["a", "b", "c", "d", "e", "f", "", "k\x00", "\udc80", "x\x1fy", "\u00e9"])
values = st.one_of(st.text(max_size=8), st.binary(max_size=8))
ttls = st.one_of(st.none(), st.sampled_from([0.5, 1.0, 2.5, 10.0]), st.floats(min_value=1e-9, max_value=100.0))


class Clock:
    def __init__(self) -> None:
        self.t = 50.0

    def __call__(self) -> float:
        return self.t


def outcome(fn: Callable[[], Any]) -> tuple[str, Any]:
    try:
        result = fn()
    except Exception as exc:  # the same exception class is part of parity
        return ("raised", type(exc).__name__)
    if isinstance(result, (str, bytes)):
        return ("value", type(result).__name__, result)  # type: ignore[return-value]
    return ("value", result)


class CacheParity(RuleBasedStateMachine):
    @initialize(
        max_entries=st.integers(1, 6),
        shards=st.one_of(st.none(), st.integers(1, 4)),
        default_ttl=st.sampled_from([1.0, 3.0, 60.0]),
    )
    def create(self, max_entries: int, shards: int | None, default_ttl: float) -> None:
        self.clock = Clock()
        self.go = TTLCache(max_entries, default_ttl, backend="go", shards=shards, clock=self.clock)
        self.py = TTLCache(max_entries, default_ttl, backend="python", shards=shards, clock=self.clock)

    def both(self, op: Callable[[TTLCache], Any]) -> None:
        go, py = outcome(lambda: op(self.go)), outcome(lambda: op(self.py))
        assert go == py

    @rule(key=keys, value=values, ttl=ttls)
    def set(self, key: str, value: Any, ttl: float | None) -> None:
        self.both(lambda c: c.set(key, value, ttl))

    @rule(key=keys)
    def get(self, key: str) -> None:
        self.both(lambda c: c.get(key))

    @rule(key=keys)
    def delete(self, key: str) -> None:
        self.both(lambda c: c.delete(key))

    @rule(key=keys)
    def contains(self, key: str) -> None:
        self.both(lambda c: key in c)

    @rule(ks=st.lists(keys, max_size=6))
    def get_many(self, ks: list[str]) -> None:
        self.both(lambda c: sorted(c.get_many(ks).items(), key=repr))
        self.both(lambda c: list(c.get_many(ks)))  # order of the returned keys

    @rule(items=st.dictionaries(keys, values, max_size=4), ttl=ttls)
    def set_many(self, items: dict[str, Any], ttl: float | None) -> None:
        self.both(lambda c: c.set_many(items, ttl))

    @rule(seconds=st.sampled_from([0.25, 0.5, 1.0, 2.5, 10.0]))
    def advance(self, seconds: float) -> None:
        self.clock.t += seconds

    @rule()
    def evict_expired(self) -> None:
        self.both(lambda c: c.evict_expired())

    @rule(bad=st.sampled_from([0, -1.0, float("nan"), float("inf"), "1"]))
    def set_bad_ttl(self, bad: Any) -> None:
        self.both(lambda c: c.set("a", "v", bad))

    @precondition(lambda self: self.clock.t < 10_000)
    @rule()
    def clear(self) -> None:
        self.both(lambda c: c.clear())

    @invariant()
    def same_len_and_stats(self) -> None:
        self.both(lambda c: len(c))
        self.both(lambda c: c.stats())

    def teardown(self) -> None:
        self.go.close()
        self.py.close()


CacheParity.TestCase.settings = settings(
    max_examples=300, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestCacheParity = CacheParity.TestCase
