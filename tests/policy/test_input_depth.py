"""max_input_depth (issue 19, item 6): policy inputs are bounded in nesting, alike on both backends.

``walk`` and other builtins that carry a path cost depth x size: a 60 KB chain 9,999 deep took
870 MB to walk. go/policy refuses deeper inputs as it parses them; the facade refuses them before
sending to an OPA server. Both raise InvalidArgument. The python backend's refusal is tested
against a closed port: a refused input raises InvalidArgument, an accepted one gets as far as the
connection (Unavailable), so no OPA server is needed.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from sark_accel import InvalidArgument
from sark_accel.policy import PolicyEngine, PolicyUnavailable

ECHO = "package p\nx := input\n"


def nested(depth: int, leaf: Any = 1) -> Any:
    value = leaf
    for i in range(depth):
        value = {"a": value} if i % 2 else [value]
    return value


def text(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@pytest.fixture(scope="module")
def closed_port_url() -> str:
    with socket.socket() as s:  # bound and closed: nothing listens there
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


@pytest.mark.usefixtures("native")
@pytest.mark.parametrize("limit", [None, 3])
def test_go_backend_refuses_deeper_inputs(limit: int | None) -> None:
    kwargs = {} if limit is None else {"max_input_depth": limit}
    depth = limit or 128
    engine = PolicyEngine(backend="go", timeout=10, **kwargs)
    engine.load_policy("p", ECHO)
    assert engine.evaluate("data.p.x", nested(depth)) == nested(depth)
    assert engine.evaluate_json("data.p.x", text(depth)) == text(depth)
    with pytest.raises(InvalidArgument, match=f"deeper than {depth} levels"):
        engine.evaluate("data.p.x", nested(depth + 1))
    with pytest.raises(InvalidArgument, match=f"deeper than {depth} levels"):
        engine.evaluate_json("data.p.x", text(depth + 1))
    with pytest.raises(InvalidArgument, match=f"deeper than {depth} levels"):
        engine.evaluate_many("data.p.x", [1, nested(depth + 1)])
    assert engine.is_allowed("data.p.x", nested(depth + 1)) is False  # fail closed


@pytest.mark.parametrize("limit", [None, 3])
def test_python_backend_refuses_deeper_inputs_before_sending(closed_port_url: str, limit: int | None) -> None:
    kwargs = {} if limit is None else {"max_input_depth": limit}
    depth = limit or 128
    engine = PolicyEngine(backend="python", opa_url=closed_port_url, timeout=2, **kwargs)
    for call in (
        lambda: engine.evaluate("data.p.x", nested(depth + 1)),
        lambda: engine.evaluate_json("data.p.x", text(depth + 1)),
        lambda: engine.evaluate_json("data.p.x", "[" * 50_000 + "]" * 50_000),  # json would recurse
        lambda: engine.evaluate_many("data.p.x", [1, nested(depth + 1)]),
    ):
        with pytest.raises(InvalidArgument, match=f"deeper than {depth} levels"):
            call()
    for call in (  # exactly the limit passes the check and goes on to the (absent) server
        lambda: engine.evaluate("data.p.x", nested(depth)),
        lambda: engine.evaluate_json("data.p.x", text(depth)),
    ):
        with pytest.raises(PolicyUnavailable):
            call()


@pytest.mark.parametrize("bad", [0, -1, 513, 1.5, True, "128"])
def test_max_input_depth_is_validated(closed_port_url: str, bad: Any) -> None:
    with pytest.raises(InvalidArgument, match="max_input_depth"):
        PolicyEngine(backend="python", opa_url=closed_port_url, max_input_depth=bad)


HOSTILE = """
    import resource, sys, time
    from sark_accel import InvalidArgument
    from sark_accel.policy import PolicyEngine

    engine = PolicyEngine(backend="go", timeout=60)  # the default 100 ms would also cut it short
    engine.load_policy("w", "package w\\nn := count([p | walk(input, [p, _])])\\n")
    doc = '{"a":' * 9999 + "1" + "}" * 9999  # 60 KB
    with open("/proc/self/status") as f:
        vm = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:"))
    limit = vm + (256 << 20)  # walking it took 870 MB
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    start = time.monotonic()
    try:
        engine.evaluate_json("data.w.n", doc)
    except InvalidArgument as e:
        print("refused", time.monotonic() - start < 10)
"""


@pytest.mark.usefixtures("native")
@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads VmSize from /proc")
def test_hostile_walk_over_a_deep_input_is_refused_cheaply() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SARK_ACCEL_")}
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(HOSTILE)], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["refused", "True"]
