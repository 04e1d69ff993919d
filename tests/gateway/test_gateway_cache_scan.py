"""The decision cache answers before the scan: a hit knows the scan's result (go/gateway/README.md,
"4. cache"), on every path; no entry survives a pattern change or answers for another detector."""

from __future__ import annotations

from typing import Any

import pytest
from gateway_helpers import INJECTION, message, shipped_policy, world

from sark_accel.cache import TTLCache
from sark_accel.gateway import Decision, Gateway
from sark_accel.injection import InjectionDetector, ScanResult
from sark_accel.mcp import MCPParser
from sark_accel.policy import PolicyEngine

pytestmark = pytest.mark.usefixtures("native")

WED10 = 1_795_600_800_000_000_000  # business hours: the shipped policy allows developers' reads
ALICE = {"id": "alice", "roles": ["developer"]}
PATHS = [("go", "go"), ("go", "python"), ("python", None)]  # (engines' backend, gateway backend)
CLEAN = ScanResult((), 0, "allow", False)
XYZZY = {"id": "test.xyzzy", "category": "test", "severity": "high", "weight": 50, "pattern": "xyzzy"}
SEARCH_XYZZY = message(3, "web.search", {"query": "xyzzy"})  # clean until XYZZY is added


@pytest.fixture(scope="module")
def policy() -> PolicyEngine:
    return shipped_policy()


def _decide(gw: Gateway, raw: str) -> Decision:
    return gw.authorize(raw, principal=ALICE, time_ns=WED10)


@pytest.mark.parametrize("engines,path", PATHS)
def test_a_hit_skips_the_scan_and_knows_its_result(policy: PolicyEngine, engines: str, path: str | None) -> None:
    with world(policy, engines, path, anomaly=False) as gw:
        raw = message(7, "fs.read_file", {"path": "/workspace/a.py"})
        first, hit = _decide(gw, raw), _decide(gw, raw)
        assert first.stage == "policy" and first.timings.scan > 0 and first.injection == CLEAN, str(first)
        assert hit.cache_hit and hit.timings.scan == 0 and hit.injection == CLEAN, str(hit)
        assert (hit.allow, hit.reasons) == (first.allow, first.reasons)


@pytest.mark.parametrize("engines,path", PATHS)
def test_only_a_clean_scan_is_stored(policy: PolicyEngine, engines: str, path: str | None) -> None:
    with world(policy, engines, path, anomaly=False) as gw:
        raw = message(7, "web.search", {"query": INJECTION})
        for _ in range(3):
            d = _decide(gw, raw)
            assert not d.cache_hit and d.injection is not None and d.injection.findings, str(d)
    # a truncated scan finds nothing, scores 0 and decides "alert": not stored either
    detector = InjectionDetector(backend=engines, max_bytes=64)
    with Gateway(policy=policy, detector=detector, cache=TTLCache(100, 60.0, backend=engines),
                 parser=MCPParser(backend=engines), backend=path) as gw:  # fmt: skip
        raw = message(7, "fs.read_file", {"path": "/workspace/" + "a" * 200})
        for _ in range(2):
            d = _decide(gw, raw)
            assert not d.cache_hit and d.injection is not None and d.injection.truncated, str(d)
            assert d.injection.decision == "alert" and not d.injection.findings


@pytest.mark.parametrize("engines,path", PATHS)
def test_no_entry_survives_a_pattern_change(policy: PolicyEngine, engines: str, path: str | None) -> None:
    with world(policy, engines, path, anomaly=False) as gw:
        detector = gw._impl._c.detector  # type: ignore[attr-defined]
        assert _decide(gw, SEARCH_XYZZY).injection == CLEAN
        assert _decide(gw, SEARCH_XYZZY).cache_hit
        before = detector.revision
        detector.add_pattern(XYZZY)
        assert detector.revision != before
        d = _decide(gw, SEARCH_XYZZY)
        assert not d.cache_hit and d.injection is not None, str(d)
        assert [f.pattern_id for f in d.injection.findings] == ["test.xyzzy"]
        detector.remove_pattern("test.xyzzy")
        assert not _decide(gw, SEARCH_XYZZY).cache_hit  # a new revision: the old entry is not used
        assert _decide(gw, SEARCH_XYZZY).cache_hit


@pytest.mark.parametrize("engines,path", PATHS)
def test_two_detectors_never_answer_for_each_other(policy: PolicyEngine, engines: str, path: str | None) -> None:
    shared = TTLCache(100, 60.0, backend=engines)

    def gateway(**detector: Any) -> Gateway:
        return Gateway(policy=policy, detector=InjectionDetector(backend=engines, **detector), cache=shared,
                       parser=MCPParser(backend=engines), backend=path)  # fmt: skip

    plain, strict = gateway(), gateway()
    strict._impl._c.detector.add_pattern(XYZZY)  # type: ignore[attr-defined]
    assert _decide(plain, SEARCH_XYZZY).injection == CLEAN
    assert _decide(plain, SEARCH_XYZZY).cache_hit
    d = _decide(strict, SEARCH_XYZZY)
    assert not d.cache_hit and d.injection is not None and d.injection.findings, str(d)
    assert len(shared) == 1  # strict's scan found something: nothing stored for it
    plain.close()
    strict.close()


@pytest.mark.parametrize("engines,path", PATHS)
def test_a_closed_detector_denies_hits_too(policy: PolicyEngine, engines: str, path: str | None) -> None:
    with world(policy, engines, path, anomaly=False) as gw:
        raw = message(7, "fs.read_file", {"path": "/workspace/a.py"})
        assert _decide(gw, raw).allow and _decide(gw, raw).cache_hit
        gw._impl._c.detector.close()  # type: ignore[attr-defined]
        d = _decide(gw, raw)  # the scan would not run, but its engine is gone: fail closed
        assert not d.allow and d.reasons == ("error:scan",) and d.stage == "scan", str(d)
