"""Checking the Authenticator's options and API key records, once, for both backends."""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone
from typing import Iterable, Mapping, Optional, Union

from ..errors import InvalidArgument
from ._types import APIKeyRecord, Clock, JWKKey, KeySpec, Options, PEMKey, SecretKey

DEFAULT_CLAIM_NAMES = (("roles",), ("groups", "teams"), ("permissions",))
_CLAIM_LISTS = ("roles", "groups", "permissions")
_MAX_SECONDS = 100 * 365 * 86400.0  # a duration beyond a century is a mistake, and overflows Go's int64 ns


def _strings(value: object, name: str) -> tuple[str, ...]:
    """A str or an iterable of str as a tuple (a lone str is one item, not its characters)."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, (bytes, Mapping)) or not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a str or an iterable of str, not {type(value).__name__}")
    out = tuple(value)
    for item in out:
        if not isinstance(item, str):
            raise TypeError(f"{name} must hold str, not {type(item).__name__}")
    return out


def seconds(value: object, name: str, positive: bool = False) -> float:
    """A duration in seconds, rounded to the nanosecond as Go holds it, read back as Go reads it."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, not {type(value).__name__}")
    v = float(value)
    if not math.isfinite(v) or v < 0 or v > _MAX_SECONDS or (positive and v == 0):
        raise InvalidArgument(f"{name} must be {'> 0' if positive else '>= 0'} seconds and finite, got {value!r}")
    ns = round(v * 1e9)
    return ns // 1_000_000_000 + (ns % 1_000_000_000) / 1e9  # as Go's Duration.Seconds() computes it


def _count(value: object, name: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum or value > 1 << 31:
        raise InvalidArgument(f"{name} must be at least {minimum}, got {value}")
    return value


def _key(spec: object) -> KeySpec:
    if isinstance(spec, SecretKey):
        if not isinstance(spec.secret, (bytes, bytearray)):
            raise TypeError("SecretKey.secret must be bytes")
        key: KeySpec = SecretKey(bytes(spec.secret), spec.kid, _strings(spec.algorithms, "algorithms"))
    elif isinstance(spec, PEMKey):
        if not isinstance(spec.pem, (str, bytes)):
            raise TypeError("PEMKey.pem must be str or bytes")
        key = PEMKey(spec.pem, spec.kid, _strings(spec.algorithms, "algorithms"))
    elif isinstance(spec, JWKKey):
        text = spec.jwk if isinstance(spec.jwk, str) else json.dumps(dict(spec.jwk))
        key = JWKKey(text, _strings(spec.algorithms, "algorithms"))
    else:
        raise TypeError(f"keys must hold SecretKey, PEMKey or JWKKey, not {type(spec).__name__}")
    if not isinstance(getattr(key, "kid", ""), str):
        raise TypeError("kid must be a str")
    return key


def _claim_names(value: Optional[Mapping[str, object]]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    if value is None:
        return DEFAULT_CLAIM_NAMES
    if not isinstance(value, Mapping):
        raise TypeError("claim_names must be a mapping of roles/groups/permissions to claim names")
    unknown = set(value) - set(_CLAIM_LISTS)
    if unknown:
        raise InvalidArgument(f"claim_names: unknown list {sorted(unknown)[0]!r} (roles, groups, permissions)")
    roles, groups, perms = (
        _strings(value[n], f"claim_names[{n!r}]") if n in value else default
        for n, default in zip(_CLAIM_LISTS, DEFAULT_CLAIM_NAMES, strict=True)
    )
    return roles, groups, perms


def make_options(
    keys: Iterable[KeySpec],
    jwks: Union[Mapping[str, object], str, None],
    jwks_url: Optional[str],
    issuer: Optional[str],
    audience: Union[str, Iterable[str], None],
    leeway: float,
    required_claims: Iterable[str],
    claim_names: Optional[Mapping[str, object]],
    max_token_bytes: int,
    cache_size: int,
    cache_ttl: float,
    token_type: Optional[str],
    bcrypt_slots: Optional[int],
    jwks_timeout: float,
    jwks_refresh: float,
    jwks_min_refresh: float,
    clock: Optional[Clock],
) -> Options:
    """Check every option; wrong types raise TypeError, unacceptable values InvalidArgument."""
    if isinstance(keys, (str, bytes, Mapping)) or not isinstance(keys, Iterable):
        raise TypeError("keys must be an iterable of SecretKey, PEMKey or JWKKey")
    if jwks is not None and not isinstance(jwks, (str, Mapping)):
        raise TypeError("jwks must be a JWKS document (a mapping or its JSON text)")
    for name, v in (("jwks_url", jwks_url), ("issuer", issuer), ("token_type", token_type)):
        if v is not None and not isinstance(v, str):
            raise TypeError(f"{name} must be a str or None")
    if jwks_url and not jwks_url.startswith(("http://", "https://")):
        raise InvalidArgument("jwks_url must be an http:// or https:// URL")
    if clock is not None and not callable(clock):
        raise TypeError("clock must be a callable returning seconds since the epoch")
    return Options(
        keys=tuple(_key(k) for k in keys),
        jwks=(jwks if isinstance(jwks, str) else json.dumps(dict(jwks))) if jwks is not None else None,
        jwks_url=jwks_url or None,
        jwks_timeout=seconds(jwks_timeout, "jwks_timeout", positive=True),
        jwks_refresh=seconds(jwks_refresh, "jwks_refresh", positive=True),
        jwks_min_refresh=seconds(jwks_min_refresh, "jwks_min_refresh"),
        issuer=issuer or None,
        audience=() if audience is None else _strings(audience, "audience"),
        leeway=seconds(leeway, "leeway"),
        required_claims=_strings(required_claims, "required_claims"),
        token_type=token_type or None,
        claim_names=_claim_names(claim_names),
        max_token_bytes=_count(max_token_bytes, "max_token_bytes", 1),
        cache_size=_count(cache_size, "cache_size", 0),
        cache_ttl=seconds(cache_ttl, "cache_ttl"),
        bcrypt_slots=None if bcrypt_slots is None else _count(bcrypt_slots, "bcrypt_slots", 1),
        clock=clock,
    )


def make_record(
    prefix: str,
    bcrypt_hash: Union[str, bytes],
    principal: str,
    scopes: Iterable[str],
    expires_at: Union[float, datetime, None],
    active: bool,
) -> APIKeyRecord:
    """Check the types of an API key record (its form is checked by the backend, like Go does)."""
    if isinstance(bcrypt_hash, bytes):
        bcrypt_hash = bcrypt_hash.decode("ascii", "replace")
    for name, v in (("prefix", prefix), ("bcrypt_hash", bcrypt_hash), ("principal", principal)):
        if not isinstance(v, str):
            raise TypeError(f"{name} must be a str, not {type(v).__name__}")
    if not isinstance(active, bool):
        raise TypeError("active must be a bool")
    expires: Optional[float]
    if expires_at is None:
        expires = None
    elif isinstance(expires_at, datetime):  # SARK's naive datetimes are UTC
        aware = expires_at if expires_at.tzinfo else expires_at.replace(tzinfo=timezone.utc)
        expires = aware.timestamp()
    elif isinstance(expires_at, (int, float)) and not isinstance(expires_at, bool):
        expires = float(expires_at)
        if not math.isfinite(expires) or abs(expires) > 9e9:
            raise InvalidArgument("expires_at must be a finite time before the year 2255")
    else:
        raise TypeError("expires_at must be seconds since the epoch, a datetime, or None")
    return APIKeyRecord(prefix, bcrypt_hash, principal, _strings(scopes, "scopes"), expires, active)
