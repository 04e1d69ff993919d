"""Verification keys typed when built, with their algorithm allow-lists (go/authn/keys.go).

An explicit allow-list must fit the key's type, so ``none`` is never listed and an HMAC
algorithm only ever meets a secret given as one: no RS/HS confusion. Signatures are checked by
PyJWT's algorithm objects (and cryptography for PSS, which Go verifies with any salt length).
"""

from __future__ import annotations

import json
from typing import Any, Callable, Iterable, NamedTuple, Optional, Union

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from jwt.algorithms import ECAlgorithm, HMACAlgorithm, OKPAlgorithm, RSAAlgorithm

from ..errors import InvalidArgument
from ._types import JWKKey, KeySpec, PEMKey, SecretKey

SUPPORTED = (
    "HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
    "ES256", "ES384", "ES512", "EdDSA",
)  # fmt: skip

PublicKey = Union[bytes, rsa.RSAPublicKey, ec.EllipticCurvePublicKey, ed25519.Ed25519PublicKey]


class Key(NamedTuple):
    kid: str
    algs: tuple[str, ...]
    key: PublicKey


def invalid(detail: str) -> InvalidArgument:
    return InvalidArgument("option: " + detail)


_CURVES = {"secp256r1": ("ES256",), "secp384r1": ("ES384",), "secp521r1": ("ES512",)}


def fits(key: object) -> tuple[str, ...]:
    """The algorithms a key of this type may verify (empty: unsupported type)."""
    if isinstance(key, bytes):
        return ("HS256", "HS384", "HS512")
    if isinstance(key, rsa.RSAPublicKey):
        return ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512")
    if isinstance(key, ec.EllipticCurvePublicKey):
        return _CURVES.get(key.curve.name, ())
    if isinstance(key, ed25519.Ed25519PublicKey):
        return ("EdDSA",)
    return ()


def new_key(kid: str, key: Any, algs: Iterable[str]) -> Key:
    fit = fits(key)
    if not fit:
        raise invalid("unsupported key type")
    algs = tuple(algs)
    for a in algs:
        if a.lower() == "none" or a not in fit:
            raise invalid(f"algorithm {a} does not fit the key")
    return Key(kid, algs or fit, key)


def _public(key: Any) -> Any:
    return key.public_key() if hasattr(key, "public_key") else key


def from_pem(kid: str, pem: Union[str, bytes], algs: Iterable[str]) -> Key:
    data = pem.encode("utf-8") if isinstance(pem, str) else pem
    try:
        if b"-----BEGIN CERTIFICATE-----" in data and b"PUBLIC KEY-----" not in data:
            pub: Any = x509.load_pem_x509_certificate(data).public_key()
        else:
            pub = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise invalid(f"PEM public key: {type(exc).__name__}") from None
    return new_key(kid, pub, algs)


_FROM_JWK = {"RSA": RSAAlgorithm.from_jwk, "EC": ECAlgorithm.from_jwk, "OKP": OKPAlgorithm.from_jwk}


def from_jwk(data: dict[str, Any], algs: Iterable[str], allow_secrets: bool) -> Key:
    if not isinstance(data, dict):
        raise invalid("JWK is not an object")
    kty, use, alg, kid = data.get("kty"), data.get("use", ""), data.get("alg", ""), data.get("kid", "")
    if not all(isinstance(v, str) for v in (kty, use, alg, kid)):
        raise invalid("JWK member of the wrong type")
    if data.get("x5u"):
        raise invalid("JWK x5u is not fetched")
    if kty == "oct" and not allow_secrets:
        raise invalid("JWK secret from a URL")
    if use and use != "sig":
        raise invalid("JWK use is not sig")
    try:
        if kty == "oct":
            key: Any = HMACAlgorithm.from_jwk(data)
            if not key:
                raise ValueError("empty secret")
        elif kty in _FROM_JWK:
            key = _public(_FROM_JWK[kty](data))
        else:
            raise ValueError("unsupported kty")
    except Exception as exc:  # PyJWT raises InvalidKeyError, ValueError, KeyError ... on bad members
        raise invalid(f"JWK: {type(exc).__name__}") from None
    algs = tuple(algs)
    if not algs and alg:
        algs = (alg,)
    return new_key(kid, key, algs)


def parse_jwks(text: Union[str, bytes], fetched: bool) -> list[Key]:
    """The keys of a JWKS document. Inline sets are strict; a fetched set skips unusable keys."""
    try:
        doc = json.loads(text)
        keys = doc["keys"] if isinstance(doc, dict) else None
    except (ValueError, KeyError):
        keys = None
    if not isinstance(keys, list):
        raise invalid('JWKS: not a {"keys": [...]} document')
    out = []
    for item in keys:
        try:
            out.append(from_jwk(item, (), allow_secrets=not fetched))
        except InvalidArgument:
            if not fetched:
                raise
    return out


def build(spec: KeySpec) -> Key:
    if isinstance(spec, SecretKey):
        if not spec.secret:
            raise invalid("empty HMAC secret")
        return new_key(spec.kid, bytes(spec.secret), spec.algorithms)
    if isinstance(spec, PEMKey):
        return from_pem(spec.kid, spec.pem, spec.algorithms)
    assert isinstance(spec, JWKKey) and isinstance(spec.jwk, str)
    try:
        data = json.loads(spec.jwk)
    except ValueError:
        raise invalid("JWK is not JSON") from None
    return from_jwk(data, spec.algorithms, allow_secrets=True)


class KeySet:
    """Immutable; a change builds a new one. Kids are unique across the whole set."""

    def __init__(self, *groups: list[Key]) -> None:
        self.by_kid: dict[str, Key] = {}
        self.all: list[Key] = []
        for keys in groups:
            for k in keys:
                if k.kid:
                    if k.kid in self.by_kid:
                        raise invalid(f"duplicate kid {k.kid}")
                    self.by_kid[k.kid] = k
                self.all.append(k)

    def candidates(self, kid: str, alg: str) -> Optional[list[Key]]:
        """The keys to try for (kid, alg); None when kid names no key."""
        if kid:
            k = self.by_kid.get(kid)
            if k is None:
                return None
            return [k] if alg in k.algs else []
        return [k for k in self.all if alg in k.algs]


_HASHES: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    "256": hashes.SHA256,
    "384": hashes.SHA384,
    "512": hashes.SHA512,
}
_HMAC = {f"HS{n}": HMACAlgorithm(getattr(HMACAlgorithm, f"SHA{n}")) for n in _HASHES}
_RSA = {f"RS{n}": RSAAlgorithm(getattr(RSAAlgorithm, f"SHA{n}")) for n in _HASHES}
_EC = {f"ES{n}": ECAlgorithm(getattr(ECAlgorithm, f"SHA{n}")) for n in _HASHES}
_OKP = OKPAlgorithm()


def _verify_pss(alg: str, message: bytes, key: rsa.RSAPublicKey, signature: bytes) -> bool:
    # golang-jwt verifies PS* with rsa.PSSSaltLengthAuto; PyJWT would insist on the hash's length.
    h = _HASHES[alg[2:]]()
    try:
        key.verify(signature, message, padding.PSS(mgf=padding.MGF1(h), salt_length=padding.PSS.AUTO), h)
    except InvalidSignature:
        return False
    return True


def verify(alg: str, message: bytes, key: PublicKey, signature: bytes) -> bool:
    """Whether ``signature`` is ``alg``'s over ``message`` with ``key`` (whose type fits ``alg``)."""
    if isinstance(key, rsa.RSAPublicKey):
        if len(signature) != (key.key_size + 7) // 8:  # Go refuses a signature shorter than the modulus
            return False
        if alg.startswith("PS"):
            return _verify_pss(alg, message, key, signature)
    method: Any = _HMAC.get(alg) or _RSA.get(alg) or _EC.get(alg) or (_OKP if alg == "EdDSA" else None)
    if method is None:
        return False
    try:
        return bool(method.verify(message, key, signature))
    except (ValueError, TypeError):  # e.g. an ECDSA signature of the wrong length
        return False
