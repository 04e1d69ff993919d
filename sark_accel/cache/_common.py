"""Argument rules shared by both cache backends, so that they accept and reject the same things."""

from __future__ import annotations

import math
import time
import zlib
from typing import Optional

from ..errors import InvalidArgument
from ._types import Clock, Value

#: The longest TTL accepted: 100 years. Deadlines are int64 nanoseconds and must not overflow.
MAX_TTL = 100 * 365.25 * 24 * 3600.0
_MAX_CLOCK_NS = 1 << 62
#: The largest max_entries: far more than fits in memory, and well inside the go backend's int64.
MAX_ENTRIES = 1 << 32


def default_shards(max_entries: int) -> int:
    """One shard per 256 entries, between 1 and 16 (the same rule as go/cache.DefaultShards)."""
    return max(1, min(16, max_entries // 256))


def check_max_entries(max_entries: object) -> int:
    if type(max_entries) is not int:  # bool is an int subclass: reject it too
        raise TypeError(f"max_entries must be an int, not {type(max_entries).__name__}")
    if not 1 <= max_entries <= MAX_ENTRIES:
        raise InvalidArgument(f"max_entries must be between 1 and 2**32, got {max_entries}")
    return max_entries


def check_shards(shards: object, max_entries: int) -> int:
    if shards is None:
        return default_shards(max_entries)
    if type(shards) is not int:
        raise TypeError(f"shards must be an int or None, not {type(shards).__name__}")
    if shards < 1:
        raise InvalidArgument(f"shards must be at least 1, got {shards}")
    return min(shards, max_entries)


def ttl_ns(ttl: object, name: str = "ttl") -> int:
    """Seconds to whole nanoseconds (at least 1), rejecting <= 0, NaN, inf and > MAX_TTL."""
    if isinstance(ttl, bool) or not isinstance(ttl, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, not {type(ttl).__name__}")
    if not (ttl > 0 and ttl <= MAX_TTL):  # also false for NaN
        raise InvalidArgument(f"{name} must be > 0 and <= {MAX_TTL:.0f} seconds, got {ttl!r}")
    return max(1, math.floor(ttl * 1e9))


def clock_ns(clock: Clock) -> int:
    """Read an injected clock (seconds) as nanoseconds, the way both backends do."""
    t = clock()
    if isinstance(t, bool) or not isinstance(t, (int, float)) or not (0 <= t * 1e9 < _MAX_CLOCK_NS):
        raise InvalidArgument(f"clock() must return seconds in [0, 2**62 ns), got {t!r}")
    return math.floor(t * 1e9)


def monotonic_ns() -> int:
    return time.monotonic_ns()


def check_key(key: object) -> str:
    if type(key) is str:
        return key
    if isinstance(key, str):
        return str.__str__(key)  # a plain str copy of a str subclass
    raise TypeError(f"cache keys must be str, not {type(key).__name__}")


def check_value(value: object) -> Value:
    if type(value) is str or type(value) is bytes:
        return value
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bytes):
        return bytes(value)
    raise TypeError(f"cache values must be str or bytes, not {type(value).__name__}")


def check_distinct(distinct: int, given: int) -> None:
    """set_many refuses str subclass keys that are equal as str (the batch would be ambiguous)."""
    if distinct != given:
        raise InvalidArgument("set_many keys must be distinct as str")


def key_bytes(key: str) -> bytes:
    """The bytes a key is hashed and stored as on the Go side (lone surrogates included)."""
    return key.encode("utf-8", "surrogatepass")


def shard_index(key: str, shards: int) -> int:
    """crc32 (IEEE) of the key's bytes modulo the shard count, as go/cache does."""
    return zlib.crc32(key_bytes(key)) % shards if shards > 1 else 0


def make_stats(hits: int, misses: int, evictions: int, expirations: int, size: int) -> dict[str, int]:
    return {
        "hits": hits,
        "misses": misses,
        "evictions": evictions,
        "expirations": expirations,
        "size": size,
    }


def optional_clock(clock: Optional[Clock]) -> Optional[Clock]:
    if clock is not None and not callable(clock):
        raise TypeError("clock must be a callable returning seconds, or None")
    return clock


#: The longest revision (go/cache/redistier.MaxRevisionLen).
MAX_REVISION_BYTES = 1024
#: The default bound of every Redis operation (go/cache/redistier.DefaultTimeout).
DEFAULT_REDIS_TIMEOUT = 0.005


def check_revision(revision: object) -> str:
    """A policy revision both backends can store: str, UTF-8, no NUL, at most 1024 bytes."""
    if type(revision) is not str:
        raise TypeError(f"revision must be a str, not {type(revision).__name__}")
    try:
        size = len(revision.encode("utf-8"))
    except UnicodeEncodeError:
        raise InvalidArgument("revision must be valid UTF-8 (no lone surrogates)") from None
    if "\x00" in revision or size > MAX_REVISION_BYTES:
        raise InvalidArgument(f"revision must hold no NUL and at most {MAX_REVISION_BYTES} bytes")
    return revision


def check_redis_url(url: object) -> Optional[str]:
    """None, or a redis:// or rediss:// URL with a host (never repeated: it may hold a password)."""
    if url is None:
        return None
    if type(url) is not str:
        raise TypeError(f"redis_url must be a str or None, not {type(url).__name__}")
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        ok = parts.scheme in ("redis", "rediss") and bool(parts.hostname) and parts.port is not None
        ok = ok and url.isprintable() and url.isascii() and not parts.query and not parts.fragment
        ok = ok and (parts.path in ("", "/") or parts.path[1:].isdigit())
    except ValueError:
        ok = False
    if not ok:
        raise InvalidArgument("redis_url must be redis://[user:password@]host:port[/db] or rediss://...")
    return url


def check_redis_timeout(timeout: object) -> int:
    """Seconds to nanoseconds: > 0 and at most 60 s, as go/cache/redistier.WithTimeout."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"redis_timeout must be a number of seconds, not {type(timeout).__name__}")
    if not 0 < timeout <= 60:
        raise InvalidArgument(f"redis_timeout must be > 0 and <= 60 seconds, got {timeout!r}")
    return max(1, math.floor(timeout * 1e9))
