"""The types both credentials backends share: the principal, key specs, and the backend Protocol."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Callable, Literal, Mapping, Optional, Protocol, Union

#: An injected clock: a callable returning seconds since the epoch (wall-clock time).
Clock = Callable[[], float]

Via = Literal["jwt", "api_key"]

_EMPTY: Mapping[str, object] = MappingProxyType({})


def freeze(value: object) -> object:
    """A JSON value made immutable: objects become read-only mappings, lists tuples."""
    if isinstance(value, dict):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def frozen_claims(claims: Mapping[str, object]) -> Mapping[str, object]:
    """Verified claims, read-only all the way down."""
    return MappingProxyType({k: freeze(v) for k, v in claims.items()})


@dataclass(frozen=True)
class Principal:
    """Who a credential belongs to: what the gateway's policy input needs.

    ``id`` is the token's ``sub`` or the API key's principal; ``roles``, ``groups`` and
    ``permissions`` come from the configured claims (JWTs only); ``scopes`` are the API key's;
    ``claims`` is the verified payload (read-only; objects as mappings, lists as tuples; empty
    for API keys). Answers from the caches may be the same object.
    """

    id: str
    via: Via
    roles: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    permissions: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()
    claims: Mapping[str, object] = field(default=_EMPTY, hash=False)


@dataclass(frozen=True)
class SecretKey:
    """A shared HMAC secret; ``algorithms`` defaults to HS256, HS384 and HS512."""

    secret: bytes
    kid: str = ""
    algorithms: tuple[str, ...] = ()


@dataclass(frozen=True)
class PEMKey:
    """A PEM public key (``PUBLIC KEY``, ``RSA PUBLIC KEY`` or a ``CERTIFICATE``).

    ``algorithms`` defaults to every algorithm of the key's type (RSA: RS*/PS*; EC: the ES of
    its curve; Ed25519: EdDSA) and must be a subset of them.
    """

    pem: Union[str, bytes]
    kid: str = ""
    algorithms: tuple[str, ...] = ()


@dataclass(frozen=True)
class JWKKey:
    """One JSON Web Key (a mapping or its JSON text); the kid is the JWK's own.

    Without ``algorithms`` the allow-list is the JWK's ``alg``, else every algorithm of its type.
    Private members are ignored: only the public key is kept.
    """

    jwk: Union[Mapping[str, object], str]
    algorithms: tuple[str, ...] = ()


KeySpec = Union[SecretKey, PEMKey, JWKKey]


@dataclass(frozen=True)
class Options:
    """The validated options of an Authenticator; both backends take exactly these."""

    keys: tuple[KeySpec, ...]
    jwks: Optional[str]  # an inline JWKS document's JSON text
    jwks_url: Optional[str]
    jwks_timeout: float
    jwks_refresh: float
    jwks_min_refresh: float
    issuer: Optional[str]
    audience: tuple[str, ...]
    leeway: float
    required_claims: tuple[str, ...]
    token_type: Optional[str]
    claim_names: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]  # roles, groups, permissions
    max_token_bytes: int
    cache_size: int
    cache_ttl: float
    bcrypt_slots: Optional[int]
    clock: Optional[Clock]


@dataclass(frozen=True)
class APIKeyRecord:
    """A registered API key as SARK stores it (a bcrypt hash, never the key)."""

    prefix: str
    bcrypt_hash: str
    principal: str
    scopes: tuple[str, ...]
    expires_at: Optional[float]  # seconds since the epoch; None: never
    active: bool


class AuthnBackend(Protocol):
    """What ``Authenticator`` delegates to: ``PythonAuthnBackend`` or ``GoAuthnBackend``."""

    def verify_jwt(self, token: str) -> Principal: ...

    def verify_api_key(self, key: str, scope: Optional[str]) -> Principal: ...

    def add_key(self, record: APIKeyRecord) -> None: ...

    def remove_key(self, prefix: str) -> bool: ...

    def revoke(self, jti: str) -> None: ...

    def revoke_token(self, token: str) -> None: ...

    def stats(self) -> dict[str, int]: ...

    def close(self) -> None: ...
