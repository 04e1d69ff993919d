"""The engine contract on both backends: options, close()/Closed, 8 threads, the missing extra."""

from __future__ import annotations

import sys
import threading
from typing import Any

import bcrypt
import pytest
from authn_helpers import NOW, SECRET, claims, mint

from sark_accel.authn import AuthenticationError, Authenticator, JWKKey, PEMKey, SecretKey
from sark_accel.errors import BackendUnavailable, Closed, InvalidArgument

KEY = "sark_sk_test_abcd-f_h_" + "s" * 42 + "-"


def test_backend_is_keyword_only() -> None:
    with pytest.raises(TypeError, match="keyword-only"):
        Authenticator("python")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kw", "error"),
    [
        ({"keys": [SecretKey(SECRET, algorithms=("RS256",))]}, InvalidArgument),
        ({"keys": [SecretKey(SECRET, algorithms=("none",))]}, InvalidArgument),
        ({"keys": [SecretKey(b"")]}, InvalidArgument),
        ({"keys": [PEMKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")]}, InvalidArgument),
        ({"keys": [PEMKey("not a pem")]}, InvalidArgument),
        ({"keys": [JWKKey({"kty": "RSA", "n": "AQAB"})]}, InvalidArgument),
        ({"keys": [JWKKey({"kty": "oct", "k": "c2VjcmV0", "use": "enc"})]}, InvalidArgument),
        ({"keys": [JWKKey({"kty": "oct", "k": "c2VjcmV0", "alg": "RS256"})]}, InvalidArgument),
        ({"keys": [SecretKey(SECRET, kid="a"), SecretKey(SECRET, kid="a")]}, InvalidArgument),
        ({"jwks": {"keys": [{"kty": "RSA"}]}}, InvalidArgument),
        ({"jwks": {"nokeys": []}}, InvalidArgument),
        ({"jwks_url": "file:///etc/passwd"}, InvalidArgument),
        ({"leeway": -1}, InvalidArgument),
        ({"leeway": float("nan")}, InvalidArgument),
        ({"max_token_bytes": 0}, InvalidArgument),
        ({"cache_size": -1}, InvalidArgument),
        ({"bcrypt_slots": 0}, InvalidArgument),
        ({"claim_names": {"scopes": ["x"]}}, InvalidArgument),
        ({"keys": SecretKey(SECRET)}, TypeError),
        ({"keys": [b"secret"]}, TypeError),
        ({"audience": 5}, TypeError),
        ({"required_claims": "sub"}, None),  # a lone str is one claim name
        ({"leeway": True}, TypeError),
    ],
)
def test_options_are_refused_alike(native: Any, backend: str, kw: dict[str, Any], error: Any) -> None:
    if error is None:
        Authenticator(backend=backend, **kw).close()
        return
    with pytest.raises(error):
        Authenticator(backend=backend, **kw)


def test_close_then_every_call_raises_closed(native: Any, backend: str) -> None:
    a = Authenticator(backend=backend, keys=[SecretKey(SECRET)], clock=lambda: NOW)
    token = mint(claims())
    assert a.verify_jwt(token).id == "alice"
    a.close()
    a.close()  # idempotent
    for call in (
        lambda: a.verify_jwt(token),
        lambda: a.verify_api_key(KEY),
        lambda: a.authenticate("Bearer " + token),
        lambda: a.add_key("abcd-f_h", "$2b$04$" + "a" * 53, "p"),
        lambda: a.remove_key("abcd-f_h"),
        lambda: a.revoke("j"),
        lambda: a.revoke_token(token),
        a.stats,
    ):
        with pytest.raises(Closed):
            call()
    with Authenticator(backend=backend) as b:
        assert b.stats()["jwt_verified"] == 0
    with pytest.raises(Closed):
        b.stats()


def test_revocation_takes_effect_at_once(native: Any, backend: str) -> None:
    a = Authenticator(backend=backend, keys=[SecretKey(SECRET)], clock=lambda: NOW)
    by_jti, by_token = mint(claims(jti="j-1")), mint(claims(jti="j-2"))
    for t in (by_jti, by_token):
        assert a.verify_jwt(t).id == "alice"  # cached now
    a.revoke("j-1")
    a.revoke_token(by_token)
    for t in (by_jti, by_token):
        with pytest.raises(AuthenticationError) as exc:
            a.verify_jwt(t)
        assert exc.value.reason == "revoked"
    assert a.verify_jwt(mint(claims(jti="j-3"))).id == "alice"
    with pytest.raises(InvalidArgument):
        a.revoke("")
    a.close()


def test_authenticate_reads_bearer_headers_and_raw_credentials(native: Any, backend: str) -> None:
    a = Authenticator(backend=backend, keys=[SecretKey(SECRET)], clock=lambda: NOW)
    a.add_key("abcd-f_h", bcrypt.hashpw(KEY.encode(), bcrypt.gensalt(4)), "svc", ["x"])
    token = mint(claims())
    for credential, via in [(token, "jwt"), ("Bearer " + token, "jwt"), ("bearer  " + token, "jwt"),
                            (KEY, "api_key"), ("Bearer " + KEY, "api_key")]:  # fmt: skip
        assert a.authenticate(credential).via == via
    for bad in ["Basic " + token, "Bearer", "", "sark_sk_"]:
        with pytest.raises(AuthenticationError) as exc:
            a.authenticate(bad)
        assert exc.value.reason == "malformed"
    with pytest.raises(TypeError):
        a.authenticate(None)  # type: ignore[arg-type]
    a.close()


def test_8_threads_mixed_good_and_bad_credentials(native: Any, backend: str) -> None:
    a = Authenticator(backend=backend, keys=[SecretKey(SECRET)], clock=lambda: NOW, bcrypt_slots=8, cache_size=64)
    a.add_key("abcd-f_h", bcrypt.hashpw(KEY.encode(), bcrypt.gensalt(4)), "svc", ["x"])
    cases = [(mint(claims(sub=f"user-{i}")), f"user-{i}") for i in range(100)]
    cases += [(mint(claims(sub="x", exp=NOW - 1)), "expired"), (mint(claims(), b"wrong" * 8), "bad_signature")]
    cases += [(KEY, "svc"), (KEY[:-1] + "_", "unknown_key"), ("x.y.z", "malformed")]
    errors: list[str] = []
    start = threading.Barrier(8)

    def work(t: int) -> None:
        start.wait()
        for i in range(300):
            credential, want = cases[(i * 7 + t) % len(cases)]
            try:
                got = a.authenticate(credential).id
            except AuthenticationError as exc:
                got = exc.reason
            if got != want:
                errors.append(f"thread {t}: {got} != {want}")

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors, errors[:5]
    s = a.stats()
    assert s["jwt_verified"] + s["jwt_cache_hits"] + s["jwt_refused"] > 0
    a.close()


def test_python_backend_without_the_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m.startswith("sark_accel.authn._") and m != "sark_accel.authn._types"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "bcrypt", None)  # as if not installed
    with pytest.raises(BackendUnavailable, match=r"sark-accel\[authn\]"):
        Authenticator(backend="python")


def test_strings_that_cannot_cross_to_go_are_handled_alike(native: Any, backend: str) -> None:
    with Authenticator(backend=backend, keys=[SecretKey(SECRET)], clock=lambda: NOW) as a:
        a.revoke_token("a\x00b")
        a.revoke_token("\ud800")
        assert a.remove_key("\ud800") is False and a.remove_key("a\x00b") is False
        for jti in ("\x00", "x\udc00"):
            with pytest.raises(InvalidArgument):
                a.revoke(jti)
        for key in ("sark_sk_\x00", "sark_sk_\ud800"):
            with pytest.raises(AuthenticationError) as exc:
                a.verify_api_key(key)
            assert exc.value.reason == "malformed"
        assert a.stats()["api_key_refused"] == 2
