"""PolicyEngine's decision cache (sark_accel/policy/_decision_cache.py): evaluate() hits are
answered in Python. Results must be identical with and without it, hits must be fresh objects,
and no change may leave a stale decision behind."""

from __future__ import annotations

import decimal
import enum
import json
import threading
from collections import OrderedDict
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sark_accel.errors import InvalidArgument
from sark_accel.policy import UNDEFINED, PolicyEngine, _decision_cache
from sark_accel.policy._decision_cache import MISS, DecisionCache, Key

pytestmark = pytest.mark.usefixtures("native")

QUERY = "data.sark.gateway.decision"
ECHO = "package echo\n\nv := input\n\nbig := 1e400\n\nnothing if false\n"


def engines(**kwargs: Any) -> tuple[PolicyEngine, PolicyEngine]:
    plain = PolicyEngine(backend="go", timeout=5.0, **kwargs)
    cached = PolicyEngine(backend="go", timeout=5.0, decision_cache=1000, **kwargs)
    for e in (plain, cached):
        e.load_policy("echo.rego", ECHO)
    return plain, cached


class Calls:
    """Counts the evaluations that reach the backend."""

    def __init__(self, engine: PolicyEngine) -> None:
        self.n = 0
        inner = engine._impl.evaluate

        def counting(query: str, input: Any) -> Any:
            self.n += 1
            return inner(query, input)

        engine._impl.evaluate = counting


def test_a_hit_does_not_reach_the_backend_and_returns_fresh_objects() -> None:
    _, cached = engines()
    calls = Calls(cached)
    first = cached.evaluate("data.echo.v", {"a": [1, 2.0, "x"], "b": {"c": None}})
    first["a"].append("mutated by the caller")
    second = cached.evaluate("data.echo.v", {"a": [1, 2.0, "x"], "b": {"c": None}})
    assert second == {"a": [1, 2.0, "x"], "b": {"c": None}}
    assert type(second["a"][1]) is float and calls.n == 1


def test_undefined_is_cached_and_results_beyond_float_range_are_not() -> None:
    plain, cached = engines()
    calls = Calls(cached)
    for _ in range(2):
        assert cached.evaluate("data.echo.nothing", {}) is UNDEFINED
        assert cached.evaluate("data.echo.big") == plain.evaluate("data.echo.big") == decimal.Decimal("1e400")
    assert calls.n == 3  # undefined once; the Decimal result (marshal cannot keep it) twice


class Color(enum.IntEnum):
    RED = 1


class Name(str):
    pass


@pytest.mark.parametrize(
    "value",
    [OrderedDict(b=1, a=2), {"c": Color.RED}, {"n": Name("x")}, {1: "int key"}, (1, [2, (3,)])],
    ids=["OrderedDict", "IntEnum", "str subclass", "int key", "tuples"],
)
def test_inputs_marshal_refuses_or_json_coerces_give_the_uncached_answer(value: Any) -> None:
    plain, cached = engines()
    calls = Calls(cached)
    want = plain.evaluate("data.echo.v", value)
    assert cached.evaluate("data.echo.v", value) == want
    assert cached.evaluate("data.echo.v", value) == want
    assert calls.n == 1  # cached under its canonical JSON (or marshal) key


@pytest.mark.parametrize(
    "value,error",
    [({"s": {1, 2}}, TypeError), ({"f": float("nan")}, InvalidArgument), ({"b": b"bytes"}, TypeError)],
)
def test_inputs_json_refuses_raise_every_time(value: Any, error: type[Exception]) -> None:
    plain, cached = engines()
    for e in (plain, cached, cached):
        with pytest.raises(error):
            e.evaluate("data.echo.v", value)


def key(query: str, value: Any) -> Key:
    k = DecisionCache.key(query, value)
    assert k is not None
    return k


def test_entries_expire_after_the_ttl(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(_decision_cache, "monotonic", lambda: now[0])
    c = DecisionCache(10, ttl=5.0)
    k = key("q", {"x": 1})
    c.put(k, c.generation, {"allow": True})
    now[0] += 4.9
    assert c.get(k) == {"allow": True}
    now[0] += 0.2
    assert c.get(k) is MISS and len(c) == 0


def test_least_recently_used_entries_are_evicted_first() -> None:
    c = DecisionCache(2, ttl=60.0)
    keys = [key("q", i) for i in range(3)]
    c.put(keys[0], 0, "zero")
    c.put(keys[1], 0, "one")
    assert c.get(keys[0]) == "zero"  # now the most recently used
    c.put(keys[2], 0, "two")
    assert c.get(keys[1]) is MISS and c.get(keys[0]) == "zero" and c.get(keys[2]) == "two"


def test_a_result_computed_before_a_change_is_not_stored() -> None:
    c = DecisionCache(10, ttl=60.0)
    k = key("q", {})
    generation = c.generation
    c.invalidate()  # a change lands while the evaluation runs
    c.put(k, generation, "stale")
    assert c.get(k) is MISS


def test_changes_through_the_engine_are_seen_at_once_under_concurrent_readers() -> None:
    """A reader that starts after the writer published version k never sees less than k."""
    e = PolicyEngine(backend="go", timeout=5.0, decision_cache=100)
    e.load_policy("v.rego", "package v\n\nversion := data.version\n")
    e.set_data("version", 0)
    published = [0]
    stop = threading.Event()
    failures: list[str] = []

    def read() -> None:
        while not stop.is_set():
            low = published[0]
            got = e.evaluate("data.v.version", {"same": "input"})
            if got < low:
                failures.append(f"read {got} after version {low} was published")

    readers = [threading.Thread(target=read) for _ in range(3)]
    for t in readers:
        t.start()
    try:
        for k in range(1, 150):
            e.set_data("version", k)
            published[0] = k
    finally:
        stop.set()
        for t in readers:
            t.join()
    assert not failures, failures[:3]
    assert e.evaluate("data.v.version", {"same": "input"}) == 149


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.tuples(inner, inner) | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=json_values, b=json_values)
def test_equal_keys_mean_equal_json(a: Any, b: Any) -> None:
    ka, kb = DecisionCache.key("q", a), DecisionCache.key("q", b)
    if ka == kb:
        assert json.dumps(a) == json.dumps(b)
    assert DecisionCache.key("q", a) == ka  # the same object keys the same way every time


@pytest.fixture(scope="module")
def pair() -> tuple[PolicyEngine, PolicyEngine]:
    return engines()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs=st.lists(json_values, min_size=1, max_size=6))
def test_cached_and_uncached_engines_agree(pair: tuple[PolicyEngine, PolicyEngine], inputs: list[Any]) -> None:
    plain, cached = pair
    for value in inputs + inputs:  # the second half can be served from the cache
        assert outcome(cached, value) == outcome(plain, value)


def outcome(engine: PolicyEngine, value: Any) -> str:
    """The result's repr (1, 1.0 and True differ) or the exception class raised."""
    try:
        return repr(engine.evaluate("data.echo.v", value))
    except Exception as exc:
        return f"raised {type(exc).__name__}"
