"""The policy engine's side of the one contract (issue 11): keyword-only ``backend``, one
``PolicyBackend`` protocol both backends implement with the same signatures, and ``Closed``
after ``close()`` on both. The python backend's cases need no OPA server: nothing here reaches it.
"""

from __future__ import annotations

import inspect
import socket
from collections.abc import Callable, Iterator

import pytest

from sark_accel import Closed, InvalidArgument
from sark_accel.policy import PolicyEngine
from sark_accel.policy._control import OPAServerControlBackend
from sark_accel.policy._go import GoPolicyBackend
from sark_accel.policy._python import OPAServerBackend
from sark_accel.policy._types import PolicyBackend


@pytest.fixture(scope="module")
def closed_port_url() -> str:
    with socket.socket() as s:  # bound and closed: nothing listens there
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


@pytest.fixture(params=["go", "python"])
def engine(request: pytest.FixtureRequest, closed_port_url: str) -> Iterator[PolicyEngine]:
    if request.param == "go":
        request.getfixturevalue("native")
        e = PolicyEngine(backend="go", decision_cache=8)
    else:
        e = PolicyEngine(backend="python", opa_url=closed_port_url, decision_cache=8)
    yield e
    e.close()


@pytest.mark.parametrize("backend", ["go", "python"])
def test_a_positional_backend_is_refused_with_a_clear_message(backend: str) -> None:
    with pytest.raises(TypeError, match="backend is keyword-only") as info:
        PolicyEngine(backend, opa_url="http://127.0.0.1:1")
    assert f"backend={backend!r}" in str(info.value)


PROTOCOL_METHODS = [n for n in vars(PolicyBackend) if not n.startswith("_")]


@pytest.mark.parametrize("cls", [GoPolicyBackend, OPAServerBackend, OPAServerControlBackend])
@pytest.mark.parametrize("name", PROTOCOL_METHODS)
def test_both_backends_implement_the_protocol_with_its_signatures(cls: type, name: str) -> None:
    want = inspect.signature(getattr(PolicyBackend, name), eval_str=True)
    got = inspect.signature(getattr(cls, name), eval_str=True)
    assert list(got.parameters) == list(want.parameters), f"{cls.__name__}.{name}{got} vs {want}"
    assert got.return_annotation == want.return_annotation, f"{cls.__name__}.{name}{got} vs {want}"


def test_the_protocol_covers_every_delegated_method() -> None:
    assert set(PROTOCOL_METHODS) == {
        "load_policy",
        "remove_policy",
        "load_bundle",
        "set_data",
        "policies",
        "evaluate",
        "evaluate_json",
        "evaluate_many",
        "wasm_status",
        "take_print_output",
        "status",
        "decision_log_stats",
        "wait_ready",
        "live_revision",
        "close",
    }


def test_backend_specific_features_answer_through_the_protocol(engine: PolicyEngine) -> None:
    if engine.backend == "go":
        assert engine.wasm_status() == {}  # no wasm_queries given
        with pytest.raises(InvalidArgument):  # print capture was not asked for
            engine.take_print_output()
    else:
        assert engine.wasm_status() == {}
        with pytest.raises(InvalidArgument, match="go backend"):
            engine.take_print_output()
    assert engine.status() == [] and engine.wait_ready(0)  # not fed by bundles: always ready


def test_every_call_after_close_raises_closed(engine: PolicyEngine) -> None:
    engine.close()
    engine.close()  # idempotent
    calls: list[Callable[[], object]] = [
        lambda: engine.evaluate("data.p.x", {"a": 1}),
        lambda: engine.evaluate("data.p.x", {"a": 1}),  # a second time: no cached answer either
        lambda: engine.evaluate_json("data.p.x", '{"a": 1}'),
        lambda: engine.evaluate_many("data.p.x", [{"a": 1}]),
        lambda: engine.load_policy("p", "package p\nx := 1\n"),
        lambda: engine.remove_policy("p"),
        lambda: engine.set_data("a", 1),
        lambda: engine.load_bundle("/nonexistent"),
        lambda: engine.policies(),
        lambda: engine.wasm_status(),
        lambda: engine.take_print_output(),
        lambda: engine.status(),
        lambda: engine.wait_ready(0),
    ]
    for call in calls:
        with pytest.raises(Closed):
            call()
    assert engine.is_allowed("data.p.x", {"a": 1}) is False  # fails closed, and counts why
    assert engine.denied_on_error["Closed"] == 1


def test_the_engine_is_a_context_manager(engine: PolicyEngine) -> None:
    with engine as e:
        assert e is engine
    with pytest.raises(Closed):
        engine.policies()
