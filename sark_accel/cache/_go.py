"""The Go backend of TTLCache: go/cache behind the gopy extension.

Values cross as tagged strings so that they come back with their type: ``"s" + text`` for a
str, ``"b" + base64`` for bytes, ``"e" + base64`` for a str that cannot cross as UTF-8 (NUL,
lone surrogates). Keys cross as str; the rare key that cannot is sent base64-encoded to the
``*Encoded`` functions, which store it under the same bytes (UTF-8 with surrogatepass), so
both paths address the same entry. The fast path tries the plain call first and only pays for
these checks when gopy rejects the argument.
"""

from __future__ import annotations

import json
from binascii import a2b_base64, b2a_base64
from typing import Any, Callable, Iterable, Mapping, Optional

from .._handle import NativeHandle, call
from ..errors import InternalError, from_native
from . import _common as c
from ._types import Clock, Tier, Value

_SEP = "\x1f"  # go/sarkbind keySep
_REJECTED = (TypeError, ValueError)  # gopy: not a str; NUL (ValueError); surrogates (UnicodeEncodeError)


def _crossable(s: str) -> bool:
    if "\x00" in s:
        return False
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _b64(data: bytes) -> str:
    return b2a_base64(data, newline=False).decode("ascii")


def _tag(value: Value) -> str:
    if type(value) is str:
        return "s" + value
    if type(value) is bytes:
        return "b" + _b64(value)
    return _tag(c.check_value(value))


def _safe_tag(value: Value) -> str:
    """A tag that always crosses."""
    tagged = _tag(value)
    if tagged[0] == "s" and not _crossable(tagged):
        return "e" + _b64(c.key_bytes(tagged[1:]))
    return tagged


def _untag(raw: str) -> Value:
    tag = raw[0]
    if tag == "s":
        return raw[1:]
    if tag == "b":
        return a2b_base64(raw[1:])
    if tag == "e":
        return a2b_base64(raw[1:]).decode("utf-8", "surrogatepass")
    raise InternalError(f"cache value with unknown tag {tag!r}")


def _untag_untrusted(raw: str) -> Optional[Value]:
    """_untag for a value that may have come from Redis (anyone can write there): None, a miss,
    for anything _safe_tag never writes (no tag, an unknown one, an "s" text holding NUL, base64
    that is not canonical, bytes that are not UTF-8). go/sarkbind's storedTagged takes the same."""
    if not raw or (raw[0] == "s" and "\x00" in raw):
        return None
    if raw[0] in "be":
        try:
            if b2a_base64(a2b_base64(raw[1:]), newline=False) != raw[1:].encode("ascii"):
                return None  # binascii would skip stray characters: only what _b64 writes counts
        except ValueError:  # binascii.Error and UnicodeEncodeError are ValueErrors
            return None
    try:
        return _untag(raw)
    except (InternalError, ValueError):  # binascii.Error and UnicodeDecodeError are ValueErrors
        return None


class GoCacheBackend(NativeHandle):
    """go/cache behind the extension. Arguments are validated by TTLCache."""

    def __init__(
        self, max_entries: int, default_ns: int, shards: int, clock: Optional[Clock], tier: Optional[Tier] = None
    ) -> None:
        config: dict[str, Any] = {"max_entries": max_entries, "default_ttl_ns": default_ns, "shards": shards}
        if tier is not None:
            config.update(redis_url=tier.url, redis_timeout_ns=tier.timeout_ns, revision=tier.revision)
        super().__init__("sarkbind_CacheNew", "sarkbind_CacheClose", {**config, "manual_clock": clock is not None})
        self._clock = clock
        self._default_ns = default_ns
        m = self._m
        self._get = m.sarkbind_CacheGet
        self._get_enc = m.sarkbind_CacheGetEncoded
        self._get_many = m.sarkbind_CacheGetMany
        self._set = m.sarkbind_CacheSet
        self._set_enc = m.sarkbind_CacheSetEncoded
        self._set_many = m.sarkbind_CacheSetMany
        self._delete = m.sarkbind_CacheDelete
        self._delete_enc = m.sarkbind_CacheDeleteEncoded
        self._contains = m.sarkbind_CacheContains
        self._contains_enc = m.sarkbind_CacheContainsEncoded  # all disarmed in a forked child (track)
        if tier is not None:  # the same calls, with the GIL released while Redis answers
            self._get, self._set = m.sarkbind_CacheTierGet, m.sarkbind_CacheTierSet
            self._delete = m.sarkbind_CacheTierDelete

    def _sync(self, clock: Clock) -> None:
        """Push the injected clock's time to the Go cache before an operation."""
        self._call("sarkbind_CacheSetClock", c.clock_ns(clock))

    def _keyed(self, plain: Callable[..., Any], encoded: Callable[..., Any], key: object, *rest: Any) -> Any:
        """Call ``plain`` with the key as str, or ``encoded`` with it base64-encoded."""
        k = c.check_key(key)
        if _crossable(k):
            return call(plain, self._h, k, *rest)
        return call(encoded, self._h, _b64(c.key_bytes(k)), *rest)

    @property
    def shards(self) -> int:
        return int(self._call("sarkbind_CacheShards"))

    def get(self, key: str, default: Optional[Value] = None) -> Optional[Value]:
        if self._clock is not None:
            self._sync(self._clock)
        raw: str
        try:
            raw = self._get(self._h, key)
        except RuntimeError as exc:
            raise from_native(exc) from None
        except _REJECTED:
            raw = self._keyed(self._get, self._get_enc, key)
        if not raw:
            return default
        if raw[0] == "s":  # str inline: the common case
            return raw[1:]
        value = _untag_untrusted(raw)  # the Redis tier copies what it reads there into L1
        return default if value is None else value

    def set(self, key: str, value: Value, ttl: Optional[float] = None) -> None:
        ns = self._default_ns if ttl is None else c.ttl_ns(ttl)
        tagged = _tag(value)
        if self._clock is not None:
            self._sync(self._clock)
        try:
            self._set(self._h, key, tagged, ns)
        except RuntimeError as exc:
            raise from_native(exc) from None
        except _REJECTED:
            self._keyed(self._set, self._set_enc, key, _safe_tag(value), ns)

    def delete(self, key: str) -> bool:
        if self._clock is not None:
            self._sync(self._clock)
        try:
            return bool(self._delete(self._h, key))
        except RuntimeError as exc:
            raise from_native(exc) from None
        except _REJECTED:
            return bool(self._keyed(self._delete, self._delete_enc, key))

    def __contains__(self, key: object) -> bool:
        if self._clock is not None:
            self._sync(self._clock)
        try:
            return bool(self._contains(self._h, key))
        except RuntimeError as exc:
            raise from_native(exc) from None
        except _REJECTED:
            return bool(self._keyed(self._contains, self._contains_enc, key))

    # The tiers one by one (SharedTier, caches with a Redis tier): for a gateway sharing SARK's
    # keyspace. Its keys and values are plain text (go/gateway/sarkcache.go refuses NUL).

    def local_get(self, key: str) -> Optional[Value]:
        raw = self._call("sarkbind_CacheTierLocalGet", key)
        return _untag(raw) if raw else None

    def local_set(self, key: str, value: str, ttl: float) -> None:
        self._call("sarkbind_CacheTierLocalSet", key, _tag(value), c.ttl_ns(ttl))

    def raw_get(self, key: str) -> Optional[bytes]:
        raw = self._call("sarkbind_CacheTierRawGet", key)
        return a2b_base64(raw[1:]) if raw else None

    def raw_set(self, key: str, value: str, ttl: float) -> None:
        self._call("sarkbind_CacheTierRawSet", key, value, c.ttl_ns(ttl))

    def get_many(self, keys: Iterable[str]) -> dict[str, Value]:
        keys = list(keys)
        if not keys:
            return {}
        if self._clock is not None:
            self._sync(self._clock)
        try:
            joined = _SEP.join(keys)
            if joined.count(_SEP) == len(keys) - 1:  # no key holds the separator
                raw = self._get_many(self._h, joined)
            else:
                raw = None
        except RuntimeError as exc:
            raise from_native(exc) from None
        except _REJECTED:
            raw = None
        if raw is None:  # slow path: one call per key, the same semantics
            found: dict[str, Value] = {}
            for k in [c.check_key(k) for k in keys]:
                value = _untag_untrusted(self._keyed(self._get, self._get_enc, k))
                if value is not None:
                    found[k] = value
            return found
        if raw[0] == "P":  # every value is a str, sent untagged: json.loads builds the answer
            found_str: dict[str, Value] = json.loads(raw[1:])
            return found_str
        tagged = {k: _untag_untrusted(v) for k, v in json.loads(raw[1:]).items()}  # Redis's may be junk
        return {k: v for k, v in tagged.items() if v is not None}

    def set_many(self, mapping: Mapping[str, Value], ttl: Optional[float] = None) -> None:
        items = {c.check_key(k): _tag(v) for k, v in mapping.items()}
        c.check_distinct(len(items), len(mapping))
        ns = self._default_ns if ttl is None else c.ttl_ns(ttl)
        if not items:
            return
        if self._clock is not None:
            self._sync(self._clock)
        doc = json.dumps(items, ensure_ascii=False)
        try:
            # A value holding NUL would cross inside the JSON but come back cut at the NUL
            # (C strings), so "\u0000" anywhere sends the batch down the slow path.
            if "\\u0000" not in doc:
                call(self._set_many, self._h, doc, ns)
                return
        except _REJECTED:  # lone surrogates
            pass
        for k, v in mapping.items():  # slow path: one call per item
            self._keyed(self._set, self._set_enc, k, _safe_tag(v), ns)

    def evict_expired(self) -> int:
        if self._clock is not None:
            self._sync(self._clock)
        return int(self._call("sarkbind_CacheEvictExpired"))

    def clear(self) -> None:
        self._call("sarkbind_CacheClear")

    def __len__(self) -> int:
        if self._clock is not None:
            self._sync(self._clock)
        return int(self._call("sarkbind_CacheLen"))

    def stats(self) -> dict[str, int]:
        if self._clock is not None:
            self._sync(self._clock)
        st = json.loads(self._call("sarkbind_CacheStats"))
        out = c.make_stats(st["hits"], st["misses"], st["evictions"], st["expirations"], st["size"])
        out.update((k, v) for k, v in st.items() if k not in out)  # the Redis tier's counters
        return out

    def revision(self) -> str:
        return str(self._call("sarkbind_CacheRevision"))

    def set_revision(self, revision: str) -> bool:
        return bool(self._call("sarkbind_CacheSetRevision", revision))
