"""Refusals of the credentials engine: one class per reason, the same on both backends.

Every refusal is an :class:`AuthenticationError`, a ``PermissionError``, so a caller that only
catches ``PermissionError`` denies the request: the engine fails closed. ``reason`` is the stable
string of go/authn (``"expired"``, ``"unknown_key"`` ...); the message is a short fixed text and
never holds the token, the key or a claim value. Invalid options and key records are
:class:`~sark_accel.errors.InvalidArgument` (a ``ValueError``), not refusals.
"""

from __future__ import annotations

from sark_accel.errors import SarkAccelError, register_kind

__all__ = [
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
    "refusal",
]


@register_kind
class AuthenticationError(SarkAccelError, PermissionError):
    """A credential was refused; ``reason`` says why."""

    kind = "authn"
    reason = ""

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.reason)


@register_kind
class MalformedCredential(AuthenticationError):
    """The token or key is not well-formed (structure, JSON, claim types, wrong token type)."""

    kind, reason = "authn_malformed", "malformed"


@register_kind
class BadSignature(AuthenticationError):
    """No candidate key verifies the signature (an empty signature included)."""

    kind, reason = "authn_bad_signature", "bad_signature"


@register_kind
class AlgorithmNotAllowed(AuthenticationError):
    """``alg`` is not supported (``none`` in any case) or outside the key's allow-list."""

    kind, reason = "authn_algorithm_not_allowed", "algorithm_not_allowed"


@register_kind
class UnknownKid(AuthenticationError):
    """The token's ``kid`` names no key (after a JWKS fetch, when a URL is configured)."""

    kind, reason = "authn_unknown_kid", "unknown_kid"


@register_kind
class TokenExpired(AuthenticationError):
    """``exp`` has passed (``now >= exp + leeway``)."""

    kind, reason = "authn_expired", "expired"


@register_kind
class TokenNotYetValid(AuthenticationError):
    """``nbf`` or ``iat`` is in the future (beyond the leeway)."""

    kind, reason = "authn_not_yet_valid", "not_yet_valid"


@register_kind
class WrongIssuer(AuthenticationError):
    """``iss`` is not the configured issuer."""

    kind, reason = "authn_wrong_issuer", "wrong_issuer"


@register_kind
class WrongAudience(AuthenticationError):
    """``aud`` holds none of the configured audiences."""

    kind, reason = "authn_wrong_audience", "wrong_audience"


@register_kind
class MissingClaim(AuthenticationError):
    """A required claim (``sub`` by default; ``iss``/``aud`` when configured) is absent or null."""

    kind, reason = "authn_missing_claim", "missing_claim"


@register_kind
class Revoked(AuthenticationError):
    """The token, or its ``jti``, was revoked."""

    kind, reason = "authn_revoked", "revoked"


@register_kind
class UnknownKey(AuthenticationError):
    """No API key has this prefix, or its secret is wrong (the two are not told apart)."""

    kind, reason = "authn_unknown_key", "unknown_key"


@register_kind
class InactiveKey(AuthenticationError):
    """The API key is registered as inactive."""

    kind, reason = "authn_inactive_key", "inactive_key"


@register_kind
class ExpiredKey(AuthenticationError):
    """The API key's ``expires_at`` has passed."""

    kind, reason = "authn_expired_key", "expired_key"


@register_kind
class InsufficientScope(AuthenticationError):
    """The API key holds neither the scope asked for nor ``admin``."""

    kind, reason = "authn_insufficient_scope", "insufficient_scope"


@register_kind
class Busy(AuthenticationError):
    """Every bcrypt slot is taken (or the revocation list is full): retry later. Fails fast."""

    kind, reason = "authn_busy", "busy"


_BY_REASON: dict[str, type[AuthenticationError]] = {
    cls.reason: cls for cls in AuthenticationError.__subclasses__() if cls.reason
}


def refusal(reason: str, detail: str = "") -> AuthenticationError:
    """The exception of a go/authn reason, with its fixed detail text."""
    return _BY_REASON[reason](detail)
