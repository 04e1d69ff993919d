"""Verified tokens by SHA-256 (never the token) and the revocations (go/authn/tokencache.go)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import NamedTuple, Optional

from ._types import Principal
from .errors import Busy

MAX_REVOKED = 100_000


class _Entry(NamedTuple):
    principal: Principal
    jti: str
    until: int  # Unix ns; a hit needs now < until


class TokenCache:
    def __init__(self, size: int, ttl_ns: int) -> None:
        self._enabled = size > 0 and ttl_ns > 0
        self._size, self._ttl = size, ttl_ns
        self._lru: OrderedDict[bytes, _Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._gen = 0  # counts purges
        self._revoked_jti: set[str] = set()
        self._revoked_tokens: set[bytes] = set()

    def lookup(self, h: bytes, now: int) -> Optional[Principal]:
        """A cached token still inside its lifetime whose jti is not revoked."""
        if not self._enabled:
            return None
        with self._lock:
            e = self._lru.get(h)
            if e is None:
                return None
            if now >= e.until:
                del self._lru[h]
                return None
            if e.jti and e.jti in self._revoked_jti:
                return None
            self._lru.move_to_end(h)
            return e.principal

    def generation(self) -> int:
        with self._lock:
            return self._gen

    def store(self, h: bytes, p: Principal, jti: str, now: int, expires: Optional[int], gen: int) -> None:
        """Keep a verified token unless the cache was purged since gen was read."""
        with self._lock:
            if not self._enabled or gen != self._gen:
                return
            until = now + self._ttl
            if expires is not None and expires < until:
                until = expires
            self._lru[h] = _Entry(p, jti, until)
            self._lru.move_to_end(h)
            if len(self._lru) > self._size:
                self._lru.popitem(last=False)

    def purge(self) -> None:
        with self._lock:
            self._gen += 1
            self._lru.clear()

    def is_revoked(self, h: bytes, jti: str) -> bool:
        with self._lock:
            return h in self._revoked_tokens or (bool(jti) and jti in self._revoked_jti)

    def _room(self) -> None:
        if len(self._revoked_jti) + len(self._revoked_tokens) >= MAX_REVOKED:
            raise Busy("revocation list is full")

    def revoke_jti(self, jti: str) -> None:
        with self._lock:
            self._room()
            self._revoked_jti.add(jti)

    def revoke_token(self, h: bytes) -> None:
        with self._lock:
            self._room()
            self._revoked_tokens.add(h)
            self._lru.pop(h, None)
