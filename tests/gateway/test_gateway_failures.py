"""Failing closed, the decision cache's rules, close()/Closed and threads, on both paths."""

from __future__ import annotations

import json
import threading
from typing import Any, Callable

import pytest
from gateway_helpers import NOW_S, hs256, message, shipped_policy, world

from sark_accel import BackendUnavailable, Closed
from sark_accel.anomaly import AnomalyDetector
from sark_accel.authn import Authenticator
from sark_accel.cache import TTLCache
from sark_accel.gateway import Decision, EngineNotOnGoPath, Gateway
from sark_accel.injection import InjectionDetector
from sark_accel.mcp import MCPParser
from sark_accel.policy import PolicyEngine

pytestmark = pytest.mark.usefixtures("native")

WED10 = 1_795_600_800_000_000_000  # Wednesday 2026-11-25 10:00 UTC: business hours
CALL = message(7, "fs.read_file", {"path": "/workspace/a.py"})
ALICE = {"id": "alice", "roles": ["developer"]}
PATHS = [("go", "go"), ("go", "python"), ("python", None)]  # (engines' backend, gateway backend)


@pytest.fixture(scope="module")
def policy() -> PolicyEngine:
    return shipped_policy()


def _assert_denied(d: Decision, stage: str, id: Any = 7) -> None:
    assert not d.allow and d.reasons == (f"error:{stage}",) and d.stage == stage, str(d)
    assert d.error_response is not None
    resp = json.loads(d.error_response)
    assert resp["id"] == id and resp["error"]["code"] == -32001
    assert resp["error"]["data"] == {"reasons": [f"error:{stage}"], "stage": stage}


_ENGINE_OF_STAGE = {"parse": "_parser", "authn": "_authn", "scan": "_detector", "anomaly": "_anomaly",
                    "cache": "_cache", "policy": "_policy"}  # fmt: skip


@pytest.mark.parametrize("engines,path", PATHS)
@pytest.mark.parametrize("stage", list(_ENGINE_OF_STAGE))
def test_a_closed_engine_denies_its_stage(engines: str, path: str | None, stage: str) -> None:
    own_policy = shipped_policy()
    gw = world(own_policy, engines, path)
    c = gw._impl._c  # type: ignore[attr-defined]
    engine = {"parse": c.parser, "authn": c.authenticator, "scan": c.detector, "anomaly": c.anomaly,
              "cache": c.cache, "policy": c.policy}[stage]  # fmt: skip
    assert gw.authorize(CALL, credentials="Bearer " + hs256({"sub": "alice", "roles": ["developer"]}),
                        time_ns=WED10).allow  # fmt: skip
    if gw.path == "go":
        assert set(gw.stats()["engines_open"].values()) == {True}
    engine.close()
    if gw.path == "go":
        assert gw.stats()["engines_open"][stage] is False
    d = gw.authorize(CALL, credentials="Bearer " + hs256({"sub": "bob", "roles": ["developer"]}), time_ns=WED10)
    _assert_denied(d, stage, None if stage == "parse" else 7)
    assert d.error_response == _python_deny(None if stage == "parse" else 7, stage)  # same bytes on every path
    gw.close()


def _python_deny(id: Any, stage: str) -> bytes:
    from sark_accel.gateway._python import deny_response

    return deny_response(id, stage, [f"error:{stage}"])


class _Boom(RuntimeError):
    pass


def _raise(*_: object, **__: object) -> Any:
    raise _Boom("planted")


def _subclass(base: type, method: str) -> type:
    return type("Raising" + base.__name__, (base,), {method: _raise})


@pytest.mark.parametrize(
    "stage,cls,method",
    [
        ("parse", MCPParser, "parse"),
        ("authn", Authenticator, "verify_jwt"),
        ("scan", InjectionDetector, "scan"),
        ("anomaly", AnomalyDetector, "observe_and_detect"),
        ("cache", TTLCache, "get"),
        ("policy", PolicyEngine, "evaluate_json"),
    ],
)
@pytest.mark.parametrize("engines", ["go", "python"])
def test_a_raising_engine_denies_its_stage(
    policy: PolicyEngine, engines: str, stage: str, cls: type, method: str
) -> None:
    from gateway_helpers import SECRET

    from sark_accel.authn import SecretKey

    raising = _subclass(cls, method)
    kw: dict[str, Any] = {
        "parser": MCPParser(backend=engines),
        "authenticator": Authenticator(keys=[SecretKey(SECRET)], backend=engines),
        "detector": InjectionDetector(backend=engines),
        "anomaly": AnomalyDetector(backend=engines, clock=lambda: NOW_S),
        "cache": TTLCache(100, 60.0, backend=engines),
    }
    name = {"parse": "parser", "authn": "authenticator", "scan": "detector", "anomaly": "anomaly", "cache": "cache"}
    if stage == "policy":
        p = raising(backend="go", timeout=10.0)
        p.load_bundle(__import__("sark_accel").policy.example_bundle())
    else:
        p = policy
        old = kw[name[stage]]
        old.close()
        kw[name[stage]] = (
            raising(keys=[SecretKey(SECRET)], backend=engines) if cls is Authenticator
            else raising(100, 60.0, backend=engines) if cls is TTLCache
            else raising(backend=engines, clock=lambda: NOW_S) if cls is AnomalyDetector
            else raising(backend=engines)
        )  # fmt: skip
    # A subclass's override runs only in the Python pipeline, asked for explicitly; the go path's
    # own faults are real Go-side failures (test_a_closed_engine_denies_its_stage, the anomaly
    # refusal and the policy results below, go/gateway's fault_test.go).
    gw = Gateway(policy=p, backend="python", **kw)
    assert gw.path == "python"
    d = gw.authorize(CALL, credentials=hs256({"sub": "alice", "roles": ["developer"]}), time_ns=WED10)
    _assert_denied(d, stage, None if stage == "parse" else 7)
    gw.close()
    with pytest.raises(EngineNotOnGoPath) as refused:  # go asked for: refused, never run in Python
        Gateway(policy=p, backend="go", **kw)
    first_refused = "policy" if stage == "policy" else name[stage] if engines == "go" else "parser"
    assert refused.value.component == first_refused
    assert isinstance(refused.value, BackendUnavailable)
    assert Gateway(policy=p, **kw).path == "python"  # the default may choose the Python pipeline


@pytest.mark.parametrize("flag", ["SARK_ACCEL_GATEWAY_BACKEND", "SARK_ACCEL_BACKEND", None])
@pytest.mark.parametrize("component", ["parser", "authenticator", "detector", "anomaly", "cache"])
def test_go_requested_refuses_a_python_backend_engine(
    policy: PolicyEngine, monkeypatch: pytest.MonkeyPatch, flag: str | None, component: str
) -> None:
    from gateway_helpers import SECRET

    from sark_accel.authn import SecretKey

    make = {
        "parser": lambda b: MCPParser(backend=b),
        "authenticator": lambda b: Authenticator(keys=[SecretKey(SECRET)], backend=b),
        "detector": lambda b: InjectionDetector(backend=b),
        "anomaly": lambda b: AnomalyDetector(backend=b, clock=lambda: NOW_S),
        "cache": lambda b: TTLCache(100, 60.0, backend=b),
    }
    kw: dict[str, Any] = {name: f("python" if name == component else "go") for name, f in make.items()}
    if flag is not None:
        monkeypatch.setenv(flag, "go")
    with pytest.raises(EngineNotOnGoPath, match=f"{component} cannot run on the go path") as refused:
        Gateway(policy=policy, backend=None if flag else "go", **kw)
    assert refused.value.component == component
    assert (flag or "the backend argument") in str(refused.value)
    monkeypatch.delenv("SARK_ACCEL_GATEWAY_BACKEND", raising=False)
    monkeypatch.delenv("SARK_ACCEL_BACKEND", raising=False)
    with Gateway(policy=policy, **kw) as gw:  # the default: the Python pipeline, same decisions
        assert gw.path == "python"
        d = gw.authorize(CALL, principal=ALICE, time_ns=WED10)
    kw[component].close()
    kw[component] = make[component]("go")
    with Gateway(policy=policy, backend="go", **kw) as go:
        assert go.path == "go"
        got = go.authorize(CALL, principal=ALICE, time_ns=WED10)
        assert (got.allow, got.reasons) == (d.allow, d.reasons) and d.allow


BAD_RESULTS = [
    ('package t\ndecision := "allow"', "error:policy"),
    ('package t\ndecision := {"allow": 1}', "error:policy"),
    ('package t\ndecision := {"allow": false, "reasons": [1]}', "error:policy"),
    ('package t\ndecision := {"Allow": true, "reasons": ["case-insensitive as Go"]}', None),
    ('package t\ndecision := {"allow": false, "cache_ttl": "x"}', "error:policy"),
    ("package t\ndecision := false", "policy_denied"),
    ("package t\nother := 1", "policy_undefined"),
    ('package t\ndecision := {"allow": true, "filtered_parameters": ["secret"], "cache_ttl": 0}', None),
]


@pytest.mark.parametrize("source,reason", BAD_RESULTS)
def test_policy_results_read_alike(source: str, reason: str | None) -> None:
    engine = PolicyEngine(backend="go", timeout=10.0)
    engine.load_policy("t.rego", source)
    msg = message(1, "t", {"secret": "s", "b": [1, 2.50, {"z": None}], "a": "\u00e9"})
    ds = []
    for engines, path in PATHS:
        gw = world(engine, engines, path, anomaly=False)
        gw_ = Gateway(policy=engine, query="data.t.decision", cache=gw._impl._c.cache, backend=path,  # type: ignore[attr-defined]
                      parser=MCPParser(backend=engines), detector=InjectionDetector(backend=engines))  # fmt: skip
        ds.append(gw_.authorize(msg, principal=ALICE, time_ns=WED10))
    for d in ds[1:]:
        assert d.same_answer(ds[0]), f"{ds[0]}\n{d}"
    if reason is None:
        assert ds[0].allow
    else:
        assert not ds[0].allow and ds[0].reasons == (reason,)
    if "filtered" in source:
        assert ds[0].filtered_parameters == ("secret",)
        assert ds[0].filtered_arguments == '{"a":"\u00e9","b":[1,2.50,{"z":null}]}' or json.loads(
            ds[0].filtered_arguments or "") == {"a": "\u00e9", "b": [1, 2.5, {"z": None}]}  # fmt: skip


def test_numbers_beyond_float_range_scan_alike(policy: PolicyEngine) -> None:
    raw = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"fs.read_file","arguments":'
    args = '{"path":"/workspace/a","n":1e400,"m":-1e400,"k":123456789012345678901234567890,"f":-0.0}}}'
    ds = [world(policy, e, p, anomaly=False).authorize(raw + args, principal=ALICE, time_ns=WED10) for e, p in PATHS]
    assert ds[0].stage == "policy" and ds[0].injection is not None
    for d in ds[1:]:
        assert d.same_answer(ds[0]), f"{ds[0]}\n{d}"


def test_an_event_the_anomaly_detector_refuses_fails_closed_alike(policy: PolicyEngine) -> None:
    for engines, path in PATHS:
        gw = world(policy, engines, path, cache=False)
        big = "p" * 2000  # a principal over 1 KiB: go/anomaly refuses the event
        d = gw.authorize(CALL, principal={"id": big, "roles": ["developer"]}, time_ns=WED10)
        _assert_denied(d, "anomaly")
        gw.close()


OPEN_WHEN_DATA_SAYS = (
    'package t\ndecision := {"allow": object.get(data.settings, "open", false) == true, "cache_ttl": 300}'
)


@pytest.mark.parametrize("engines,path", PATHS)
def test_the_cache_never_serves_across_a_policy_change(engines: str, path: str | None) -> None:
    own = PolicyEngine(backend="go", timeout=10.0)
    own.load_policy("t.rego", OPEN_WHEN_DATA_SAYS)
    own.set_data("settings", {"open": True})
    gw = Gateway(policy=own, query="data.t.decision", cache=TTLCache(100, 60.0, backend=engines),
                 parser=MCPParser(backend=engines), backend=path)  # fmt: skip

    def decide() -> Decision:
        return gw.authorize(CALL, principal=ALICE, time_ns=WED10)

    first, hit = decide(), decide()
    assert first.allow and first.stage == "policy" and hit.cache_hit and hit.allow
    own.set_data("settings", {"open": False})  # a data change: the very next call sees it
    after, after_hit = decide(), decide()
    assert (after.allow, after.cache_hit, after_hit.allow, after_hit.cache_hit) == (False, False, False, True)
    own.load_policy("t.rego", 'package t\ndecision := {"allow": true}')  # a policy change
    changed = decide()
    assert changed.allow and not changed.cache_hit
    # a bundle load, even of the same content, is a change: no entry survives it
    shipped = shipped_policy()
    gw2 = world(shipped, engines, path, anomaly=False)
    assert gw2.authorize(CALL, principal=ALICE, time_ns=WED10).stage == "policy"
    assert gw2.authorize(CALL, principal=ALICE, time_ns=WED10).cache_hit
    shipped.load_bundle(__import__("sark_accel").policy.example_bundle())
    reloaded = gw2.authorize(CALL, principal=ALICE, time_ns=WED10)
    assert reloaded.allow and not reloaded.cache_hit
    gw.close()
    gw2.close()


@pytest.mark.parametrize("engines,path", PATHS)
def test_the_cache_never_serves_another_principal(policy: PolicyEngine, engines: str, path: str | None) -> None:
    gw = world(policy, engines, path, anomaly=False)
    assert gw.authorize(CALL, principal=ALICE, time_ns=WED10).allow
    assert gw.authorize(CALL, principal=ALICE, time_ns=WED10).cache_hit
    for other in ({"id": "bob", "roles": ["developer"]}, {"id": "alice", "roles": ["viewer"]},
                  {"id": "alice", "roles": ["developer"], "mfa": True}):  # fmt: skip
        d = gw.authorize(CALL, principal=other, time_ns=WED10)
        assert not d.cache_hit and d.principal == other["id"], str(d)
    viewer = gw.authorize(CALL, principal={"id": "alice", "roles": ["viewer"]}, time_ns=WED10)
    assert not viewer.allow  # a viewer may not read files: the developer's entry was not used
    gw.close()


@pytest.mark.parametrize("engines,path", PATHS)
def test_close_and_closed(policy: PolicyEngine, engines: str, path: str | None) -> None:
    with world(policy, engines, path) as gw:
        c = gw._impl._c  # type: ignore[attr-defined]
        assert gw.authorize(CALL, principal=ALICE, time_ns=WED10).allow
    for call in (
        lambda: gw.authorize(CALL, principal=ALICE),
        lambda: gw.authorize_many([{"message": CALL}]),
        lambda: gw.inspect_result('{"jsonrpc":"2.0","id":1,"result":{}}'),
    ):
        with pytest.raises(Closed):
            call()
    gw.close()  # idempotent
    # the engines stay their owners': still usable
    assert c.detector.scan({"a": "hello"}).decision == "allow"
    assert policy.evaluate("data.sark.gateway.decision", {"user": {"id": "x", "roles": []}}) is not None


def test_arguments_are_checked(policy: PolicyEngine) -> None:
    with pytest.raises(TypeError):
        Gateway(policy, backend="go")  # type: ignore[misc]
    with pytest.raises(TypeError):
        Gateway(policy=object())  # type: ignore[arg-type]
    with Gateway(policy=policy) as gw:
        with pytest.raises(TypeError):
            gw.authorize(123)  # type: ignore[arg-type]
        for bad in ("a\x00b", "\ud800"):
            with pytest.raises(ValueError):
                gw.authorize(CALL, principal=ALICE, server=bad)
            with pytest.raises(ValueError):
                gw.authorize(CALL, principal={"id": bad})


def _threads(n: int, work: Callable[[int], None]) -> None:
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            work(i)
        except BaseException as e:  # reported below
            errors.append(e)

    ts = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(120)
    assert not any(t.is_alive() for t in ts) and not errors, errors


@pytest.mark.parametrize("engines,path", PATHS)
def test_eight_threads_decide_as_one(policy: PolicyEngine, engines: str, path: str | None) -> None:
    roles = [["developer"], ["viewer"], ["admin"], ["analyst"]]
    calls = [dict(message=message(i, tool, {"path": "/workspace/a.py", "sql": "select 1"}),
                  principal={"id": f"u{i % 5}", "roles": roles[i % 4]}, time_ns=WED10 + i * 10**9)
             for i, tool in enumerate(["fs.read_file", "db.query", "fs.write_file", "web.search"] * 5)]  # fmt: skip
    serial = world(policy, engines, path, anomaly=False)
    expected = [serial.authorize(**c) for c in calls]
    shared = world(policy, engines, path, anomaly=False)

    def work(_: int) -> None:
        for _round in range(3):
            for c, want in zip(calls, expected, strict=True):
                got = shared.authorize(**c)
                assert (got.allow, got.reasons, got.id) == (want.allow, want.reasons, want.id)

    _threads(8, work)
    assert sum(shared.stats()["allow"].values()) + sum(shared.stats()["deny"].values()) == 8 * 3 * len(calls)
