"""Rollout: SARK's stable md5 bucket per principal, and SARK_ACCEL_<COMPONENT>_ROLLOUT in the backend choice."""

from __future__ import annotations

import hashlib
import random
import uuid

import pytest

import sark_accel
from sark_accel import _backend, _native, metrics
from sark_accel.errors import InvalidArgument

# SARK's feature names (sark.services.feature_flags): the policy engine and the cache.
SARK_FEATURES = {"policy": "rust_opa", "cache": "rust_cache"}


def sark_should_use_rust(feature: str, user_id: str, percent: int) -> bool:
    """SARK's FeatureFlagManager.should_use_rust, written out here independently."""
    return int(hashlib.md5(f"{feature}:{user_id}".encode()).hexdigest(), 16) % 100 < percent


def ten_thousand_ids() -> list[str]:
    rng = random.Random(15)
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(5000)]
    ids += [f"user-{i}" for i in range(4990)] + ["", "é", "用户", "a:b", "0", " ", "\x00", "x" * 1000, "None", "-1"]
    return ids


@pytest.mark.parametrize("component", sorted(SARK_FEATURES))
def test_rollout_matches_sark_on_10000_ids(component: str) -> None:
    ids = ten_thousand_ids()
    assert len(ids) == 10_000
    feature = SARK_FEATURES[component]
    for percent in (0, 1, 10, 25, 50, 99, 100):
        ours = [sark_accel.rollout(component, i, percent) for i in ids]
        assert ours == [sark_should_use_rust(feature, i, percent) for i in ids]
        if 0 < percent < 100:  # a fair share: 10,000 draws stay within 3 % of the percentage
            assert abs(sum(ours) - percent * 100) < 300


def test_rollout_is_monotonic_and_components_bucket_independently() -> None:
    ids = ten_thousand_ids()[:2000]
    for i in ids:
        inside = [sark_accel.rollout("policy", i, p) for p in range(101)]
        assert inside == sorted(inside)  # once in at p, in at every higher p
    same = sum(sark_accel.rollout("policy", i, 50) == sark_accel.rollout("cache", i, 50) for i in ids)
    assert 800 < same < 1200  # different features: independent halves, not the same cohort


@pytest.mark.parametrize("percent", [-1, 101, 12.5, True, "10", None])
def test_invalid_percent_refused(percent: object) -> None:
    with pytest.raises(InvalidArgument, match="percent"):
        sark_accel.rollout("policy", "alice", percent)  # type: ignore[arg-type]


def test_unknown_component_and_non_str_principal_refused() -> None:
    with pytest.raises(InvalidArgument, match="no rollout feature for component 'opa'"):
        sark_accel.rollout("opa", "alice", 10)
    with pytest.raises(TypeError):
        sark_accel.rollout("policy", 42, 10)  # type: ignore[arg-type]
    assert sark_accel.rollout("policy", "\udc80", 100) is True  # a lone surrogate still gets a bucket


# ------------------------------------------------------------------ SARK_ACCEL_<COMPONENT>_ROLLOUT


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("SARK_ACCEL_BACKEND", "SARK_ACCEL_POLICY_BACKEND", "SARK_ACCEL_POLICY_ROLLOUT"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_env_rollout_gives_go_to_that_share(native: object, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("SARK_ACCEL_POLICY_ROLLOUT", " 30 ")
    ids = ten_thousand_ids()[:3000]
    before = metrics.stats().assignments
    chosen = [sark_accel.backend_for("policy", i) for i in ids]
    assert chosen == ["go" if sark_should_use_rust("rust_opa", i, 30) else "python" for i in ids]
    after = metrics.stats().assignments
    for backend in ("go", "python"):
        assert after.get(("policy", backend), 0) - before.get(("policy", backend), 0) == chosen.count(backend)


def test_flags_keep_their_precedence_over_the_rollout(native: object, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("SARK_ACCEL_POLICY_ROLLOUT", "0")
    assert sark_accel.backend_for("policy", "alice") == "python"  # nobody is in a 0 % rollout
    assert sark_accel.backend_for("policy", None) == "go"  # no principal: the default, as before
    assert sark_accel.backend_for("policy", "alice", backend="go") == "go"  # 1. the argument
    clean_env.setenv("SARK_ACCEL_POLICY_BACKEND", "go")  # 2. the component's flag
    assert sark_accel.backend_for("policy", "alice") == "go"
    clean_env.delenv("SARK_ACCEL_POLICY_BACKEND")
    clean_env.setenv("SARK_ACCEL_BACKEND", "go")  # 3. the global flag
    assert sark_accel.backend_for("policy", "alice") == "go"
    clean_env.setenv("SARK_ACCEL_POLICY_ROLLOUT", "100")
    clean_env.setenv("SARK_ACCEL_BACKEND", "python")
    assert sark_accel.backend_for("policy", "alice") == "python"
    clean_env.delenv("SARK_ACCEL_BACKEND")
    assert sark_accel.backend_for("policy", "alice") == "go"  # everyone is in a 100 % rollout


@pytest.mark.parametrize("value", ["abc", "101", "-5", "5.0", "1_0", "+5", "0x10", "1e2"])
def test_invalid_env_rollout_names_the_variable(clean_env: pytest.MonkeyPatch, value: str) -> None:
    clean_env.setenv("SARK_ACCEL_POLICY_ROLLOUT", value)
    for principal in ("alice", None):  # refused even where it would not decide
        with pytest.raises(InvalidArgument, match="SARK_ACCEL_POLICY_ROLLOUT must be a whole number from 0 to 100"):
            sark_accel.backend_for("policy", principal)


def test_empty_env_rollout_is_unset(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("SARK_ACCEL_POLICY_ROLLOUT", "  ")
    assert _backend.rollout_percent("policy") is None
    assert _backend.rollout_env("anomaly") == "SARK_ACCEL_ANOMALY_ROLLOUT"


def test_principal_in_rollout_falls_back_when_the_extension_is_missing(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("SARK_ACCEL_POLICY_ROLLOUT", "100")
    clean_env.setattr(_native, "module", lambda: None)
    clean_env.setattr(_backend, "_warned", True)  # the one warning is covered by test_foundation
    before = metrics.stats().fallbacks.get(("policy", "native_unavailable"), 0)
    assert sark_accel.backend_for("policy", "alice") == "python"
    assert metrics.stats().fallbacks[("policy", "native_unavailable")] == before + 1
    clean_env.setenv("SARK_ACCEL_POLICY_BACKEND", "go")  # insisting still raises, as before
    with pytest.raises(sark_accel.BackendUnavailable):
        sark_accel.backend_for("policy", "alice")
