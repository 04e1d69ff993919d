"""The types both credentials backends share: the principal, key specs, and the backend Protocol."""

from __future__ import annotations

import json
from dataclasses import dataclass
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
    """Verified claims, read-only all the way down (scalars, most claims, skip the call)."""
    return MappingProxyType({k: freeze(v) if type(v) in (dict, list) else v for k, v in claims.items()})


class Principal:
    """Who a credential belongs to: what the gateway's policy input needs. Immutable.

    ``id`` is the token's ``sub`` or the API key's principal; ``roles``, ``groups`` and
    ``permissions`` come from the configured claims (JWTs only); ``scopes`` are the API key's;
    ``claims`` is the verified payload (read-only; objects as mappings, lists as tuples; empty
    for API keys), built on first access: a gateway that only reads the lists never pays for it.
    Answers from the caches may be the same object.
    """

    __slots__ = ("id", "via", "roles", "groups", "permissions", "scopes", "_claims", "_source")

    id: str
    via: Via
    roles: tuple[str, ...]
    groups: tuple[str, ...]
    permissions: tuple[str, ...]
    scopes: tuple[str, ...]
    _claims: Optional[Mapping[str, object]]
    _source: Union[str, dict[str, object], None]  # the claims' JSON text, or the parsed claims

    def __init__(
        self,
        id: str,
        via: Via,
        roles: tuple[str, ...] = (),
        groups: tuple[str, ...] = (),
        permissions: tuple[str, ...] = (),
        scopes: tuple[str, ...] = (),
        claims: Union[str, Mapping[str, object], None] = None,
    ) -> None:
        source = dict(claims) if claims is not None and not isinstance(claims, str) else claims
        for name, value in zip(
            self.__slots__, (id, via, roles, groups, permissions, scopes, None, source), strict=True
        ):
            object.__setattr__(self, name, value)

    @property
    def claims(self) -> Mapping[str, object]:
        c = self._claims
        if c is None:  # two threads may both build it: the same value, harmless
            src = self._source
            c = _EMPTY if src is None else frozen_claims(_decode(src) if isinstance(src, str) else src)
            object.__setattr__(self, "_claims", c)
        return c

    def _key(self) -> tuple[object, ...]:
        return (self.id, self.via, self.roles, self.groups, self.permissions, self.scopes)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Principal):
            return NotImplemented
        return self._key() == other._key() and self.claims == other.claims

    def __hash__(self) -> int:
        return hash(self._key())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Principal is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Principal is immutable: cannot delete {name!r}")

    def __reduce__(self) -> tuple[object, ...]:
        return (Principal, (*self._key(), _thaw(self.claims)))

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{n}={getattr(self, n)!r}" for n in ("id", "via", "roles", "groups", "permissions", "scopes")
        )
        return f"Principal({fields}, claims={dict(self.claims)!r})"


def _decode(text: str) -> dict[str, object]:
    from ._token import load_json

    try:  # Go refused duplicate names and NaN already: the plain decoder is enough
        value: dict[str, object] = json.loads(text)
    except ValueError:  # an integer beyond Python's 4,300 digits: read as the python backend reads it
        value = load_json(text)
    return value


def _thaw(value: object) -> object:
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


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
