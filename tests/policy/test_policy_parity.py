"""PolicyEngine through the public API: the go backend (embedded OPA) and the python backend
(a real `opa run --server`) must give the same decisions, the same undefined results and the
same exception classes; plus what only the embedded engine offers (timeouts, network refusal,
print capture, decision cache, hot reload under load)."""

from __future__ import annotations

import io
import json
import os
import tarfile
import threading
import uuid
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sark_accel.errors import InvalidArgument, NotFound
from sark_accel.policy import (
    UNDEFINED,
    PolicyCompileError,
    PolicyEngine,
    PolicyEvalError,
    PolicyNetworkDisabled,
    PolicyTimeout,
    example_bundle,
)

pytestmark = pytest.mark.usefixtures("native")

QUERY = "data.sark.gateway.decision"
EXAMPLES = Path(example_bundle()) / "examples"
SLOW = dict(timeout=10.0)  # the test machine is shared: generous network timeouts


@pytest.fixture(scope="module")
def pair(opa_url: str) -> Iterator[tuple[PolicyEngine, PolicyEngine]]:
    go = PolicyEngine(backend="go", timeout=5.0)
    py = PolicyEngine(backend="python", opa_url=opa_url, **SLOW)
    for e in (go, py):
        e.load_bundle(example_bundle())
    yield go, py
    go.close()
    py.close()


def both(pair: tuple[PolicyEngine, PolicyEngine], query: str, input: Any) -> Any:
    go, py = (outcome(e, query, input) for e in pair)
    assert go == py, (input, go, py)
    return go


def outcome(engine: PolicyEngine, query: str, input: Any) -> Any:
    try:
        result = engine.evaluate(query, input)
    except Exception as exc:
        return ("raised", type(exc).__name__)
    if result is UNDEFINED:
        return ("undefined",)
    return ("value", json.dumps(result, sort_keys=True), type(result).__name__)


def test_example_traffic(pair: tuple[PolicyEngine, PolicyEngine]) -> None:
    requests = [json.loads(line) for line in (EXAMPLES / "requests.jsonl").read_text().splitlines()]
    expected = [json.loads(line) for line in (EXAMPLES / "decisions.jsonl").read_text().splitlines()]
    assert len(requests) >= 200
    go, py = pair
    assert [go.evaluate(QUERY, r) for r in requests] == expected
    assert go.evaluate_many(QUERY, requests) == expected
    assert py.evaluate_many(QUERY, requests[:40]) == expected[:40]


roles = st.lists(
    st.sampled_from(["viewer", "developer", "analyst", "admin", "security", "ops", "unknown", ""]), max_size=3
)
tools = st.sampled_from(
    ["fs.read_file", "fs.write_file", "shell.exec", "db.query", "metrics.query", "http.fetch", "x.y", ""]
)
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    json_scalars, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=3), max_leaves=10
)
gateway_inputs = st.fixed_dictionaries(
    {
        "user": st.fixed_dictionaries({"id": st.text(max_size=8), "roles": roles}, optional={"mfa": st.booleans()}),
        "tool": st.one_of(
            tools,
            st.fixed_dictionaries(
                {"name": tools},
                optional={"sensitivity_level": st.sampled_from(["public", "internal", "critical", "bogus"])},
            ),
        ),
        "time_ns": st.integers(1_700_000_000 * 10**9, 1_900_000_000 * 10**9),
    },
    optional={
        "action": st.sampled_from(["tool:invoke", "tool:describe", "tool:delete"]),
        "arguments": st.dictionaries(
            st.sampled_from(["path", "command", "sql", "limit", "token", "url"]), json_values, max_size=4
        ),
    },
)


@settings(
    max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(input=st.one_of(gateway_inputs, json_values))
def test_generated_gateway_inputs(pair: tuple[PolicyEngine, PolicyEngine], input: Any) -> None:
    both(pair, QUERY, input)


ECHO = """package parity_echo

import rego.v1

echo := input

keys contains k if some k, _ in input

doubled := input.n * 2

first := input.items[0]

empty := {}

missing := input.not_there
"""


@pytest.fixture(scope="module")
def echo(pair: tuple[PolicyEngine, PolicyEngine]) -> Iterator[tuple[PolicyEngine, PolicyEngine]]:
    for e in pair:
        e.load_policy("tests/parity_echo.rego", ECHO)
    yield pair
    for e in pair:
        e.remove_policy("tests/parity_echo.rego")


@settings(
    max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(input=json_values, rule=st.sampled_from(["echo", "keys", "doubled", "first", "empty", "missing"]))
def test_generated_json_values(echo: tuple[PolicyEngine, PolicyEngine], input: Any, rule: str) -> None:
    both(echo, f"data.parity_echo.{rule}", input)


@pytest.mark.parametrize(
    "input",
    [
        {"n": 1},
        {"n": 1.0},
        {"n": 2**64 + 1},
        {"n": 1e300},
        {"items": ["ünïcødé \U0001f512", "\u2028"]},
        {},
        [],
        {"n": -0.0},
        None,
        "text",
    ],
)
@pytest.mark.parametrize("rule", ["echo", "keys", "doubled", "first", "empty", "missing"])
def test_json_edges(echo: tuple[PolicyEngine, PolicyEngine], input: Any, rule: str) -> None:
    both(echo, f"data.parity_echo.{rule}", input)


def test_undefined_is_not_null_or_false(echo: tuple[PolicyEngine, PolicyEngine]) -> None:
    for e in echo:
        assert e.evaluate("data.parity_echo.missing", {"n": 1}) is UNDEFINED
        assert e.evaluate("data.parity_echo.echo", None) is UNDEFINED  # no input at all
        assert e.evaluate("data.parity_echo.first", {"items": [None]}) is None
        assert e.evaluate("data.parity_echo.first", {"items": [False]}) is False
        assert not e.is_allowed("data.parity_echo.missing", {})


def bundle_files(pkg: str) -> dict[str, bytes]:
    return {
        ".manifest": json.dumps({"roots": [f"tb/{pkg}"], "revision": "r1"}).encode(),
        "policy.rego": f"package tb.{pkg}\n\nimport rego.v1\n\nok if input.n < data.tb.{pkg}.limit\n".encode(),
        f"tb/{pkg}/data.json": json.dumps({"limit": 3}).encode(),
    }


@pytest.mark.parametrize("form", ["dir", "tar.gz"])
def test_bundles(pair: tuple[PolicyEngine, PolicyEngine], tmp_path: Path, form: str) -> None:
    pkg = "b" + uuid.uuid4().hex[:8]
    files = bundle_files(pkg)
    if form == "dir":
        path = tmp_path / "bundle"
        for name, content in files.items():
            (path / name).parent.mkdir(parents=True, exist_ok=True)
            (path / name).write_bytes(content)
    else:
        path = tmp_path / "bundle.tar.gz"
        with tarfile.open(path, "w:gz") as tar:
            for name, content in files.items():
                info = tarfile.TarInfo("/" + name)
                info.size = len(content)
                tar.addfile(info, io.BytesIO(content))
    for e in pair:
        e.load_bundle(path)
        assert e.evaluate(f"data.tb.{pkg}.ok", {"n": 2}) is True
        assert e.evaluate(f"data.tb.{pkg}.ok", {"n": 3}) is UNDEFINED
    prefix = os.path.abspath(path).strip("/") + "/"
    ids = [sorted(p for p in e.policies() if p.startswith(prefix)) for e in pair]
    assert ids[0] == ids[1] == [prefix + "policy.rego"]


def test_errors_map_to_the_same_classes(pair: tuple[PolicyEngine, PolicyEngine]) -> None:
    for e in pair:
        with pytest.raises(PolicyCompileError) as info:
            e.load_policy("tests/broken.rego", "package broken\n\nallow if {\n")
        assert info.value.row >= 3 and info.value.errors
        with pytest.raises(NotFound):
            e.remove_policy("tests/never-loaded.rego")
        e.load_policy(
            "tests/conflict.rego", "package conflict\n\nimport rego.v1\n\nx := 1 if input.a\n\nx := 2 if input.b\n"
        )
        try:
            with pytest.raises(PolicyEvalError):
                e.evaluate("data.conflict.x", {"a": True, "b": True})
            assert e.evaluate("data.conflict.x", {"a": True}) == 1
            assert not e.is_allowed("data.conflict.x", {"a": True, "b": True})  # fail closed
        finally:
            e.remove_policy("tests/conflict.rego")
        with pytest.raises(TypeError):
            e.evaluate(QUERY, {"x": {1, 2}})
        with pytest.raises(InvalidArgument):
            e.evaluate(QUERY, {"x": float("nan")})


def test_failed_compile_keeps_the_old_set_serving(pair: tuple[PolicyEngine, PolicyEngine]) -> None:
    for e in pair:
        e.load_policy("tests/keep.rego", "package keep\n\nv := 1\n")
        with pytest.raises(PolicyCompileError):
            e.load_policy("tests/keep.rego", "package keep\n\nv := \n")
        assert e.evaluate("data.keep.v") == 1
        e.remove_policy("tests/keep.rego")


# --- the embedded engine only -------------------------------------------------------------

SLOW_POLICY = "package slow\n\nimport rego.v1\n\nn := count([x | some x in numbers.range(1, 50000000)])\n"


def test_timeout() -> None:
    e = PolicyEngine(backend="go", timeout=0.05)
    e.load_policy("slow.rego", SLOW_POLICY)
    with pytest.raises(PolicyTimeout):
        e.evaluate("data.slow.n")
    assert not e.is_allowed("data.slow.n")


def test_network_builtins_refused_unless_allowed() -> None:
    src = 'package net\n\nimport rego.v1\n\nr := http.send({"method": "GET", "url": "http://127.0.0.1:9"})\n'
    with pytest.raises(PolicyNetworkDisabled) as info:
        PolicyEngine(backend="go").load_policy("net.rego", src)
    assert isinstance(info.value, PolicyCompileError) and "http.send" in str(info.value)
    with pytest.raises(PolicyNetworkDisabled):
        PolicyEngine(backend="go").load_policy("dns.rego", 'package dns\n\nr := net.lookup_ip_addr("example.com")\n')
    PolicyEngine(backend="go", allow_network=True).load_policy("net.rego", src)  # compiles


def test_print_capture() -> None:
    e = PolicyEngine(backend="go", capture_print=True)
    e.load_policy(
        "p.rego", 'package p\n\nimport rego.v1\n\nallow if {\n\tprint("user", input.user)\n\tinput.user == "ann"\n}\n'
    )
    assert e.evaluate("data.p.allow", {"user": "ann"}) is True
    assert e.take_print_output() == "user ann\n"
    assert e.take_print_output() == ""
    with pytest.raises(InvalidArgument):
        PolicyEngine(backend="go").take_print_output()


def test_decision_cache_gives_identical_results_and_follows_changes() -> None:
    requests = [json.loads(line) for line in (EXAMPLES / "requests.jsonl").read_text().splitlines()][:80]
    plain = PolicyEngine(backend="go")
    cached = PolicyEngine(backend="go", decision_cache=1000)
    for e in (plain, cached):
        e.load_bundle(example_bundle())
    for _ in range(2):  # the second round is served from the cache
        assert [cached.evaluate(QUERY, r) for r in requests] == [plain.evaluate(QUERY, r) for r in requests]
    for e in (plain, cached):
        e.set_data("sark/gateway/config/version", "changed")
    assert cached.evaluate(QUERY, requests[0])["policy_version"] == "changed"


def test_python_backend_decision_cache(opa_url: str) -> None:
    e = PolicyEngine(backend="python", opa_url=opa_url, decision_cache=100, **SLOW)
    e.load_policy("tests/cached.rego", "package cached\n\nv := data.cached_v\n")
    try:
        e.set_data("cached_v", 1)
        assert e.evaluate("data.cached.v") == 1 and e.evaluate("data.cached.v") == 1
        e.set_data("cached_v", 2)  # a change through the engine empties the cache
        assert e.evaluate("data.cached.v") == 2
    finally:
        e.remove_policy("tests/cached.rego")


def test_hot_reload_under_concurrent_evaluation() -> None:
    e = PolicyEngine(backend="go", timeout=5.0)
    e.load_policy("v.rego", "package v\n\nversion := 0\n")
    stop = threading.Event()
    seen: list[Any] = []
    errors: list[BaseException] = []

    def evaluate() -> None:
        while not stop.is_set():
            try:
                seen.append(e.evaluate("data.v.version"))
            except BaseException as exc:  # noqa: BLE001 - any error fails the test
                errors.append(exc)

    threads = [threading.Thread(target=evaluate) for _ in range(4)]
    for t in threads:
        t.start()
    for version in range(1, 40):
        e.load_policy("v.rego", f"package v\n\nversion := {version}\n")
        if version % 10 == 0:
            with pytest.raises(PolicyCompileError):
                e.load_policy("v.rego", "package v\n\nversion := (\n")
    stop.set()
    for t in threads:
        t.join()
    assert not errors, errors[:3]
    assert seen and set(seen) <= set(range(40))
    assert e.evaluate("data.v.version") == 39


def test_python_backend_needs_a_server() -> None:
    with pytest.raises(InvalidArgument, match="opa_url"):
        PolicyEngine(backend="python")


def test_constructor_validation() -> None:
    for kwargs in ({"timeout": 0}, {"timeout": float("inf")}, {"decision_cache": 0}, {"rego_version": "v2"}):
        with pytest.raises(ValueError):
            PolicyEngine(backend="go", **kwargs)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        PolicyEngine(backend="go", timeout="1")  # type: ignore[arg-type]


def test_rego_v0() -> None:
    e = PolicyEngine(backend="go", rego_version="v0")
    e.load_policy("old.rego", "package old\n\nallow { input.x == 1 }\n")
    assert e.evaluate("data.old.allow", {"x": 1}) is True
    with pytest.raises(PolicyCompileError):
        PolicyEngine(backend="go").load_policy("old.rego", "package old\n\nallow { input.x == 1 }\n")


def test_evaluate_json(pair: tuple[PolicyEngine, PolicyEngine]) -> None:
    requests = [json.loads(line) for line in (EXAMPLES / "requests.jsonl").read_text().splitlines()][:30]
    go, py = pair
    for r in requests:
        text = json.dumps(r)
        want = go.evaluate(QUERY, r)
        for e in pair:
            assert json.loads(e.evaluate_json(QUERY, text) or "null") == want
            assert json.loads(e.evaluate_json(QUERY, text.encode()) or "null") == want
    for e in pair:
        assert e.evaluate_json("data.sark.gateway.nothing", "{}") is None
        with pytest.raises(InvalidArgument):
            e.evaluate_json(QUERY, "{not json")
    cached = PolicyEngine(backend="go", decision_cache=100)
    cached.load_bundle(example_bundle())
    text = json.dumps(requests[0])
    assert cached.evaluate_json(QUERY, text) == cached.evaluate_json(QUERY, text) == go.evaluate_json(QUERY, text)


def test_opa_url_alone_selects_the_server_backend(opa_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for k in ("SARK_ACCEL_BACKEND", "SARK_ACCEL_POLICY_BACKEND"):
        monkeypatch.delenv(k, raising=False)
    assert PolicyEngine(opa_url=opa_url).backend == "python"
    assert PolicyEngine(opa_url=opa_url, backend="go").backend == "go"
    monkeypatch.setenv("SARK_ACCEL_POLICY_BACKEND", "go")
    assert PolicyEngine(opa_url=opa_url).backend == "go"


# ---------------------------------------------------------------- wasm_queries (go backend)
# The same policies compiled to OPA's Wasm target must decide exactly as OPA's interpreter.

WASM_RULES = ["echo", "keys", "first", "empty", "missing", "doubled"]


@pytest.fixture(scope="module")
def wasm_pair() -> Iterator[tuple[PolicyEngine, PolicyEngine]]:
    queries = [QUERY] + [f"data.parity_echo.{r}" for r in WASM_RULES]
    wasm = PolicyEngine(backend="go", timeout=5.0, wasm_queries=queries)
    topdown = PolicyEngine(backend="go", timeout=5.0)
    for e in (wasm, topdown):
        e.load_bundle(example_bundle())
        e.load_policy("tests/parity_echo.rego", ECHO)
    yield wasm, topdown
    wasm.close()
    topdown.close()


def test_wasm_example_traffic(wasm_pair: tuple[PolicyEngine, PolicyEngine]) -> None:
    requests = [json.loads(line) for line in (EXAMPLES / "requests.jsonl").read_text().splitlines()]
    expected = [json.loads(line) for line in (EXAMPLES / "decisions.jsonl").read_text().splitlines()]
    wasm, _ = wasm_pair
    assert [wasm.evaluate(QUERY, r) for r in requests] == expected
    assert wasm.evaluate_many(QUERY, requests) == expected
    assert [wasm.evaluate_json(QUERY, json.dumps(r)) for r in requests[:20]] == [
        json.dumps(d, separators=(",", ":"), sort_keys=True, ensure_ascii=False) for d in expected[:20]
    ]


@settings(
    max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(input=st.one_of(gateway_inputs, json_values))
def test_wasm_generated_gateway_inputs(wasm_pair: tuple[PolicyEngine, PolicyEngine], input: Any) -> None:
    both(wasm_pair, QUERY, input)


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(input=json_values, rule=st.sampled_from(WASM_RULES))
def test_wasm_generated_json_values(wasm_pair: tuple[PolicyEngine, PolicyEngine], input: Any, rule: str) -> None:
    both(wasm_pair, f"data.parity_echo.{rule}", input)


@pytest.mark.parametrize(
    "input",
    [{"n": 1}, {"n": 1.0}, {"n": 2**64 + 1}, {"items": ["ünïcødé \U0001f512", "\u2028"]}, {}, [], None, "text"],
)
@pytest.mark.parametrize("rule", WASM_RULES)
def test_wasm_json_edges(wasm_pair: tuple[PolicyEngine, PolicyEngine], input: Any, rule: str) -> None:
    both(wasm_pair, f"data.parity_echo.{rule}", input)


def test_wasm_errors_and_changes() -> None:
    with pytest.raises(InvalidArgument, match="not a reference to a rule"):
        PolicyEngine(backend="go", wasm_queries=["input.x"])
    with pytest.raises(InvalidArgument, match="allow_network"):
        PolicyEngine(backend="go", wasm_queries=["data.p.out"], allow_network=True)
    with pytest.raises(TypeError):
        PolicyEngine(backend="go", wasm_queries="data.p.out")
    e = PolicyEngine(backend="go", wasm_queries=["data.p.out"], timeout=5.0)
    e.set_data("p/factor", 2)
    e.load_policy("p.rego", "package p\nout := input.n * data.p.factor\n")
    assert e.evaluate("data.p.out", {"n": 21}) == 42
    e.set_data("p/factor", 3)
    assert e.evaluate("data.p.out", {"n": 21}) == 63
    # A failed change leaves the previous set, and its Wasm evaluator, serving.
    with pytest.raises(PolicyCompileError):
        e.load_policy("p.rego", "package p\nout := data.p\n")
    assert e.evaluate("data.p.out", {"n": 1}) == 3
    # With the rule gone, the interpreter answers: undefined.
    e.remove_policy("p.rego")
    assert e.evaluate("data.p.out", {"n": 1}) is UNDEFINED
    e.close()


def test_wasm_timeout() -> None:
    e = PolicyEngine(backend="go", timeout=0.05, wasm_queries=["data.slow.n"])
    slow = "package slow\nn := count([x | some i in numbers.range(1, 5000); some j in numbers.range(1, 5000); x := i * j])\n"
    e.load_policy("slow.rego", slow)
    with pytest.raises(PolicyTimeout):
        e.evaluate("data.slow.n")
    e.close()


def test_wasm_print_capture() -> None:
    src = 'package p\nout := x if {\n\tx := input.n + 1\n\tprint("n is", input.n)\n}\n'
    outputs = []
    for queries in (["data.p.out"], []):
        e = PolicyEngine(backend="go", capture_print=True, wasm_queries=queries, timeout=5.0)
        e.load_policy("p.rego", src)
        outputs.append((e.evaluate("data.p.out", {"n": 1}), e.take_print_output()))
        e.close()
    assert outputs[0] == outputs[1] == (2, "n is 1\n")
