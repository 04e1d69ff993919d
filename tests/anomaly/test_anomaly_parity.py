"""Parity: hypothesis-generated streams drive the Go and the Python backend with the same inputs;
every anomaly, baseline, alert, exported byte, counter and refusal must match.

The stream runs on the backends themselves (``Options`` reaches the per-principal caps, which
the engine class keeps at their defaults), with many principals, bursts, day and week boundaries,
out-of-order and stale events, a clock that moves days out of the window, evictions and caps.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sark_accel.anomaly import AlertConfig, AnomalyDetector, build_baseline, detect_against
from sark_accel.anomaly._checks import alert
from sark_accel.anomaly._events import NS_PER_DAY, NS_PER_SECOND
from sark_accel.anomaly._go import GoAnomalyBackend
from sark_accel.anomaly._python import PythonAnomalyBackend
from sark_accel.anomaly._types import Options, Row

pytestmark = pytest.mark.usefixtures("native")

# Sunday 2024-01-14 23:00 UTC: a day and a week boundary an hour away.
START = (19736 * 24 + 23) * 3600 * NS_PER_SECOND

principals = st.sampled_from(["alice", "bob", "carol", "dave", "é<&>", "z"])
tools = st.sampled_from(["t1", "t2", "t3", "t4", "t5", "t6", "sql\n", "t\x00\b\x7f\u2028"])
levels = st.sampled_from(["", "none", "low", "medium", "high", "critical", "Secret"])
sizes = st.one_of(st.sampled_from([0, 0, 1, 500, 2**53 - 1]), st.integers(0, 3000))
locations = st.sampled_from(["", "", "US", "EU", "AP", "SA"])
servers = st.sampled_from(["", "", "s1", "s2", "s3"])
# Offsets before the clock: bursts (seconds), today and yesterday (hours), and stale days.
offsets = st.one_of(
    st.integers(0, 24).map(lambda s: s * 5 * NS_PER_SECOND),  # 60 s apart often: the rapid window edge
    st.integers(0, 48).map(lambda h: h * 3600 * NS_PER_SECOND),
    st.integers(0, 40).map(lambda d: d * NS_PER_DAY),
    st.integers(0, 10 * NS_PER_DAY),
)


@st.composite
def rows(draw: st.DrawFn, now: int) -> Row:
    ts = max(now - draw(offsets), 0)
    return (draw(principals), ts, draw(tools), draw(levels), draw(sizes), draw(locations), draw(servers), "")


bad_rows = st.sampled_from(
    [
        ("", START, "t", "", 0, "", "", ""),
        ("p", -1, "t", "", 0, "", "", ""),
        ("p", START, "", "", 0, "", "", ""),
        ("p", START, "t", "", -1, "", "", ""),
        ("p", START, "t", "", 2**53, "", "", ""),
        ("p", START, "t", "", 0, "\udc80", "", ""),
        ("p" * 1025, START, "t", "", 0, "", "", ""),
        ("p", START + 3 * NS_PER_DAY, "t", "", 0, "", "", ""),  # after the clock's day
    ]
)

options = st.builds(
    Options,
    lookback_days=st.sampled_from([1, 2, 7, 30]),
    min_events=st.sampled_from([0, 1, 5, 20]),
    max_principals=st.sampled_from([2, 4, 100]),
    max_tools=st.sampled_from([2, 3, 64]),
    max_locations=st.sampled_from([1, 2, 32]),
    max_servers=st.sampled_from([1, 32]),
    max_recent=st.sampled_from([10, 12, 64]),
    extra_checks=st.booleans(),
)


def outcome(fn: Callable[..., Any], *args: Any) -> Any:
    try:
        return ("value", fn(*args))
    except Exception as exc:  # the class and the message are part of parity
        return ("raised", type(exc).__name__, str(exc))


@st.composite
def operations(draw: st.DrawFn) -> list[tuple[str, Any]]:
    now = START
    ops: list[tuple[str, Any]] = []
    for _ in range(draw(st.integers(1, 40))):
        op = draw(st.sampled_from(["oad", "oad", "oad", "observe", "many", "detect_many", "bad", "clock"]))
        if op == "clock":
            now += draw(st.sampled_from([3600, 6 * 3600, 24 * 3600, 3 * 24 * 3600, 40 * 24 * 3600])) * NS_PER_SECOND
            ops.append(("clock", now))
        elif op in ("many", "detect_many"):
            ops.append((op, draw(st.lists(rows(now), max_size=30))))
        elif op == "bad":
            ops.append((draw(st.sampled_from(["observe", "oad", "many"])), draw(bad_rows)))
        else:
            ops.append((op, draw(rows(now))))
    return ops


def run(backend: Any, opts: Options, ops: list[tuple[str, Any]]) -> list[Any]:
    now = START
    seen: list[Any] = []
    for op, arg in ops:
        if op == "clock":
            now = arg
            continue
        if op == "oad":
            seen.append(outcome(backend.observe_and_detect, arg, now))
        elif op == "observe":
            seen.append(outcome(backend.observe, arg, now))
        elif op == "many":
            batch = arg if isinstance(arg, list) else [("ok", now, "t", "", 0, "", "", ""), arg]
            seen.append(outcome(backend.observe_many, batch, now))
        elif op == "detect_many":
            found = outcome(backend.detect_many, arg, now)
            seen.append(found)
            if found[0] == "value":
                seen.append([alert(opts.alert, d) for d in found[1]])
    names = ["alice", "bob", "carol", "dave", "é<&>", "z", "ok", "nobody"]
    seen.append([backend.baseline(p, now) for p in names])
    seen.append(backend.export_state(now))
    seen.append(backend.stats())
    return seen


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(opts=options, ops=operations())
def test_streams_give_identical_results_on_both_backends(opts: Options, ops: list[tuple[str, Any]]) -> None:
    go, py = GoAnomalyBackend(opts), PythonAnomalyBackend(opts)
    try:
        got, want = run(go, opts, ops), run(py, opts, ops)
        assert len(got) == len(want)
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            assert g == w, f"step {i}: go {g!r}\npython {w!r}"
        # Same types too (300 and 300.0 are ==, but not the same answer).
        assert repr(got) == repr(want)
    finally:
        go.close()


@st.composite
def history(draw: st.DrawFn) -> list[Row]:
    """One principal's events; half of them in a burst of 5 s steps before START (rapid_requests)."""
    who = draw(principals)
    n = draw(st.integers(0, 60))
    events = draw(st.lists(rows(START), min_size=n, max_size=n))
    k = draw(st.integers(0, n))
    burst = draw(st.lists(st.integers(0, 30).map(lambda k: START - k * 5 * NS_PER_SECOND), min_size=k, max_size=k))
    return [(who, ts, *r[2:]) for r, ts in zip(events, burst + [r[1] for r in events[len(burst) :]], strict=True)]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    events=history(),
    event=rows(START + 120 * NS_PER_SECOND),
    min_events=st.sampled_from([0, 5, 20]),
    extra=st.booleans(),
)
def test_batch_functions_agree(events: list[Row], event: Row, min_events: int, extra: bool) -> None:
    def as_dicts(rs: list[Row]) -> list[dict[str, Any]]:
        keys = ("principal", "timestamp", "tool", "sensitivity", "result_size", "location", "server", "request_id")
        return [{**dict(zip(keys, r, strict=True)), "timestamp": r[1] / 1e9} for r in rs]

    [ev] = as_dicts([event])
    ev["timestamp"] = event[1] // NS_PER_SECOND  # an int: exact seconds
    if events:
        ev["principal"] = events[0][0]  # rapid_requests counts the principal's own events
    got = outcome(lambda: build_baseline(as_dicts(events), 30, backend="go"))
    assert got == outcome(lambda: build_baseline(as_dicts(events), 30, backend="python"))
    if got[0] == "value":
        kw: dict[str, Any] = {"min_events": min_events, "extra_checks": extra}
        found = outcome(lambda: detect_against(ev, got[1], as_dicts(events), backend="go", **kw))
        assert found == outcome(lambda: detect_against(ev, got[1], as_dicts(events), backend="python", **kw))


def test_alert_config_is_validated_the_same() -> None:
    for bad in ({"critical_high_count": 0}, {"colour": 1}):
        with pytest.raises(ValueError):
            AnomalyDetector(backend="python", alert_config=bad)
    assert (
        AnomalyDetector(backend="go", alert_config=AlertConfig(critical_high_count=5)).options.alert.critical_high_count
        == 5
    )


def test_json_of_an_export_parses() -> None:
    d = AnomalyDetector(backend="go", clock=lambda: START / 1e9)
    d.observe({"principal": "a", "timestamp": START / 1e9, "tool": "t"})
    assert json.loads(d.export_state())["principals"][0]["principal"] == "a"
