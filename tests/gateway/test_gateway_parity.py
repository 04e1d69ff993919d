"""The go path (one crossing into go/gateway) and the Python pipeline decide alike.

Three worlds see the same traffic, each with its own stateful engines: the go path over go
engines, the Python pipeline over go engines, and the Python pipeline over python engines
(the policy is the go engine in all three: the python policy backend needs an OPA server).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gateway_helpers import INJECTION, NOW_S, message, shipped_policy, traffic, world
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sark_accel.gateway import CODE_DENIED, Decision, Gateway
from sark_accel.injection import InjectionDetector
from sark_accel.policy import PolicyEngine

pytestmark = pytest.mark.usefixtures("native")


@pytest.fixture(scope="module")
def policy() -> PolicyEngine:
    return shipped_policy()


def _worlds(policy: PolicyEngine, **kw: Any) -> list[Gateway]:
    ws = [world(policy, "go", "go", **kw), world(policy, "go", "python", **kw), world(policy, "python", None, **kw)]
    assert [w.path for w in ws] == ["go", "python", "python"]
    return ws


def _check_response(d: Decision) -> None:
    """A deny carries a JSON-RPC error response with the request's id; an allow none."""
    if d.allow:
        assert d.error_response is None
        return
    assert d.error_response is not None
    resp = json.loads(d.error_response)
    assert resp["jsonrpc"] == "2.0" and resp["id"] == d.id
    assert isinstance(resp["error"]["code"], int) and resp["error"]["message"]
    if d.stage != "parse" or d.reasons[0].startswith(("invalid_request", "invalid_message: batches")):
        assert resp["error"]["code"] == CODE_DENIED
        assert resp["error"]["data"] == {"reasons": list(d.reasons), "stage": d.stage}


def test_example_traffic_same_decisions_on_every_path(policy: PolicyEngine) -> None:
    worlds = _worlds(policy)
    seen: dict[str, int] = {}
    for call in traffic():
        ds = [w.authorize(**call) for w in worlds]
        for d in ds[1:]:
            assert d.same_answer(ds[0]), f"{call}\n go: {ds[0]}\n py: {d}"
        _check_response(ds[0])
        key = ("allow " if ds[0].allow else "deny ") + ds[0].stage
        seen[key] = seen.get(key, 0) + 1
        if ds[0].reasons and ds[0].reasons[0].startswith(("unauthenticated", "injection", "step_up", "error")):
            seen[ds[0].reasons[0].split(":")[0]] = seen.get(ds[0].reasons[0].split(":")[0], 0) + 1
    # The traffic reaches every way of deciding (so the comparison above is not vacuous).
    for expected in ("allow policy", "deny policy", "allow cache", "deny authn", "deny parse", "allow not_required"):
        assert seen.get(expected, 0) > 0, (expected, seen)
    assert seen.get("unauthenticated", 0) > 0 and seen.get("injection_blocked", 0) + seen.get("deny policy", 0) > 0
    for w in worlds:
        assert w.stats()["allow"]["cache"] > 0
        w.close()


def test_injection_and_anomalies_reach_the_policy(policy: PolicyEngine) -> None:
    for w in _worlds(policy, cache=False):
        eve = {"id": "eve", "roles": ["developer"]}
        d = w.authorize(message(1, "fs.read_file", {"path": INJECTION}), principal=eve, time_ns=NOW_S * 10**9)
        assert d.injection is not None and d.injection.findings and not d.allow
        assert any(r.startswith("injection_blocked") for r in d.reasons) or d.injection.decision != "block"
        burst = [w.authorize(message(k, "fs.read_file", {"path": "/workspace/a"}), principal={"id": "b", "roles": []},
                             time_ns=NOW_S * 10**9 + k) for k in range(15)]  # fmt: skip
        assert any(d.anomalies for d in burst), [str(d) for d in burst]
        w.close()


def test_authorize_many_is_authorize_in_order(policy: PolicyEngine) -> None:
    calls = list(traffic())[:60]
    one, many = _worlds(policy, anomaly=False), _worlds(policy, anomaly=False)
    for a, b in zip(one, many, strict=True):
        singles = [a.authorize(**c) for c in calls]
        batch = b.authorize_many(calls)
        assert len(batch) == len(singles)
        for x, y in zip(singles, batch, strict=True):
            assert x.same_answer(y), f"{x}\n{y}"


_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.text(max_size=30),
                       st.sampled_from([INJECTION, "SELECT * FROM users; DROP TABLE x", "/etc/shadow"]))  # fmt: skip
_json = st.recursive(
    _json_leaf,
    lambda c: st.one_of(st.lists(c, max_size=4), st.dictionaries(st.text(max_size=8), c, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    tool=st.sampled_from(["fs.read_file", "fs.write_file", "db.query", "db.export", "shell.exec", "x"]),
    arguments=_json,
    roles=st.lists(st.sampled_from(["developer", "admin", "viewer", "analyst", "superuser"]), max_size=3),
    hour=st.integers(0, 23),
    raw=st.one_of(st.none(), st.text(max_size=40)),
)
def test_generated_requests_same_decisions(
    policy: PolicyEngine, tool: str, arguments: Any, roles: list[str], hour: int, raw: Any
) -> None:
    worlds = _worlds(policy, anomaly=False)
    msg = raw if raw is not None else message(3, tool, arguments)
    call = {
        "message": msg,
        "principal": {"id": "gen", "roles": roles},
        "time_ns": (NOW_S - 86400 + hour * 3600) * 10**9,
    }
    for _ in range(2):  # the second may be a cache hit
        ds = [w.authorize(**call) for w in worlds]
        for d in ds[1:]:
            assert d.same_answer(ds[0]), f"{call}\n go: {ds[0]}\n py: {d}"
        _check_response(ds[0])
    for w in worlds:
        w.close()


def test_inspect_result_same_on_both_paths(policy: PolicyEngine) -> None:
    worlds = _worlds(policy, anomaly=False)
    responses = [
        '{"jsonrpc":"2.0","id":3,"result":{"content":[{"type":"text","text":"' + INJECTION + '"}]}}',
        '{"jsonrpc":"2.0","id":4,"result":{"content":[{"type":"text","text":"all fine"}]}}',
        '{"jsonrpc":"2.0","id":5,"result":{"' + INJECTION + '":1}}',
        '{"jsonrpc":"2.0","id":6,"error":{"code":1,"message":"' + INJECTION + '"}}',
        "not json",
        '[{"jsonrpc":"2.0","id":1,"result":{}}]',
    ]
    for raw in responses:
        rs = [w.inspect_result(raw, principal="alice", server="mcp-fs", tool="t") for w in worlds]
        for r in rs[1:]:
            assert (r.allow, r.redacted, r.reasons, r.stage, r.response, r.injection) == (
                rs[0].allow, rs[0].redacted, rs[0].reasons, rs[0].stage, rs[0].response, rs[0].injection)  # fmt: skip
        json.loads(rs[0].response)
    first = worlds[0].inspect_result(responses[0])
    assert first.redacted and not first.allow and INJECTION not in first.response.decode()
    for w in worlds:
        w.close()


def _corpus(per_file: int) -> list[str]:
    data = Path(__file__).resolve().parents[1] / "data" / "injection"
    out: list[str] = []
    for name in ("attacks.jsonl", "benign.jsonl"):
        lines = [ln for ln in (data / name).read_text(encoding="utf-8").splitlines() if ln.strip()]
        out += [json.loads(ln)["text"] for ln in lines[:per_file]]
    return out


def test_scan_kinds_same_on_every_path(policy: PolicyEngine) -> None:
    """With the detector's classifier on, every path scans a call's arguments as "argument" and a
    tool's result as "tool_result" (each kind's model), and decides alike. The corpus holds texts
    the two kinds scan differently, so a path that swapped or dropped the kind fails here."""
    worlds = _worlds(policy, cache=False, anomaly=False, classifier=True)
    reference = InjectionDetector(backend="python", classifier=True)
    differ = 0
    for i, text in enumerate(_corpus(40)):
        args = {"q": text}
        as_argument = reference.scan(args, kind="argument")
        ds = [w.authorize(message(i, "fs.read_file", args), principal={"id": "eve", "roles": ["developer"]},
                          time_ns=NOW_S * 10**9) for w in worlds]  # fmt: skip
        for d in ds:
            assert d.same_answer(ds[0]), f"{text!r}\n go: {ds[0]}\n py: {d}"
            assert d.injection == as_argument, text
        result = {"content": [{"type": "text", "text": text}]}
        as_result = reference.scan(result, kind="tool_result")
        raw = json.dumps({"jsonrpc": "2.0", "id": i, "result": result})
        rs = [w.inspect_result(raw, principal="eve", server="mcp-fs", tool="t") for w in worlds]
        for r in rs:
            assert (r.allow, r.redacted, r.reasons, r.stage, r.response) == (
                rs[0].allow, rs[0].redacted, rs[0].reasons, rs[0].stage, rs[0].response)  # fmt: skip
            assert r.injection == as_result, text
        differ += reference.scan(args, kind="tool_result") != as_argument
    assert differ > 0, "no text the argument and tool_result models scan differently"
    reference.close()
    for w in worlds:
        w.close()
