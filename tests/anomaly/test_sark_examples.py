"""SARK's own examples (issue 13's Tests section), the alert rules and the API, on both backends."""

from __future__ import annotations

import re
import threading
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from sark_accel import Closed
from sark_accel.anomaly import (
    AlertConfig,
    AnomalyDetector,
    Baseline,
    Event,
    InvalidEvent,
    build_baseline,
    detect_against,
)
from sark_accel.errors import InvalidArgument

MONDAY_10 = datetime(2024, 1, 15, 10, 0, tzinfo=timezone.utc)


def sark_history() -> list[dict[str, Any]]:
    """A baseline like SARK's example: tools {tool1, tool2, tool3}, hours {9, 10, 11}, Monday to
    Friday, max 500 records, max sensitivity medium, location US-EAST (30 events, 2024-01-08..12)."""
    return [
        {
            "principal": "alice",
            "timestamp": datetime(2024, 1, 8 + i % 5, 9 + i % 3, i, tzinfo=timezone.utc),
            "tool": f"tool{1 + i % 3}",
            "sensitivity": ("low", "medium")[i % 2],
            "result_size": (100, 500)[i % 2],
            "location": "US-EAST",
        }
        for i in range(30)
    ]


def event(**changes: Any) -> dict[str, Any]:
    base = {"principal": "alice", "timestamp": MONDAY_10, "tool": "tool1", "sensitivity": "medium"}
    base.update({"result_size": 100, "location": "US-EAST"})
    return {**base, **changes}


@pytest.fixture
def detector(backend: str) -> AnomalyDetector:
    # The z-score check is beyond SARK: off, so that the table's rows stand alone.
    d = AnomalyDetector(backend=backend, extra_checks=False, clock=lambda: MONDAY_10)
    d.observe_many(sark_history())
    return d


def test_the_baseline_is_sarks(detector: AnomalyDetector) -> None:
    b = detector.baseline("alice")
    assert b is not None
    assert b.common_tools == ("tool1", "tool2", "tool3")
    assert b.typical_hours == (9, 10, 11) and b.typical_days == (0, 1, 2, 3, 4)
    assert b.max_records_per_query == 500 and b.max_sensitivity_level == "medium"
    assert b.typical_locations == ("US-EAST",) and b.event_count == 30
    assert b.avg_calls_per_day == 1.0 and b.avg_records_per_query == 300.0 and b.max_calls_per_day == 6
    assert b == build_baseline(sark_history(), backend=detector.backend)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"timestamp": MONDAY_10.replace(hour=2)}, ["unusual_time"]),
        ({"timestamp": datetime(2024, 1, 13, 10, tzinfo=timezone.utc)}, ["unusual_day"]),
        ({"result_size": 2000}, ["excessive_data"]),
        ({"result_size": 1250}, []),
        ({"result_size": 1501}, ["excessive_data"]),
        ({"result_size": 1500}, []),
        ({"sensitivity": "critical"}, ["sensitivity_escalation"]),
        ({"sensitivity": "medium"}, []),
        ({"sensitivity": "secret"}, []),  # unknown strings rank as none
        ({"location": "EU-WEST"}, ["geographic_anomaly"]),
        ({"tool": "tool9"}, ["unusual_tool"]),
        (
            {
                "timestamp": datetime(2024, 1, 13, 2, tzinfo=timezone.utc),
                "tool": "tool9",
                "result_size": 2000,
                "sensitivity": "critical",
                "location": "EU-WEST",
            },
            [
                "unusual_tool",
                "unusual_time",
                "unusual_day",
                "excessive_data",
                "sensitivity_escalation",
                "geographic_anomaly",
            ],
        ),
    ],
)
def test_sark_table(detector: AnomalyDetector, changes: dict[str, Any], expected: list[str]) -> None:
    found = detector.detect(event(**changes))
    assert [a.type for a in found] == expected
    assert found.baseline == "sufficient"
    # The batch path, SARK style, agrees.
    b = build_baseline(sark_history(), backend=detector.backend)
    assert detect_against(event(**changes), b, backend=detector.backend, extra_checks=False) == found


def test_descriptions_and_values_are_sarks(detector: AnomalyDetector) -> None:
    found = detector.detect(
        event(timestamp=datetime(2024, 1, 13, 2, tzinfo=timezone.utc), result_size=2000, sensitivity="critical")
    )
    got = {a.type: (a.severity, a.confidence, a.description, a.baseline_value, a.observed_value) for a in found}
    assert got["unusual_time"] == ("medium", 0.8, "Access at unusual hour: 2:00", (9, 10, 11), 2)
    assert got["unusual_day"] == ("low", 0.6, "Access on unusual day: Saturday", (0, 1, 2, 3, 4), 5)
    assert got["excessive_data"] == ("high", 0.9, "Excessive data access: 2000 records (baseline max: 500)", 500, 2000)
    assert got["sensitivity_escalation"] == (
        "high",
        0.95,
        "Sensitivity escalation: critical (baseline max: medium)",
        "medium",
        "critical",
    )


def test_rapid_requests_fire_on_the_eleventh_event_in_60_seconds(backend: str) -> None:
    d = AnomalyDetector(backend=backend, clock=lambda: MONDAY_10)
    results = [
        d.observe_and_detect(event(principal="bob", timestamp=MONDAY_10 - timedelta(seconds=60 - 5 * i)))
        for i in range(11)
    ]
    assert [len(r) for r in results[:10]] == [0] * 10
    (rapid,) = results[10]
    assert (rapid.type, rapid.description, rapid.observed_value) == (
        "rapid_requests",
        "Rapid requests: 11 in 60 seconds",
        11,
    )
    assert results[10].baseline == "insufficient"  # 10 events: only rapid_requests runs
    # An event after t is not "recent" (SARK counts it): the window is [t - 60 s, t).
    assert not d.detect(event(principal="bob", timestamp=MONDAY_10 - timedelta(seconds=61)))


def test_a_new_principal_is_insufficient_not_flagged(backend: str) -> None:
    d = AnomalyDetector(backend=backend, clock=lambda: MONDAY_10)
    r = d.observe_and_detect(event(principal="new", tool="anything"))
    assert (r.baseline, list(r)) == ("insufficient", [])
    assert d.baseline("nobody") is None


def test_alert_rules(detector: AnomalyDetector, backend: str) -> None:
    two_high = detector.detect(event(result_size=2000, sensitivity="critical"))
    assert str(detector.alert(two_high)) == "alert critical (2 high)"
    assert detector.alert(two_high).count("high") == 2 and not detector.alert(two_high).suspend
    one_high = detector.detect(event(result_size=2000))
    assert detector.alert(one_high).level == "warning"
    assert detector.alert(detector.detect(event(tool="x"))).level == "none"
    three_medium = detector.detect(event(timestamp=MONDAY_10.replace(hour=2), location="EU-WEST"))
    assert detector.alert(three_medium).level == "none"  # two medium
    strict = AnomalyDetector(backend=backend, alert_config=AlertConfig(warning_medium_count=2, auto_suspend=True))
    assert strict.alert(three_medium).level == "warning"
    assert strict.alert(two_high).suspend


def test_event_forms_and_timestamps_agree(detector: AnomalyDetector) -> None:
    as_dict = detector.detect(event(tool="tool9"))
    as_event = detector.detect(Event("alice", MONDAY_10, "tool9", "medium", 100, "US-EAST"))
    naive = detector.detect(event(tool="tool9", timestamp=MONDAY_10.replace(tzinfo=None)))
    seconds = detector.detect(event(tool="tool9", timestamp=MONDAY_10.timestamp()))
    other_zone = detector.detect(event(tool="tool9", timestamp=MONDAY_10.astimezone(timezone(timedelta(hours=5)))))
    assert as_dict == as_event == naive == seconds == other_zone
    assert len(as_dict) == 1


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"principal": ""}, "principal: empty"),
        ({"principal": 5}, "principal: must be a str"),
        ({"principal": "x" * 1025}, "principal: longer than 1024 bytes"),
        ({"principal": "\udc80"}, "principal: not valid UTF-8"),
        ({"timestamp": -1}, "timestamp: before 1970"),
        ({"timestamp": float("nan")}, "timestamp: not a finite number"),
        ({"timestamp": 10**12}, "timestamp: after 2262"),
        ({"timestamp": "2024-01-15"}, "timestamp: must be a datetime"),
        ({"tool": ""}, "tool: empty"),
        ({"result_size": -1}, "result_size: outside 0..2^53-1"),
        ({"result_size": 2**53}, "result_size: outside 0..2^53-1"),
        ({"result_size": 2**70}, "result_size: outside 0..2^53-1"),
        ({"result_size": 1.5}, "result_size: must be an int"),
        ({"location": "l\udc80"}, "location: not valid UTF-8"),
        ({"colour": "red"}, "colour: unknown field"),
        ({"timestamp": MONDAY_10 + timedelta(days=1)}, "timestamp: on a UTC day after the clock's"),
    ],
)
def test_bad_events_are_refused_and_change_nothing(
    detector: AnomalyDetector, bad: dict[str, Any], message: str
) -> None:
    before = detector.export_state()
    with pytest.raises(InvalidEvent, match=re.escape(message)):
        detector.observe_and_detect(event(**bad))
    with pytest.raises(InvalidEvent, match="event 1: .*" + re.escape(message)):
        detector.observe_many([event(), event(**bad)])
    assert detector.export_state() == before
    assert detector.stats()["observed"] == 30


def test_nul_characters_cross(backend: str) -> None:
    d = AnomalyDetector(backend=backend, min_events=1, clock=lambda: MONDAY_10)
    d.observe(event(principal="a\x00b", tool="t\x00"))
    assert d.baseline("a\x00b") == Baseline(
        common_tools=("t\x00",),
        avg_calls_per_day=1 / 30,
        max_calls_per_day=1,
        typical_hours=(10,),
        typical_days=(0,),
        avg_records_per_query=100.0,
        max_records_per_query=100,
        max_sensitivity_level="medium",
        typical_sensitivity="medium",
        typical_locations=("US-EAST",),
        event_count=1,
        sized_events=1,
    )
    assert [a.type for a in d.detect(event(principal="a\x00b", tool="u\x00"))] == ["unusual_tool"]
    assert [a.type for a in d.observe_and_detect(event(principal="a\x00b", tool="v\x00"))] == ["unusual_tool"]
    assert d.stats()["observed"] == 2
    with pytest.raises(InvalidEvent, match="tool: not valid UTF-8"):  # NUL and a lone surrogate
        d.observe_and_detect(event(principal="a\x00b", tool="w\x00\udc80"))


def test_close_then_closed(backend: str) -> None:
    with AnomalyDetector(backend=backend) as d:
        d.observe(event(timestamp=datetime.now(timezone.utc)))
    d.close()  # idempotent
    for call in (lambda: d.observe(event()), lambda: d.detect(event()), d.stats, d.export_state):
        with pytest.raises(Closed):
            call()


def test_backend_is_keyword_only() -> None:
    with pytest.raises(TypeError, match="keyword-only"):
        AnomalyDetector("python")  # type: ignore[misc]


def test_eight_threads_lose_nothing(backend: str) -> None:
    d = AnomalyDetector(backend=backend, clock=lambda: MONDAY_10)
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for i in range(250):
                ts = MONDAY_10 - timedelta(seconds=k * 1000 + i)
                d.observe({"principal": f"p{i % 7}", "timestamp": ts, "tool": f"t{i % 3}", "result_size": i})
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert d.stats()["observed"] == 2000
    assert sum(b.event_count for p in range(7) if (b := d.baseline(f"p{p}")) is not None) == 2000
    # The same events in one thread give the same state.
    single = AnomalyDetector(backend="python", clock=lambda: MONDAY_10)
    for k in range(8):
        for i in range(250):
            ts = MONDAY_10 - timedelta(seconds=k * 1000 + i)
            single.observe({"principal": f"p{i % 7}", "timestamp": ts, "tool": f"t{i % 3}", "result_size": i})
    assert d.export_state() == single.export_state()


def test_detect_against_takes_a_hand_built_baseline_and_checks_its_types(backend: str) -> None:
    sark = Baseline(
        common_tools=("tool1", "tool2", "tool3"),
        typical_hours=(9, 10, 11),
        typical_days=(0, 1, 2, 3, 4),
        max_records_per_query=500,
        max_sensitivity_level="medium",
        typical_locations=("US-EAST",),
        event_count=30,
    )
    found = detect_against(event(result_size=2000, location="EU-WEST"), sark, backend=backend)
    assert [a.type for a in found] == ["excessive_data", "geographic_anomaly"]
    for bad in (
        Baseline(typical_hours=[9]),  # type: ignore[arg-type]
        Baseline(typical_hours=(9.5,)),  # type: ignore[arg-type]
        Baseline(event_count=30.0),  # type: ignore[arg-type]
        Baseline(max_sensitivity_level=None),  # type: ignore[arg-type]
    ):
        with pytest.raises(TypeError):
            detect_against(event(), bad, backend=backend)
    with pytest.raises(ValueError, match="not UTF-8"):
        detect_against(event(), Baseline(typical_locations=("\udc80",)), backend=backend)


def test_a_bad_clock_reading_is_an_argument_error(backend: str) -> None:
    d = AnomalyDetector(backend=backend, clock=lambda: float("inf"))
    with pytest.raises(InvalidArgument, match="clock: not a finite number") as info:
        d.observe(event())
    assert not isinstance(info.value, InvalidEvent)
    assert AnomalyDetector(backend=backend, clock=lambda: -5).stats()["principals"] == 0  # read as 0
