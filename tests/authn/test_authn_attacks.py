"""The issue's attack matrix: every classic JWT attack is refused, for the same reason, by both backends."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, Callable

from authn_helpers import NOW, SECRET, KeyPair, b64, claims, dumps, hs256, mint
from cryptography.hazmat.primitives.asymmetric import rsa as rsa_keys
from jwt.algorithms import RSAAlgorithm

from sark_accel.authn import AuthenticationError, Authenticator, PEMKey, SecretKey

GOOD_HEADER = '{"alg":"HS256","typ":"JWT"}'


def _flip(segment: str) -> str:
    """The segment with its first character changed (still base64url, still zero trailing bits)."""
    return ("B" if segment[0] == "A" else "A") + segment[1:]


def _hs(alg: str, header: str, payload: str, secret: bytes) -> str:
    signing_input = f"{b64(header.encode())}.{b64(payload.encode())}"
    digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384}[alg]
    return f"{signing_input}.{b64(hmac.new(secret, signing_input.encode(), digest).digest())}"


def _c(**extra: Any) -> dict[str, Any]:
    """Claims that pass _auth()'s issuer and audience, with extra ones."""
    return claims(**{"iss": "https://idp", "aud": "gw", **extra})


def attacks(keypairs: dict[str, KeyPair]) -> list[tuple[str, str, str]]:
    """(name, token, reason) against _auth(): SECRET (kid "s"), the RSA key (kid "r", RS256 only)
    and a second RSA key (kid "r2")."""
    rsa = keypairs["rsa"]
    good = mint(_c(), SECRET, kid="s")
    head, payload, sig = good.split(".")
    out = []
    for none in ("none", "None", "NONE", "nOnE"):
        out.append((f"alg {none}", f"{b64(dumps({'alg': none}).encode())}.{payload}.", "algorithm_not_allowed"))
        out.append((f"alg {none} with kid", f"{b64(dumps({'alg': none, 'kid': 's'}).encode())}.{payload}.",
                    "algorithm_not_allowed"))  # fmt: skip
    # RS/HS confusion: HS256 signed with the RSA public key's PEM text as the secret.
    confusion = _hs("HS256", dumps({"alg": "HS256", "kid": "r"}), dumps(_c()), rsa.public_pem.encode())
    out.append(("hs256 with the rsa pem as secret (kid r)", confusion, "algorithm_not_allowed"))
    no_kid = _hs("HS256", dumps({"alg": "HS256"}), dumps(_c()), rsa.public_pem.encode())
    out.append(("hs256 with the rsa pem as secret (no kid)", no_kid, "bad_signature"))  # tried on SECRET only
    out += [
        ("alg outside the key's list", mint(_c(), rsa.private, "RS512", kid="r"), "algorithm_not_allowed"),
        ("kid of the hmac key on an rsa token", mint(_c(), rsa.private, "RS256", kid="s"), "algorithm_not_allowed"),
        ("kid of another rsa key", mint(_c(), rsa.private, "RS256", kid="r2"), "bad_signature"),
        ("unknown kid", mint(_c(), SECRET, kid="nope"), "unknown_kid"),
        ("expired", mint(_c(exp=NOW - 1), SECRET), "expired"),
        ("expires now", mint(_c(exp=NOW), SECRET), "expired"),
        ("not yet valid", mint(_c(nbf=NOW + 60), SECRET), "not_yet_valid"),
        ("issued in the future", mint(_c(iat=NOW + 60), SECRET), "not_yet_valid"),
        ("wrong iss", mint(_c(iss="https://evil"), SECRET), "wrong_issuer"),
        ("iss not a string", hs256(GOOD_HEADER, '{"sub":"a","iss":["https://idp"],"aud":"gw"}'), "wrong_issuer"),
        ("no iss", mint({"sub": "alice", "aud": "gw"}, SECRET), "missing_claim"),
        ("no aud", mint({"sub": "alice", "iss": "https://idp"}, SECRET), "missing_claim"),
        ("wrong aud", mint(_c(aud="other"), SECRET), "wrong_audience"),
        ("wrong aud list", mint(_c(aud=["a", "b"]), SECRET), "wrong_audience"),
        ("empty aud list", mint(_c(aud=[]), SECRET), "wrong_audience"),
        ("aud list with a number", mint(_c(aud=["gw", 1]), SECRET), "malformed"),
        ("no sub", mint({"iss": "https://idp", "aud": "gw"}, SECRET), "missing_claim"),
        ("null sub", mint(_c(sub=None), SECRET), "missing_claim"),
        ("sub not a string", mint(_c(sub=7), SECRET), "malformed"),
        ("roles of numbers", mint(_c(roles=[1]), SECRET), "malformed"),
        ("stripped signature", f"{head}.{payload}.", "bad_signature"),
        ("tampered signature", f"{head}.{payload}.{_flip(sig)}", "bad_signature"),
        ("payload edited after signing", f"{head}.{b64(dumps(_c(sub='mallory')).encode())}.{sig}", "bad_signature"),
        ("header edited after signing", f"{_flip(head)}.{payload}.{sig}", "malformed"),
        ("invalid base64", f"{head}.{payload[:-1]}!.{sig}", "malformed"),
        ("padding", f"{head}.{payload}=.{sig}", "malformed"),
        ("whitespace", f"{head}.{payload}\n.{sig}", "malformed"),
        ("non-zero trailing bits", f"{head[:-1]}{chr(ord(head[-1]) + 1)}.{payload}.{sig}", "malformed"),
        ("extra segment", f"{good}.{sig}", "malformed"),
        ("two segments", f"{head}.{payload}", "malformed"),
        ("empty", "", "malformed"),
        ("NUL inside", f"{head}.{payload}\x00.{sig}", "malformed"),  # cannot cross to Go as is
        ("lone surrogate inside", f"{head}.\ud800{payload}.{sig}", "malformed"),
        ("10 MB token", "a" * 10_000_000, "malformed"),
        ("duplicate header key", hs256('{"alg":"HS256","alg":"none"}', dumps(_c())), "malformed"),
        ("duplicate claim", hs256(GOOD_HEADER, '{"sub":"alice","sub":"root"}'), "malformed"),
        ("duplicate nested key", hs256(GOOD_HEADER, '{"sub":"a","x":{"k":1,"k":2}}'), "malformed"),
        ("claims an array", hs256(GOOD_HEADER, '["sub"]'), "malformed"),
        ("claims a string", hs256(GOOD_HEADER, '"sub"'), "malformed"),
        ("header an array", hs256('["HS256"]', dumps(_c())), "malformed"),
        ("trailing data", hs256(GOOD_HEADER, dumps(_c()) + " {}"), "malformed"),
        ("exp a string", mint(_c(exp=str(NOW + 60)), SECRET), "malformed"),
        ("exp a boolean", mint(_c(exp=True), SECRET), "malformed"),
        ("exp null", mint(_c(exp=None), SECRET), "malformed"),
        ("exp NaN", hs256(GOOD_HEADER, '{"sub":"a","exp":NaN}'), "malformed"),
        ("exp Infinity", hs256(GOOD_HEADER, '{"sub":"a","exp":Infinity}'), "malformed"),
        ("exp 1e400", hs256(GOOD_HEADER, '{"sub":"a","exp":1e400}'), "malformed"),
        ("exp 10**400", hs256(GOOD_HEADER, '{"sub":"a","exp":1' + "0" * 400 + "}"), "malformed"),
        ("nbf -1e400", hs256(GOOD_HEADER, '{"sub":"a","nbf":-1e400}'), "malformed"),
        ("lone surrogate", hs256(GOOD_HEADER, '{"sub":"a","x":"\\ud800"}'), "malformed"),
        ("invalid utf-8", hs256(GOOD_HEADER.encode(), b'{"sub":"\xff"}'), "malformed"),
        ("utf-16 json", hs256(GOOD_HEADER, dumps(_c()).encode("utf-16")), "malformed"),
        ("33 nested arrays", hs256(GOOD_HEADER, '{"sub":"a","x":' + "[" * 32 + "]" * 32 + "}"), "malformed"),
        ("alg not a string", hs256('{"alg":["HS256"]}', dumps(_c())), "malformed"),
        ("kid not a string", hs256('{"alg":"HS256","kid":1}', dumps(_c())), "malformed"),
        ("crit header", hs256('{"alg":"HS256","crit":["exp"]}', dumps(_c())), "malformed"),
        ("unsupported alg", hs256('{"alg":"HS1"}', dumps(_c())), "algorithm_not_allowed"),
    ]
    return out


def _auth(make_auth: Callable[..., Authenticator], backend: str, keypairs: dict[str, KeyPair]) -> Authenticator:
    other = RSAAlgorithm.to_jwk(rsa_keys.generate_private_key(public_exponent=65537, key_size=2048).public_key())
    keys = [SecretKey(SECRET, kid="s"), PEMKey(keypairs["rsa"].public_pem, kid="r", algorithms=("RS256",))]
    return make_auth(backend, keys=keys, jwks=f'{{"keys":[{other[:-1]},"kid":"r2"}}]}}', issuer="https://idp",
                     audience="gw")  # fmt: skip


def test_attack_matrix_same_reason_on_both_backends(native: Any, make_auth: Any, keypairs: Any) -> None:
    auths = [_auth(make_auth, b, keypairs) for b in ("go", "python")]
    fine = mint(_c(), SECRET, kid="s")
    for a in auths:
        assert a.verify_jwt(fine).id == "alice"  # the configuration accepts a good token
    failures = []
    for name, token, reason in attacks(keypairs):
        for a in auths:
            try:
                a.verify_jwt(token)
                failures.append(f"{a.backend}: {name}: accepted")
            except AuthenticationError as exc:
                if exc.reason != reason:
                    failures.append(f"{a.backend}: {name}: {exc.reason}, want {reason}")
                if len(token) > 16 and token[-16:] in str(exc):
                    failures.append(f"{a.backend}: {name}: the message holds the token")
    assert not failures, "\n".join(failures)


def test_32_nested_levels_are_accepted(native: Any, make_auth: Any) -> None:
    token = hs256(GOOD_HEADER, '{"sub":"a","x":' + "[" * 31 + "]" * 31 + "}")
    for b in ("go", "python"):
        assert make_auth(b, keys=[SecretKey(SECRET)]).verify_jwt(token).claims["x"] is not None
