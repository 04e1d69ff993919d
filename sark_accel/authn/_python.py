"""The pure-Python credentials engine: go/authn/README.md's rules on PyJWT + cryptography + bcrypt."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from typing import Optional

from ..errors import Closed, InvalidArgument
from . import _keys
from ._apikeys import APIKeyStore
from ._claims import check_claims, principal_of
from ._remote import Remote
from ._token import parse_token
from ._tokencache import TokenCache
from ._types import APIKeyRecord, Options, Principal
from .errors import AlgorithmNotAllowed, BadSignature, MalformedCredential, Revoked, UnknownKid

_JWT_COUNTERS = ("jwt_cache_hits", "jwt_verified", "jwt_refused", "jwks_fetches", "jwks_fetch_failures")


class PythonAuthnBackend:
    """Verifies JWTs and API keys in Python; safe to share between threads."""

    def __init__(self, opts: Options) -> None:
        self._opts = opts
        static = [_keys.build(k) for k in opts.keys]
        if opts.jwks is not None:
            static += _keys.parse_jwks(opts.jwks, fetched=False)
        self._static = static
        self._keys = _keys.KeySet(static)
        self._tokens = TokenCache(opts.cache_size, round(opts.cache_ttl * 1e9))
        self._api_keys = APIKeyStore(opts.bcrypt_slots or _cpus())
        self._counts_lock = threading.Lock()
        self._counts = dict.fromkeys(_JWT_COUNTERS, 0)
        self._closed = False
        self._remote: Optional[Remote] = None
        if opts.jwks_url:
            self._remote = Remote(
                opts.jwks_url,
                opts.jwks_timeout,
                round(opts.jwks_refresh * 1e9),
                round(opts.jwks_min_refresh * 1e9),
                self._set_remote_keys,
                self._count,
            )
            self._remote.refresh(self._now(), 0)

    def _now(self) -> int:
        """Unix ns, like Go's clock (an injected clock's seconds rounded to the ns)."""
        if self._closed:
            raise Closed("authenticator is closed")
        clock = self._opts.clock
        return time.time_ns() if clock is None else round(clock() * 1e9)

    def _count(self, name: str) -> None:
        with self._counts_lock:
            self._counts[name] += 1

    def _set_remote_keys(self, keys: list[_keys.Key]) -> None:
        self._keys = _keys.KeySet(self._static, keys)
        self._tokens.purge()

    def verify_jwt(self, token: str) -> Principal:
        try:
            return self._verify_jwt(token)
        except Closed:
            raise
        except Exception:
            self._count("jwt_refused")
            raise

    def _verify_jwt(self, token: str) -> Principal:
        now = self._now()
        if len(token) > self._opts.max_token_bytes or (
            not token.isascii() and len(token.encode("utf-8", "surrogatepass")) > self._opts.max_token_bytes
        ):
            raise MalformedCredential("token too large")
        h = hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()
        if self._remote is not None:
            self._remote.maybe_refresh(now)
        cached = self._tokens.lookup(h, now)
        if cached is not None:
            self._count("jwt_cache_hits")
            return cached
        gen = self._tokens.generation()  # before the keys: an answer from replaced keys is not stored
        t = parse_token(token)
        if t.alg not in _keys.SUPPORTED:
            raise AlgorithmNotAllowed()
        keys = self._keys.candidates(t.kid, t.alg)
        if keys is None and self._remote is not None and self._remote.refresh_for_kid(now):
            keys = self._keys.candidates(t.kid, t.alg)
        if keys is None:
            raise UnknownKid()
        if not keys:
            raise AlgorithmNotAllowed()
        if not any(_keys.verify(t.alg, t.signing_input, k.key, t.signature) for k in keys):
            raise BadSignature()
        expires = check_claims(self._opts, t.claims, now / 1e9)
        jti = t.claims.get("jti")
        jti = jti if isinstance(jti, str) else ""
        if self._tokens.is_revoked(h, jti):
            raise Revoked()
        p = principal_of(self._opts, t.claims)
        self._tokens.store(h, p, jti, now, expires, gen)
        self._count("jwt_verified")
        return p

    def verify_api_key(self, key: str, scope: Optional[str]) -> Principal:
        return self._api_keys.verify(key, scope, self._now())

    def add_key(self, record: APIKeyRecord) -> None:
        self._now()  # refuses when closed
        self._api_keys.add(record)

    def remove_key(self, prefix: str) -> bool:
        self._now()
        return self._api_keys.remove(prefix)

    def revoke(self, jti: str) -> None:
        self._now()
        if not jti:
            raise InvalidArgument("empty jti")
        self._tokens.revoke_jti(jti)

    def revoke_token(self, token: str) -> None:
        self._now()
        self._tokens.revoke_token(hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest())

    def stats(self) -> dict[str, int]:
        self._now()
        with self._counts_lock:
            out = dict(self._counts)
        return {**out, **self._api_keys.snapshot()}

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            if self._remote is not None:
                self._remote.close()


def _cpus() -> int:
    """The CPUs this process may run on, as Go's runtime.NumCPU counts them."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1
