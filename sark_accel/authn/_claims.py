"""The claim rules and the principal of a verified payload (go/authn/claims.go), in README order."""

from __future__ import annotations

import math
from typing import Any, Optional

from ._types import Options, Principal
from .errors import (
    MalformedCredential,
    MissingClaim,
    TokenExpired,
    TokenNotYetValid,
    WrongAudience,
    WrongIssuer,
)

_GO_MAX_NS = (1 << 63) - 1
_ABSENT = object()


def _numeric(claims: dict[str, Any], name: str) -> Optional[float]:
    """A NumericDate: a finite JSON number (never a bool, str or null) as float64, else malformed."""
    if name not in claims:
        return None
    v = claims[name]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise MalformedCredential(f"claim {name} is not a number")
    try:
        f = float(v)
    except OverflowError:
        f = math.inf
    if not math.isfinite(f):
        raise MalformedCredential(f"claim {name} is out of range")
    return f


def _string_list(value: Any, name: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        if not all(isinstance(item, str) for item in value):
            raise MalformedCredential(f"claim {name} holds a non-string")
        return value
    raise MalformedCredential(f"claim {name} is not a string or a list")


def check_claims(opts: Options, claims: dict[str, Any], now: float) -> Optional[int]:
    """Apply the claim rules; return when the token stops being valid (Unix ns), None without exp."""
    for name in opts.required_claims:
        if claims.get(name) is None:
            raise MissingClaim(f"claim {name}")
    if opts.token_type:
        v = claims["typ"] if "typ" in claims else claims.get("type", _ABSENT)
        if v is _ABSENT:
            raise MissingClaim("claim typ")
        if v != opts.token_type or not isinstance(v, str):
            raise MalformedCredential("wrong token type")
    leeway = opts.leeway
    for name in ("iat", "nbf"):
        t = _numeric(claims, name)
        if t is not None and t > now + leeway:
            raise TokenNotYetValid(f"claim {name}")
    exp = _numeric(claims, "exp")
    if exp is not None and now >= exp + leeway:
        raise TokenExpired()
    if opts.issuer:
        iss = claims.get("iss")
        if iss is None:
            raise MissingClaim("claim iss")
        if not isinstance(iss, str) or iss != opts.issuer:
            raise WrongIssuer()
    if opts.audience:
        aud = claims.get("aud")
        if aud is None:
            raise MissingClaim("claim aud")
        if not any(a in opts.audience for a in _string_list(aud, "aud")):
            raise WrongAudience()
    if exp is None:
        return None
    ns = (exp + leeway) * 1e9
    if ns >= _GO_MAX_NS / 2:
        return None  # past about 2116: only the cache TTL bounds the entry
    return int(ns)


def _union(claims: dict[str, Any], names: tuple[str, ...]) -> tuple[str, ...]:
    out: dict[str, None] = {}
    for name in names:
        v = claims.get(name)
        if v is not None:
            out.update(dict.fromkeys(_string_list(v, name)))
    return tuple(out)


def principal_of(opts: Options, claims: dict[str, Any]) -> Principal:
    sub = claims.get("sub")
    if sub is not None and not isinstance(sub, str):
        raise MalformedCredential("claim sub is not a string")
    roles, groups, permissions = (_union(claims, names) for names in opts.claim_names)
    return Principal(sub or "", "jwt", roles, groups, permissions, (), claims)
