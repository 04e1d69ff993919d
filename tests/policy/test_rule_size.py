"""max_rule_terms (issue 19, item 6): the go backend refuses a rule too large to compile in bounded time.

OPA's compile time grows with the square of a rule's size (a 16,000-operator expression took
13 s, a 49,000-term one 67 s), and OPA offers neither a compile timeout nor a size limit, so
go/policy counts a rule's terms (not constant scalars) after parsing and refuses it before
compiling. The hostile case runs in a subprocess with a deadline: a regression compiles for
long and then succeeds, which fails the test instead of hanging it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from typing import Any

import pytest

from sark_accel import InvalidArgument
from sark_accel.policy import PolicyCompileError, PolicyEngine


def sum_rule(n: int) -> str:
    return "package p\n\nx := " + " + ".join(["input.a"] * n) + "\n"


@pytest.mark.usefixtures("native")
def test_a_rule_over_the_limit_fails_to_load_and_the_old_set_keeps_serving() -> None:
    engine = PolicyEngine(backend="go", timeout=10, max_rule_terms=50)
    engine.load_policy("p", sum_rule(5))
    with pytest.raises(PolicyCompileError, match="more than the limit of 50") as info:
        engine.load_policy("p", sum_rule(30))
    assert [(e["file"], e["row"]) for e in info.value.errors] == [("p", 3)]
    assert engine.evaluate("data.p.x", {"a": 2}) == 10  # still the 5-term rule


@pytest.mark.usefixtures("native")
def test_the_shipped_policy_is_far_below_the_default() -> None:
    from sark_accel.policy import example_bundle

    PolicyEngine(backend="go", max_rule_terms=100).load_bundle(example_bundle())


@pytest.mark.parametrize("bad", [0, -1, 1.5, True, "10"])
def test_max_rule_terms_is_validated(bad: Any) -> None:
    with pytest.raises(InvalidArgument, match="max_rule_terms"):
        PolicyEngine(backend="python", opa_url="http://127.0.0.1:1", max_rule_terms=bad)


HOSTILE = """
    from sark_accel.policy import PolicyCompileError, PolicyEngine

    source = "package p\\nx := " + " + ".join(["input.a"] * 16_000) + "\\n"
    try:
        PolicyEngine(backend="go").load_policy("huge", source)
    except PolicyCompileError as e:
        print("refused", "limit of 10000" in str(e.errors))
"""


@pytest.mark.usefixtures("native")
def test_hostile_huge_expression_is_refused_before_compiling() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SARK_ACCEL_")}
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(HOSTILE)], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["refused", "True"]
