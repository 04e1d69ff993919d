"""The Go backend of Authenticator: go/authn behind the gopy extension.

A principal crosses as a JSON row ``[via, id, roles, groups, permissions, scopes]``, then a
newline and the claims' JSON (go/sarkbind/authn.go), which the Principal decodes on first
access; replies are decoded once and kept, so a repeated credential returns the same Principal.
A str gopy cannot pass (NUL, lone surrogates) is never a valid token, key or prefix: "!" crosses
in its place, which Go refuses as malformed (and counts) the same way.
"""

from __future__ import annotations

import json
from base64 import b64encode
from typing import Any, Optional

from .._handle import NativeHandle
from ..errors import from_native
from ._types import APIKeyRecord, JWKKey, KeySpec, Options, PEMKey, Principal, SecretKey

_UNCROSSABLE = "!"  # not base64url, not a key: malformed on both backends
_REJECTED = (ValueError, TypeError)  # gopy: NUL (ValueError), lone surrogates (UnicodeEncodeError)


def _key_config(spec: KeySpec) -> dict[str, Any]:
    if isinstance(spec, SecretKey):
        return {
            "kind": "secret",
            "kid": spec.kid,
            "secret": b64encode(spec.secret).decode(),
            "algorithms": spec.algorithms,
        }
    if isinstance(spec, PEMKey):
        pem = spec.pem if isinstance(spec.pem, str) else spec.pem.decode("utf-8", "replace")
        return {"kind": "pem", "kid": spec.kid, "pem": pem, "algorithms": spec.algorithms}
    assert isinstance(spec, JWKKey)
    return {"kind": "jwk", "jwk": spec.jwk, "algorithms": spec.algorithms}


def _config(opts: Options) -> dict[str, Any]:
    roles, groups, permissions = opts.claim_names
    return {
        "keys": [_key_config(k) for k in opts.keys],
        "jwks": opts.jwks or "",
        "jwks_url": opts.jwks_url or "",
        "jwks_timeout_ns": round(opts.jwks_timeout * 1e9),
        "jwks_refresh_ns": round(opts.jwks_refresh * 1e9),
        "jwks_min_refresh_ns": round(opts.jwks_min_refresh * 1e9),
        "issuer": opts.issuer or "",
        "audience": opts.audience,
        "leeway_ns": round(opts.leeway * 1e9),
        "required_claims": opts.required_claims,
        "token_type": opts.token_type or "",
        "claim_names": {"roles": roles, "groups": groups, "permissions": permissions},
        "max_token_bytes": opts.max_token_bytes,
        "cache_size": opts.cache_size,
        "cache_ttl_ns": round(opts.cache_ttl * 1e9),
        "bcrypt_slots": opts.bcrypt_slots or 0,
        "manual_clock": opts.clock is not None,
        "now_ns": 0 if opts.clock is None else round(opts.clock() * 1e9),
    }


class GoAuthnBackend(NativeHandle):
    """go/authn behind the extension. Options are validated by Authenticator."""

    def __init__(self, opts: Options) -> None:
        super().__init__("sarkbind_AuthnNew", "sarkbind_AuthnClose", _config(opts))
        m = self._m
        self._verify_jwt = m.sarkbind_AuthnVerifyJWT
        self._verify_key = m.sarkbind_AuthnVerifyAPIKey
        self._clock = opts.clock
        self._rows: dict[str, Principal] = {}
        self._max_rows = max(opts.cache_size, 1024)

    def _tick(self) -> None:
        if self._clock is not None:
            self._call("sarkbind_AuthnSetClock", round(self._clock() * 1e9))

    def _principal(self, row: str) -> Principal:
        p = self._rows.get(row)
        if p is None:
            lists, _, claims = row.partition("\n")
            via, pid, roles, groups, permissions, scopes = json.loads(lists)
            p = Principal(
                pid,
                via,
                tuple(roles),
                tuple(groups),
                tuple(permissions),
                tuple(scopes),
                None if claims == "null" else claims,
            )
            if len(self._rows) >= self._max_rows:
                self._rows.clear()
            self._rows[row] = p
        return p

    def verify_jwt(self, token: str) -> Principal:
        if self._clock is not None:
            self._tick()
        try:
            try:
                row = self._verify_jwt(self._h, token)
            except _REJECTED:
                row = self._verify_jwt(self._h, _UNCROSSABLE)
        except RuntimeError as exc:
            raise from_native(exc) from None
        return self._principal(row)

    def verify_api_key(self, key: str, scope: Optional[str]) -> Principal:
        if self._clock is not None:
            self._tick()
        try:
            try:
                row = self._verify_key(self._h, key, scope or "")
            except _REJECTED:
                row = self._verify_key(self._h, _UNCROSSABLE, "")
        except RuntimeError as exc:
            raise from_native(exc) from None
        return self._principal(row)

    def add_key(self, record: APIKeyRecord) -> None:
        expires = 0 if record.expires_at is None else round(record.expires_at * 1e9)
        body = {
            "prefix": record.prefix,
            "hash": record.bcrypt_hash,
            "principal": record.principal,
            "scopes": record.scopes,
            "expires_at_ns": expires,
            "active": record.active,
        }
        self._call("sarkbind_AuthnAddKey", json.dumps(body))

    def remove_key(self, prefix: str) -> bool:
        try:
            return bool(self._call("sarkbind_AuthnRemoveKey", prefix))
        except _REJECTED:
            return bool(self._call("sarkbind_AuthnRemoveKey", _UNCROSSABLE))

    def revoke(self, jti: str) -> None:
        self._call("sarkbind_AuthnRevoke", jti)

    def revoke_token(self, token: str) -> None:
        try:
            self._call("sarkbind_AuthnRevokeToken", token)
        except _REJECTED:
            self._call("sarkbind_AuthnRevokeToken", _UNCROSSABLE)

    def stats(self) -> dict[str, int]:
        out: dict[str, int] = json.loads(self._call("sarkbind_AuthnStats"))
        return out
