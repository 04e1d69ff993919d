"""Gradual rollout: a stable share of principals per component, bucketed exactly as SARK does.

SARK (``sark.services.feature_flags.FeatureFlagManager.should_use_rust``) puts a user in a
feature's rollout when ``int(md5(f"{feature}:{user_id}").hexdigest(), 16) % 100 < percent``.
Using the same hash and the same feature names keeps a SARK deployment's cohorts: a principal
who was on the compiled path at 10 % stays on it here at 10 %, and at every higher share.

SARK names two features, ``rust_opa`` (the policy engine) and ``rust_cache``. The other
components have no SARK feature; they follow its pattern, ``rust_<component>`` (an
assumption: change :data:`FEATURES` if a SARK release names them otherwise).
"""

from __future__ import annotations

import hashlib

from .errors import InvalidArgument

#: The SARK feature name of each component: the first half of the hashed ``feature:user`` text.
FEATURES: dict[str, str] = {
    "policy": "rust_opa",
    "cache": "rust_cache",
    "injection": "rust_injection",
    "mcp": "rust_mcp",
    "anomaly": "rust_anomaly",
    "authn": "rust_authn",
    "gateway": "rust_gateway",
}


def feature(component: str) -> str:
    """The SARK feature name that buckets ``component``'s rollout."""
    try:
        return FEATURES[component]
    except (KeyError, TypeError):
        known = ", ".join(FEATURES)
        raise InvalidArgument(f"no rollout feature for component {component!r}; one of: {known}") from None


def check_percent(percent: object, source: str = "percent") -> int:
    """A whole percentage 0-100 (SARK's range), else :class:`~sark_accel.errors.InvalidArgument`."""
    if type(percent) is not int:  # bool is an int subclass: refuse it too
        raise InvalidArgument(f"{source} must be a whole number from 0 to 100, got {percent!r}")
    if not 0 <= percent <= 100:
        raise InvalidArgument(f"{source} must be from 0 to 100, got {percent}")
    return percent


def bucket(component: str, principal_id: str) -> int:
    """The principal's stable bucket 0-99 for ``component``: in the rollout when below the percent."""
    if not isinstance(principal_id, str):
        raise TypeError(f"principal_id must be a str, not {type(principal_id).__name__}")
    # SARK encodes with str.encode(), which refuses lone surrogates; surrogatepass gives such
    # ids (which SARK cannot bucket at all) a bucket instead of an error.
    text = f"{feature(component)}:{principal_id}".encode("utf-8", "surrogatepass")
    return int(hashlib.md5(text, usedforsecurity=False).hexdigest(), 16) % 100


def rollout(component: str, principal_id: str, percent: int) -> bool:
    """True when ``principal_id`` is in the first ``percent`` % of ``component``'s rollout.

    Stable per principal and monotonic in ``percent``; the same answer as SARK's
    ``should_use_rust(feature, user_id)`` at that rollout percentage.
    """
    return bucket(component, principal_id) < check_percent(percent)
