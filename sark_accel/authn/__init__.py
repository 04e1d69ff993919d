"""Credentials: JWT/JWKS verification and SARK API keys, Go engine or PyJWT/bcrypt twin.

    from sark_accel.authn import Authenticator, SecretKey

    auth = Authenticator(keys=[SecretKey(b"...")], issuer="https://idp", audience="gateway")
    p = auth.authenticate(request.headers["Authorization"])  # "Bearer <jwt>" or a sark_sk_ key
    p.id, p.roles, p.groups, p.permissions, p.via

Every refusal raises an :class:`AuthenticationError` (a ``PermissionError``) whose ``reason``
says why; the message never holds the credential. go/authn/README.md is the specification both
backends follow, rule by rule.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Iterable, Mapping, NoReturn, Optional, Union

from .. import _backend
from ..errors import BackendUnavailable, InvalidArgument
from ._options import make_options, make_record
from ._types import AuthnBackend, Clock, JWKKey, KeySpec, Options, PEMKey, Principal, SecretKey
from .errors import (
    AlgorithmNotAllowed,
    AuthenticationError,
    BadSignature,
    Busy,
    ExpiredKey,
    InactiveKey,
    InsufficientScope,
    MalformedCredential,
    MissingClaim,
    Revoked,
    TokenExpired,
    TokenNotYetValid,
    UnknownKey,
    UnknownKid,
    WrongAudience,
    WrongIssuer,
)

__all__ = [
    "Authenticator",
    "Principal",
    "SecretKey",
    "PEMKey",
    "JWKKey",
    "AuthenticationError",
    "MalformedCredential",
    "BadSignature",
    "AlgorithmNotAllowed",
    "UnknownKid",
    "TokenExpired",
    "TokenNotYetValid",
    "WrongIssuer",
    "WrongAudience",
    "MissingClaim",
    "Revoked",
    "UnknownKey",
    "InactiveKey",
    "ExpiredKey",
    "InsufficientScope",
    "Busy",
]

API_KEY_MARKER = "sark_sk_"
EXTRA_HINT = "pip install 'sark-accel[authn]'"


def _python_backend() -> Callable[[Options], AuthnBackend]:
    try:
        from ._python import PythonAuthnBackend
    except ImportError as exc:  # PyJWT, cryptography or bcrypt missing
        raise BackendUnavailable(
            f"the python backend of authn needs PyJWT, cryptography and bcrypt ({exc.name} is missing): {EXTRA_HINT}"
        ) from None
    return PythonAuthnBackend


def _crossable(s: str) -> bool:
    return "\x00" not in s and (s.isascii() or not any("\ud800" <= c <= "\udfff" for c in s))


class Authenticator:
    """Verifies bearer JWTs and SARK API keys; safe to share between threads.

    Keys: ``keys`` (:class:`SecretKey`, :class:`PEMKey`, :class:`JWKKey`), an inline ``jwks``
    document, and/or a ``jwks_url`` fetched at construction (``jwks_timeout`` s), refreshed every
    ``jwks_refresh`` s in the background and for an unknown ``kid`` at most every
    ``jwks_min_refresh`` s; a failed fetch keeps the last good set. Every key has an algorithm
    allow-list; ``none`` is never accepted.

    Claims: ``exp``/``nbf``/``iat`` with ``leeway`` seconds, ``iss`` when ``issuer`` is given,
    ``aud`` (a str or a list) when ``audience`` is, ``required_claims``, ``token_type`` (claim
    ``typ`` or ``type``). ``claim_names`` maps ``roles``/``groups``/``permissions`` to the claims
    read into the principal (defaults: roles; groups and teams; permissions).

    Verified tokens are cached by SHA-256 until their ``exp`` (at most ``cache_ttl`` s,
    ``cache_size`` entries; 0 disables). An API key is checked with bcrypt once, then by an HMAC
    of it; at most ``bcrypt_slots`` (default: the CPUs) bcrypt checks run at once and past
    that a check fails at once with :class:`Busy`. ``clock`` (seconds since the epoch) is for tests.

    The go backend needs nothing more; the python backend needs the ``authn`` extra
    (PyJWT, cryptography, bcrypt), else :class:`~sark_accel.errors.BackendUnavailable`.
    ``close()`` frees it; later calls raise :class:`~sark_accel.errors.Closed`.
    """

    def __init__(
        self,
        *positional: NoReturn,
        backend: Optional[str] = None,
        keys: Iterable[KeySpec] = (),
        jwks: Union[Mapping[str, Any], str, None] = None,
        jwks_url: Optional[str] = None,
        issuer: Optional[str] = None,
        audience: Union[str, Iterable[str], None] = None,
        leeway: float = 0.0,
        required_claims: Iterable[str] = ("sub",),
        claim_names: Optional[Mapping[str, Union[str, Iterable[str]]]] = None,
        max_token_bytes: int = 8192,
        cache_size: int = 10_000,
        cache_ttl: float = 300.0,
        token_type: Optional[str] = None,
        bcrypt_slots: Optional[int] = None,
        jwks_timeout: float = 5.0,
        jwks_refresh: float = 300.0,
        jwks_min_refresh: float = 30.0,
        clock: Optional[Clock] = None,
    ) -> None:
        _backend.keyword_only("Authenticator", positional)
        opts = make_options(
            keys, jwks, jwks_url, issuer, audience, leeway, required_claims, claim_names, max_token_bytes,
            cache_size, cache_ttl, token_type, bcrypt_slots, jwks_timeout, jwks_refresh, jwks_min_refresh, clock,
        )  # fmt: skip
        self.backend = _backend.resolve("authn", backend)
        self._impl: AuthnBackend
        if self.backend == "go":
            from ._go import GoAuthnBackend

            self._impl = GoAuthnBackend(opts)
        else:
            self._impl = _python_backend()(opts)

    def verify_jwt(self, token: str) -> Principal:
        """The principal of a valid compact JWS, else an :class:`AuthenticationError`."""
        if not isinstance(token, str):
            raise TypeError(f"token must be a str, not {type(token).__name__}")
        return self._impl.verify_jwt(token)

    def verify_api_key(self, key: str, scope: Optional[str] = None) -> Principal:
        """The principal of a valid SARK API key holding ``scope`` (``admin`` holds every scope)."""
        if not isinstance(key, str) or (scope is not None and not isinstance(scope, str)):
            raise TypeError("key must be a str and scope a str or None")
        return self._impl.verify_api_key(key, scope)

    def authenticate(self, credential: str) -> Principal:
        """An ``Authorization`` header value (``Bearer <token>``) or a raw token or key.

        A value starting with ``sark_sk_`` (after an optional ``Bearer``) is an API key, checked
        without a scope; anything else is a JWT.
        """
        if not isinstance(credential, str):
            raise TypeError(f"credential must be a str, not {type(credential).__name__}")
        scheme, sep, rest = credential.partition(" ")
        value = rest.strip(" ") if sep and scheme.lower() == "bearer" else credential
        if value.startswith(API_KEY_MARKER):
            return self._impl.verify_api_key(value, None)
        return self._impl.verify_jwt(value)

    def add_key(
        self,
        prefix: str,
        bcrypt_hash: Union[str, bytes],
        principal: str,
        scopes: Iterable[str] = (),
        expires_at: Union[float, datetime, None] = None,
        *,
        active: bool = True,
    ) -> None:
        """Register (or replace) the API key with ``prefix``: its bcrypt hash as SARK stores it
        (``$2b$12$...``), its principal, scopes and expiry (seconds since the epoch, or a
        datetime, naive meaning UTC). Takes effect for every later check."""
        self._impl.add_key(make_record(prefix, bcrypt_hash, principal, scopes, expires_at, active))

    def remove_key(self, prefix: str) -> bool:
        """Forget the API key with ``prefix`` at once; True if there was one."""
        if not isinstance(prefix, str):
            raise TypeError("prefix must be a str")
        return self._impl.remove_key(prefix)

    def revoke(self, jti: str) -> None:
        """Refuse every later token with this ``jti`` (kept for the Authenticator's life)."""
        if not isinstance(jti, str):
            raise TypeError("jti must be a str")
        if not _crossable(jti):
            raise InvalidArgument("jti holds NUL or a lone surrogate")
        self._impl.revoke(jti)

    def revoke_token(self, token: str) -> None:
        """Refuse every later check of this exact token."""
        if not isinstance(token, str):
            raise TypeError("token must be a str")
        self._impl.revoke_token(token)

    def stats(self) -> dict[str, int]:
        """Counters since construction: jwt_cache_hits, jwt_verified, jwt_refused,
        api_key_cache_hits, api_key_bcrypt, api_key_busy, api_key_refused (busy included),
        jwks_fetches, jwks_fetch_failures."""
        return self._impl.stats()

    def close(self) -> None:
        """Stop JWKS refreshes and free the engine. Idempotent; later calls raise Closed."""
        self._impl.close()

    def __enter__(self) -> Authenticator:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Authenticator backend={self.backend}>"
