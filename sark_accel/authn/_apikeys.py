"""SARK API keys (go/authn/apikey.go): parsed from the end, bcrypt once, then an HMAC compare.

After a bcrypt match the record remembers HMAC-SHA256(per-process secret, key), never the key;
a refused key's HMAC is remembered for 5 s for that record; bcrypt checks run in at most
``slots`` threads at once (bcrypt releases the GIL) and past that a check fails fast with Busy.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import threading
from typing import NamedTuple, Optional

import bcrypt

from ._keys import invalid
from ._types import APIKeyRecord, Principal
from .errors import Busy, ExpiredKey, InactiveKey, InsufficientScope, MalformedCredential, UnknownKey

PREFIX_LEN, SECRET_LEN = 8, 43  # secrets.token_urlsafe(6) and (32)
MARKER = "sark_sk_"
MAX_KEY_BYTES = 72  # bcrypt reads at most 72 bytes
MAX_NEGATIVE = 10_000
NEGATIVE_TTL_NS = 5_000_000_000
_URLSAFE = re.compile(r"[A-Za-z0-9_-]*")
_ENV = re.compile(r"[a-z0-9]+")


def parse_api_key(key: str) -> tuple[str, str, str]:
    """(env, prefix, secret), split from the end by the known lengths; else MalformedCredential."""
    tail = PREFIX_LEN + 1 + SECRET_LEN
    rest = key[len(MARKER) :]
    if not key.startswith(MARKER) or len(key.encode("utf-8", "surrogatepass")) > MAX_KEY_BYTES or len(rest) < tail + 2:
        raise MalformedCredential("not a sark_sk_ key")
    cut = len(rest) - tail
    env, body = rest[: cut - 1], rest[cut:]
    prefix, secret = body[:PREFIX_LEN], body[PREFIX_LEN + 1 :]
    if (
        rest[cut - 1] != "_"
        or body[PREFIX_LEN] != "_"
        or not _ENV.fullmatch(env)
        or not _URLSAFE.fullmatch(prefix)
        or not _URLSAFE.fullmatch(secret)
    ):
        raise MalformedCredential("not a sark_sk_ key")
    return env, prefix, secret


class _Entry:
    """A record and the HMAC of the last key that passed bcrypt for it."""

    __slots__ = ("rec", "expires_ns", "verified", "principal")

    def __init__(self, rec: APIKeyRecord) -> None:
        self.rec = rec
        self.expires_ns = None if rec.expires_at is None else round(rec.expires_at * 1e9)
        self.verified: Optional[bytes] = None
        self.principal = Principal(rec.principal, "api_key", scopes=rec.scopes)


class _Refusal(NamedTuple):
    entry: _Entry
    until: int


def _valid_hash(h: str) -> bool:
    # What Go's bcrypt.Cost accepts: $2a$/$2b$/$2y$, a cost of 4..31, at least 59 characters.
    return len(h) >= 59 and h[:4] in ("$2a$", "$2b$", "$2y$") and h[4:6].isdigit() and 4 <= int(h[4:6]) <= 31


class APIKeyStore:
    def __init__(self, slots: int) -> None:
        self._secret = os.urandom(32)
        self._lock = threading.Lock()
        self._by_prefix: dict[str, _Entry] = {}
        self._negative: dict[bytes, _Refusal] = {}
        self._slots = threading.BoundedSemaphore(slots)
        self._counts_lock = threading.Lock()
        self.counts = {"api_key_cache_hits": 0, "api_key_bcrypt": 0, "api_key_busy": 0, "api_key_refused": 0}

    def _count(self, name: str) -> None:
        with self._counts_lock:
            self.counts[name] += 1

    def snapshot(self) -> dict[str, int]:
        with self._counts_lock:
            return dict(self.counts)

    def add(self, rec: APIKeyRecord) -> None:
        if len(rec.prefix) != PREFIX_LEN or not _URLSAFE.fullmatch(rec.prefix):
            raise invalid("api key prefix has the wrong form")
        if not _valid_hash(rec.bcrypt_hash):
            raise invalid("api key hash is not bcrypt")
        with self._lock:
            self._by_prefix[rec.prefix] = _Entry(rec)

    def remove(self, prefix: str) -> bool:
        with self._lock:
            return self._by_prefix.pop(prefix, None) is not None

    def verify(self, key: str, scope: Optional[str], now: int) -> Principal:
        try:
            return self._verify(key, scope, now)
        except Exception:
            self._count("api_key_refused")
            raise

    def _verify(self, key: str, scope: Optional[str], now: int) -> Principal:
        _, prefix, _ = parse_api_key(key)
        entry = self._by_prefix.get(prefix)
        if entry is None:
            raise UnknownKey()
        if not entry.rec.active:
            raise InactiveKey()
        if entry.expires_ns is not None and now >= entry.expires_ns:
            raise ExpiredKey()
        mac = hmac.new(self._secret, key.encode("utf-8"), hashlib.sha256).digest()
        verified = entry.verified
        if verified is not None and hmac.compare_digest(verified, mac):
            self._count("api_key_cache_hits")
        else:
            self._check(entry, key, mac, now)
        if scope and scope not in entry.rec.scopes and "admin" not in entry.rec.scopes:
            raise InsufficientScope()
        return entry.principal

    def _check(self, entry: _Entry, key: str, mac: bytes, now: int) -> None:
        refusal = self._negative.get(mac)
        if refusal is not None and refusal.entry is entry and now < refusal.until:
            raise UnknownKey()
        if not self._slots.acquire(blocking=False):
            self._count("api_key_busy")
            raise Busy("too many api key checks at once")
        try:
            self._count("api_key_bcrypt")
            try:
                ok = bcrypt.checkpw(key.encode("utf-8"), entry.rec.bcrypt_hash.encode("ascii", "replace"))
            except ValueError:  # a hash bcrypt cannot read never matches
                ok = False
        finally:
            self._slots.release()
        if not ok:
            self._remember(mac, entry, now)
            raise UnknownKey()
        entry.verified = mac

    def _remember(self, mac: bytes, entry: _Entry, now: int) -> None:
        with self._lock:
            if len(self._negative) >= MAX_NEGATIVE:
                for k in [k for k, r in self._negative.items() if now >= r.until]:
                    del self._negative[k]
                if len(self._negative) >= MAX_NEGATIVE:
                    self._negative.clear()
            self._negative[mac] = _Refusal(entry, now + NEGATIVE_TTL_NS)
