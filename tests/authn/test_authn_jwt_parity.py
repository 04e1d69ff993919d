"""Tokens minted by PyJWT for every algorithm and key type, verified by both backends alike."""

from __future__ import annotations

from typing import Any, Callable

import pytest
from authn_helpers import NOW, SECRET, KeyPair, b64, claims, hs256, mint

from sark_accel.authn import Authenticator, JWKKey, PEMKey, Principal, SecretKey

ASYMMETRIC = [
    (name, alg)
    for name, algs in (
        ("rsa", ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512")),
        ("p256", ("ES256",)),
        ("p384", ("ES384",)),
        ("p521", ("ES512",)),
        ("ed25519", ("EdDSA",)),
    )
    for alg in algs
]
FORMS = ["pem", "jwk", "jwks"]

PAYLOAD = claims(
    roles=["reader", "writer"],
    groups="eng",
    teams=["eng", "ops"],
    permissions=["tools:run"],
    jti="t-1",
    nested={"a": [1, 2.5, None, True, {"b": "c"}], "big": 123456789012345678901234567890},
)


def _keys_for(form: str, pair: KeyPair, kid: str) -> dict[str, Any]:
    if form == "pem":
        return {"keys": [PEMKey(pair.public_pem, kid=kid)]}
    jwk = {**pair.public_jwk, "kid": kid}
    if form == "jwk":
        return {"keys": [JWKKey(jwk)]}
    return {"jwks": {"keys": [jwk]}}


def _both(make_auth: Callable[..., Authenticator], **kw: Any) -> list[Authenticator]:
    return [make_auth(b, **kw) for b in ("go", "python")]


def _expected(p: Principal) -> None:
    assert p.id == "alice" and p.via == "jwt" and p.scopes == ()
    assert p.roles == ("reader", "writer")
    assert p.groups == ("eng", "ops")  # groups then teams, in order, without repeats
    assert p.permissions == ("tools:run",)
    assert p.claims["nested"]["a"] == (1, 2.5, None, True, {"b": "c"})  # type: ignore[index]
    assert p.claims["nested"]["big"] == 123456789012345678901234567890  # type: ignore[index]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("name", "alg"), ASYMMETRIC)
def test_asymmetric(native: Any, make_auth: Any, keypairs: dict[str, KeyPair], name: str, alg: str, form: str) -> None:
    pair = keypairs[name]
    token = mint(PAYLOAD, pair.private, alg, kid="k1")
    principals = [a.verify_jwt(token) for a in _both(make_auth, **_keys_for(form, pair, "k1"))]
    assert principals[0] == principals[1]
    _expected(principals[0])


@pytest.mark.parametrize("alg", ["HS256", "HS384", "HS512"])
@pytest.mark.parametrize("form", ["secret", "jwk", "jwks"])
def test_hmac(native: Any, make_auth: Any, alg: str, form: str) -> None:
    oct_jwk = {"kty": "oct", "k": b64(SECRET), "kid": "s1"}
    kw: dict[str, Any] = {
        "secret": {"keys": [SecretKey(SECRET, kid="s1")]},
        "jwk": {"keys": [JWKKey(oct_jwk)]},
        "jwks": {"jwks": {"keys": [oct_jwk]}},
    }[form]
    token = mint(PAYLOAD, SECRET, alg, kid="s1")
    principals = [a.verify_jwt(token) for a in _both(make_auth, **kw)]
    assert principals[0] == principals[1]
    _expected(principals[0])


def test_without_kid_every_key_allowing_the_alg_is_tried(native: Any, make_auth: Any, keypairs: Any) -> None:
    rsa, other = keypairs["rsa"], SecretKey(b"another secret")
    keys = [other, PEMKey(rsa.public_pem), SecretKey(SECRET)]
    for a in _both(make_auth, keys=keys):
        assert a.verify_jwt(mint(claims(), SECRET)).id == "alice"
        assert a.verify_jwt(mint(claims(), rsa.private, "PS384")).id == "alice"


def test_the_cache_answers_a_repeat_and_stops_at_exp(native: Any, make_auth: Any) -> None:
    now = [NOW]
    for a in _both(make_auth, keys=[SecretKey(SECRET)], clock=lambda: now[0]):
        now[0] = NOW
        token = mint(claims(exp=NOW + 10))
        first = a.verify_jwt(token)
        assert a.verify_jwt(token) is first  # from the cache: the same immutable principal
        assert a.stats()["jwt_cache_hits"] == 1 and a.stats()["jwt_verified"] == 1
        now[0] = NOW + 9.5
        assert a.verify_jwt(token) is first
        now[0] = NOW + 10  # now >= exp: never answered from the cache
        with pytest.raises(PermissionError) as exc:
            a.verify_jwt(token)
        assert exc.value.reason == "expired"  # type: ignore[attr-defined]


def test_claim_names_leeway_issuer_audience_type(native: Any, make_auth: Any) -> None:
    kw = dict(
        keys=[SecretKey(SECRET)],
        issuer="https://idp",
        audience=["gw", "api"],
        leeway=30,
        claim_names={"roles": ["realm_roles", "roles"], "groups": "org"},
        token_type="access",
    )
    payload = claims(iss="https://idp", aud=["other", "api"], exp=NOW - 20, typ="access", realm_roles="a",
                     roles=["b", "a"], org=["o"], groups=["ignored"])  # fmt: skip
    got = [a.verify_jwt(mint(payload)) for a in _both(make_auth, **kw)]
    assert got[0] == got[1]
    assert got[0].roles == ("a", "b") and got[0].groups == ("o",) and got[0].permissions == ()


def test_required_claims_can_be_none_and_sub_then_defaults_to_empty(native: Any, make_auth: Any) -> None:
    for a in _both(make_auth, keys=[SecretKey(SECRET)], required_claims=()):
        assert a.verify_jwt(mint({"scope": "x"})).id == ""


def test_numbers_beyond_python_int_digits_read_alike(native: Any, make_auth: Any) -> None:
    token = hs256('{"alg":"HS256"}', '{"sub":"a","big":1' + "0" * 5000 + ',"f":1e400,"n":-0.0}')
    got = [a.verify_jwt(token) for a in _both(make_auth, keys=[SecretKey(SECRET)])]
    assert got[0] == got[1] and got[0].claims["big"] == float("inf") and got[0].claims["f"] == float("inf")
