"""Key material and token minting shared by the credentials tests (keys are made once per session).

The fixtures are registered by conftest.py."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from jwt.algorithms import ECAlgorithm, OKPAlgorithm, RSAAlgorithm

from sark_accel.authn import Authenticator

SECRET = b"0123456789abcdef" * 4 + b"-hmac"  # long enough for HS512
NOW = 1_800_000_000.0  # the injected clock of tests that need one


@dataclass(frozen=True)
class KeyPair:
    private: Any  # what PyJWT signs with
    public_pem: str
    public_jwk: dict[str, Any]
    algs: tuple[str, ...]


def _pem(key: Any) -> str:
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


@pytest.fixture(scope="session")
def keypairs() -> dict[str, KeyPair]:
    """One key per asymmetric type: rsa (2048), p256, p384, p521, ed25519."""
    out = {}
    r = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    out["rsa"] = KeyPair(r, _pem(r), RSAAlgorithm.to_jwk(r.public_key(), as_dict=True),
                         ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512"))  # fmt: skip
    for name, curve, alg in (("p256", ec.SECP256R1(), "ES256"), ("p384", ec.SECP384R1(), "ES384"),
                             ("p521", ec.SECP521R1(), "ES512")):  # fmt: skip
        k = ec.generate_private_key(curve)
        out[name] = KeyPair(k, _pem(k), ECAlgorithm.to_jwk(k.public_key(), as_dict=True), (alg,))
    e = ed25519.Ed25519PrivateKey.generate()
    out["ed25519"] = KeyPair(e, _pem(e), OKPAlgorithm.to_jwk(e.public_key(), as_dict=True), ("EdDSA",))
    return out


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hs256(header: bytes | str, payload: bytes | str, secret: bytes = SECRET) -> str:
    """A token over exactly these header and payload bytes (for JSON PyJWT would not write)."""
    h = header.encode() if isinstance(header, str) else header
    p = payload.encode() if isinstance(payload, str) else payload
    signing_input = f"{b64(h)}.{b64(p)}"
    sig = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64(sig)}"


def claims(**extra: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"sub": "alice", "iat": NOW - 10, "exp": NOW + 600}
    base.update(extra)
    return base


def mint(payload: dict[str, Any], key: Any = SECRET, alg: str = "HS256", **headers: Any) -> str:
    return jwt.encode(payload, key, algorithm=alg, headers=headers or None)


def dumps(obj: Any) -> str:
    return json.dumps(obj, separators=(",", ":"))


@pytest.fixture
def make_auth() -> Iterator[Callable[..., Authenticator]]:
    """Authenticator(**kw) with a fixed clock by default, closed after the test."""
    made: list[Authenticator] = []

    def make(backend: str, **kw: Any) -> Authenticator:
        kw.setdefault("clock", lambda: NOW)
        a = Authenticator(backend=backend, **kw)
        made.append(a)
        return a

    yield make
    for a in made:
        a.close()
