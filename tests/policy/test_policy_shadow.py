"""The migration as SARK would run it: an OPA server answers (python backend), embedded OPA (go) is shadowed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from sark_accel.policy import PolicyEngine, example_bundle
from sark_accel.shadow import Shadow

pytestmark = pytest.mark.usefixtures("native")

QUERY = "data.sark.gateway.decision"
REQUESTS = [
    json.loads(line)
    for line in (Path(example_bundle()) / "examples" / "requests.jsonl").read_text().splitlines()
    if line.strip()
]


@pytest.fixture
def shadow(opa_url: str) -> Iterator[Shadow[PolicyEngine]]:
    pair = Shadow(
        PolicyEngine(backend="python", opa_url=opa_url, timeout=10.0), PolicyEngine(backend="go", timeout=5.0)
    )
    pair.load_bundle(example_bundle())  # a change: both sides
    yield pair
    pair.close()


def test_example_traffic_python_primary_go_shadow(shadow: Shadow[PolicyEngine]) -> None:
    answers = [shadow.evaluate(QUERY, r) for r in REQUESTS]
    assert answers == [shadow.primary.evaluate(QUERY, r) for r in REQUESTS]  # the OPA server's answers
    # the server is shared by the session: it may hold other tests' policies besides the bundle's
    assert set(shadow.secondary.policies()) <= set(shadow.primary.policies())
    stats = shadow.stats()
    assert stats.mismatches == 0, stats.recent_mismatches
    assert (stats.primary.backend, stats.secondary.backend) == ("python", "go")
    assert stats.primary.outcomes == stats.secondary.outcomes
    assert sum(stats.primary.outcomes.values()) == len(REQUESTS)


def test_a_side_that_drifted_shows_as_mismatches(opa_url: str, tmp_path: Path) -> None:
    drifted = tmp_path / "gateway"
    shutil.copytree(example_bundle(), drifted)
    data = json.loads((drifted / "data.json").read_text())
    data["sark"]["gateway"]["config"]["roles"] = {}  # nobody holds a role any more
    (drifted / "data.json").write_text(json.dumps(data))
    primary, secondary = PolicyEngine(backend="python", opa_url=opa_url, timeout=10.0), PolicyEngine(backend="go")
    primary.load_bundle(example_bundle())
    secondary.load_bundle(drifted)  # loaded behind the shadow's back: the go side differs
    shadow = Shadow(primary, secondary)
    allowed = [r for r in REQUESTS if primary.is_allowed(QUERY, r)]
    assert allowed
    for r in allowed:
        assert shadow.evaluate(QUERY, r)["allow"] is True  # still the primary's answers
    stats = shadow.stats()
    assert stats.mismatches == len(allowed)
    assert ("allow", "policy") not in stats.secondary.outcomes
    assert "'allow': True" in stats.recent_mismatches[-1].primary


def test_set_data_under_a_bundle_root_reaches_both_sides_alike(shadow: Shadow[PolicyEngine]) -> None:
    # The go engine used to merge this object into the bundle's data, so roles = {} revoked nothing.
    shadow.set_data("sark/gateway/config/roles", {})  # revoke every role, on both sides
    try:
        for r in REQUESTS:
            shadow.evaluate(QUERY, r)
        assert shadow.stats().mismatches == 0, shadow.stats().recent_mismatches
    finally:
        shadow.load_bundle(example_bundle())  # the roles back, for the tests sharing the server
