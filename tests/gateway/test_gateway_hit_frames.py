"""The go path decodes a repeated decision's frame once (sark_accel/gateway/_go.py, ``_known``):
each call still gets its own Decision with its own timings, and only decisions whose fields are
all immutable are shared."""

from __future__ import annotations

import pytest
from gateway_helpers import INJECTION, message, shipped_policy, world

from sark_accel.gateway import Decision, Gateway, _go
from sark_accel.policy import PolicyEngine

pytestmark = pytest.mark.usefixtures("native")

WED10 = 1_795_600_800_000_000_000  # business hours: the shipped policy allows developers' reads
ALICE = {"id": "alice", "roles": ["developer"]}


@pytest.fixture(scope="module")
def policy() -> PolicyEngine:
    return shipped_policy()


def _decide(gw: Gateway, raw: str, principal: dict[str, object] = ALICE) -> Decision:
    return gw.authorize(raw, principal=principal, time_ns=WED10)


def test_hits_are_equal_decisions_with_their_own_timings(policy: PolicyEngine) -> None:
    with world(policy, "go", "go", anomaly=False) as go, world(policy, "go", "python", anomaly=False) as py:
        raw = message(7, "fs.read_file", {"path": "/workspace/a.py"})
        _decide(go, raw), _decide(py, raw)
        hits = [_decide(go, raw) for _ in range(3)]
        reference = _decide(py, raw)
        for hit in hits:
            assert hit.cache_hit and hit.same_answer(reference), f"{hit!r} vs {reference!r}"
            assert hit.timings.cache > 0 and hit.timings.total >= hit.timings.cache, hit.timings
        assert hits[0] is not hits[1] and hits[0] == hits[0]
        other = _decide(go, message(8, "fs.read_file", {"path": "/workspace/a.py"}))
        assert other.cache_hit and other.id == 8 and hits[0].id == 7
        bob = _decide(go, raw, {"id": "bob", "roles": ["developer"]})
        assert bob.principal == "bob" and hits[-1].principal == "alice"


def test_decisions_with_findings_are_decoded_afresh(policy: PolicyEngine) -> None:
    with world(policy, "go", "go", anomaly=False) as gw:
        raw = message(9, "web.search", {"query": INJECTION})
        first, second = _decide(gw, raw), _decide(gw, raw)
        assert first.injection is not None and first.injection.findings, str(first)
        assert first.injection == second.injection and first.injection is not second.injection


def test_known_frames_stay_bounded(policy: PolicyEngine) -> None:
    _go._known.clear()
    with world(policy, "go", "go", anomaly=False) as gw:
        n = _go._KNOWN_MAX + 44
        for i in range(n):  # n distinct frames: each id's
            assert _decide(gw, message(i, "fs.read_file", {"path": "/workspace/a.py"})).id == i
            assert len(_go._known) <= _go._KNOWN_MAX
        # Emptied when full, then filled again with the last ones.
        assert len(_go._known) == n - _go._KNOWN_MAX
