"""Exported states: round trip, the merge law, and corrupt or newer states refused by both
backends alike without changing anything."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sark_accel.anomaly import AnomalyDetector, InvalidState, UnsupportedVersion
from sark_accel.anomaly._events import NS_PER_SECOND

pytestmark = pytest.mark.usefixtures("native")

NOW = 1705312800.0  # Monday 2024-01-15 10:00 UTC, in epoch seconds


def detector(backend: str, **kw: Any) -> AnomalyDetector:
    return AnomalyDetector(backend=backend, clock=lambda: NOW, **kw)


events = st.lists(
    st.fixed_dictionaries(
        {
            "principal": st.sampled_from(["a", "b", "c", "ü", "d\n"]),
            "timestamp": st.integers(0, 40 * 86400).map(lambda s: int(NOW) - s),
            "tool": st.sampled_from(["t1", "t2", "t3", "<t4>"]),
            "sensitivity": st.sampled_from(["low", "high", "none"]),
            "result_size": st.integers(0, 10**6),
            "location": st.sampled_from([None, "US", "EU"]),
            "server": st.sampled_from([None, "s1", "s2"]),
        }
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    stream=events,
    cuts=st.lists(st.integers(0, 60), max_size=3),
    backends=st.lists(st.sampled_from(["go", "python"]), min_size=5, max_size=5),
)
def test_merging_the_parts_of_a_stream_gives_the_whole(
    stream: list[dict[str, Any]], cuts: list[int], backends: list[str]
) -> None:
    whole = detector(backends[0])
    whole.observe_many(stream)
    bounds = [0, *sorted(min(c, len(stream)) for c in cuts), len(stream)]
    merged = detector(backends[1])
    for k, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
        part = detector(backends[2 + k % 3])
        part.observe_many(stream[lo:hi])
        merged.import_state(part.export_state(), merge=True)
    assert merged.export_state() == whole.export_state()
    # Round trip: importing an export (replacing) gives the same bytes, on either backend.
    copy = detector(backends[4])
    copy.import_state(whole.export_state(), merge=False)
    assert copy.export_state() == whole.export_state()
    for p in ("a", "b", "c", "ü", "d\n"):
        assert copy.baseline(p) == whole.baseline(p)


def sample_state() -> bytes:
    d = detector("python")
    for i in range(40):
        d.observe(
            {
                "principal": ("alice", "bob")[i % 2],
                "timestamp": NOW - i * 3700,
                "tool": f"t{i % 5}",
                "sensitivity": "medium",
                "result_size": i,
                "location": "US",
                "server": "s1",
            }
        )
    return d.export_state()


def _paths(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [path]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*path, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _paths(v, (*path, i))
    return out


REPLACEMENTS = [None, 0, -1, 1, 2, 2**32, 2**63, -(2**63) - 1, 1.5, "", "x", "5", "-0", [], {}, True, [0] * 24]


@st.composite
def corrupt(draw: st.DrawFn) -> str:
    doc = json.loads(sample_state())
    paths = _paths(doc)
    for _ in range(draw(st.integers(1, 2))):
        path = draw(st.sampled_from(paths[1:]))
        parent = doc
        for k in path[:-1]:
            parent = parent[k]
        how = draw(st.sampled_from(["replace", "replace", "delete", "add", "rename"]))
        key = path[-1]
        if how == "replace":
            parent[key] = copy.deepcopy(
                draw(st.sampled_from(REPLACEMENTS))
            )  # later edits must not reach the shared list
        elif how == "delete":
            del parent[key]
        elif how == "add" and isinstance(parent, dict):
            parent["extra"] = 1
        elif how == "rename" and isinstance(parent, dict):
            parent[str(key).upper()] = parent.pop(key)  # encoding/json matches keys case-insensitively
        paths = _paths(doc)
    return json.dumps(doc, ensure_ascii=draw(st.booleans()))


def refusal(backend: str, state: str, merge: bool) -> tuple[Any, ...]:
    d = detector(backend)
    d.observe({"principal": "zed", "timestamp": NOW, "tool": "t"})
    before = d.export_state()
    try:
        d.import_state(state, merge=merge)
    except Exception as exc:
        assert d.export_state() == before, "a refused import changed the state"
        return ("raised", type(exc).__name__)
    return ("ok", d.export_state(), d.stats())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(state=corrupt(), merge=st.booleans())
def test_corrupt_states_are_treated_alike(state: str, merge: bool) -> None:
    assert refusal("go", state, merge) == refusal("python", state, merge)


@pytest.mark.parametrize(
    ("state", "error"),
    [
        (b'{"format":"sark-accel/anomaly-state","version":2,"lookback_days":30,"principals":[]}', UnsupportedVersion),
        (b'{"format":"sark-accel/anomaly-state","version":1,"lookback_days":30,"principals":[]} {}', InvalidState),
        (b'{"format":"other","version":1,"lookback_days":30,"principals":[]}', InvalidState),
        (b'{"format":"sark-accel/anomaly-state","version":1,"lookback_days":0,"principals":[]}', InvalidState),
        (b"\xff", InvalidState),
        (b"\x00", InvalidState),
        (b"[]", InvalidState),
        (b"", InvalidState),
    ],
)
def test_bad_states(backend: str, state: bytes, error: type[Exception]) -> None:
    d = detector(backend)
    d.import_state(sample_state(), merge=False)
    before = d.export_state()
    with pytest.raises(error):
        d.import_state(state)
    assert d.export_state() == before


def test_a_newer_version_is_refused_even_when_otherwise_odd(backend: str) -> None:
    with pytest.raises(UnsupportedVersion):
        detector(backend).import_state(b'{"format":"sark-accel/anomaly-state","version":7,"whatever":[1]}')


def test_import_applies_the_window_and_the_principal_limit(backend: str) -> None:
    later = AnomalyDetector(backend=backend, clock=lambda: NOW + 29 * 86400, max_principals=1)
    later.import_state(sample_state())
    stats = later.stats()
    assert stats["principals"] == 1 and stats["evictions"] == 1
    (kept,) = json.loads(later.export_state())["principals"]
    assert kept["principal"] == "alice"  # the most recent newest is inserted last
    assert all(day["day"] >= (NOW // 86400) for day in kept["days"])  # earlier days left the window


def test_a_stale_event_changes_nothing_but_the_counter(backend: str) -> None:
    d = detector(backend)
    d.observe({"principal": "a", "timestamp": NOW, "tool": "t"})
    before = d.export_state()
    d.observe({"principal": "a", "timestamp": NOW - 31 * 86400, "tool": "t"})
    assert d.export_state() == before and d.stats()["stale"] == 1
    assert d.export_state().count(b'"recent":[') == 1 and str(int(NOW) * NS_PER_SECOND).encode() in before
