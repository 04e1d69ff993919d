"""Random claim sets, signed correctly: both backends give the same principal or the same reason."""

from __future__ import annotations

from typing import Any

from authn_helpers import NOW, SECRET, dumps, hs256
from hypothesis import given, settings
from hypothesis import strategies as st

from sark_accel.authn import AuthenticationError, Authenticator, SecretKey

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([NOW - 5, NOW, NOW + 5, 1e300, -1e300]),
    st.text(max_size=8),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=8,
)
_names = st.sampled_from(
    ["sub", "iss", "aud", "exp", "nbf", "iat", "jti", "roles", "groups", "teams", "permissions", "typ", "x"]
)


def _outcome(a: Authenticator, token: str) -> Any:
    try:
        return a.verify_jwt(token)
    except AuthenticationError as exc:
        return exc.reason


@settings(max_examples=300, deadline=None)
@given(
    claims=st.dictionaries(_names, _values, max_size=8),
    valid_base=st.booleans(),
    leeway=st.sampled_from([0, 5]),
)
def test_random_claims_same_outcome_on_both_backends(
    native: Any, claims: dict[str, Any], valid_base: bool, leeway: int
) -> None:
    if valid_base:  # half the cases start from an accepted claim set, so principals are compared too
        claims = {"sub": "s", "iss": "i", "aud": "a", "typ": "t", "roles": ["r"], **claims}
    token = hs256('{"alg":"HS256"}', dumps(claims))
    kw: dict[str, Any] = dict(keys=[SecretKey(SECRET)], issuer="i", audience=["a", "b"], leeway=leeway,
                              token_type="t", clock=lambda: NOW)  # fmt: skip
    outcomes = []
    for backend in ("go", "python"):
        with Authenticator(backend=backend, **kw) as a:
            outcomes.append(_outcome(a, token))
            outcomes.append(_outcome(a, token))  # again: the cache answers alike
    assert outcomes[0] == outcomes[1] == outcomes[2] == outcomes[3], outcomes
