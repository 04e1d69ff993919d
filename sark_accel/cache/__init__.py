"""A sharded LRU cache with a TTL per entry: Go (golang-lru) or pure-Python backend; with
``redis_url``, the local tier of a two-level cache shared by a fleet through Redis.

>>> from sark_accel.cache import TTLCache
>>> cache = TTLCache(max_entries=10_000, default_ttl=300.0)
>>> cache.set("policy:decision:alice:invoke:db.query", "allow", ttl=60)
>>> cache.get("policy:decision:alice:invoke:db.query")
'allow'
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, NoReturn, Optional, cast

from .. import _backend
from ..errors import InvalidArgument
from . import _common as c
from ._types import CacheBackend, Clock, SharedTier, Tier, Value

__all__ = ["TTLCache", "CacheBackend", "Value"]


class TTLCache:
    """A bounded LRU cache of ``str`` keys to ``str``/``bytes`` values, with a TTL per entry.

    ``TTLCache(max_entries=10_000, default_ttl=300.0, *, backend=None, shards=None, clock=None)``

    - Values come back with the type they were stored as. An expired entry is never returned.
    - Beyond ``max_entries`` the least recently used entry is evicted. Keys are spread over
      ``shards`` shards (default: one per 256 entries, at most 16) by crc32 of the key; LRU order
      is per shard, so it is exact only with ``shards=1``. Both backends shard identically.
    - ``ttl``/``default_ttl`` are seconds: > 0, finite, at most 100 years (else
      :class:`~sark_accel.errors.InvalidArgument`, a ``ValueError``).
    - ``clock``: a callable returning seconds, for tests; by default a monotonic clock.
    - ``get``/``get_many`` refresh recency and count hits/misses; ``in`` and ``len()`` do not.
      ``len()`` counts live entries only (O(entries)).
    - Safe to share between threads. ``close()`` frees it; later calls raise
      :class:`~sark_accel.errors.Closed`.

    Redis as the shared tier (``redis_url="redis://host:port/db"``, not with ``clock``):

    - ``get`` reads the local tier, then Redis (a hit is kept locally for the time Redis has
      left); ``set``/``delete`` write both. Keys are yours (SARK's
      ``policy:decision:{user}:{action}:{resource}:{ctx-hash}``) and shared by every process;
      both backends store the same bytes, so Go and Python processes share entries.
    - Entries carry the policy ``revision`` they were written under and only those of the
      current one are returned. ``set_revision(rev)`` changes it here and broadcasts it
      (Redis pub/sub): every process drops its local entries. ``revision`` reads it.
    - Every Redis operation is bounded by ``redis_timeout`` (default 5 ms). A failure is
      counted and Redis is skipped for a backoff (10 ms doubling to 500 ms): no call fails or
      waits longer than the timeout because Redis is gone; the local tier keeps serving.
    - ``in``, ``len()``, ``clear()`` and ``evict_expired()`` concern the local tier only;
      ``stats()`` adds ``l2_hits``, ``l2_misses``, ``redis_failures``, ``redis_skipped``,
      ``recoveries``, ``revisions`` and ``revisions_refused`` (stored or published ones over
      1 KiB or holding NUL). A value in Redis that this class did not write (a foreign or
      corrupt one) is an L2 miss. The python backend needs redis-py (extra ``redis``).
    """

    def __init__(
        self,
        max_entries: int = 10_000,
        default_ttl: float = 300.0,
        *positional: NoReturn,  # only to name the mistake: backend used to be the third positional
        backend: Optional[str] = None,
        shards: Optional[int] = None,
        clock: Optional[Clock] = None,
        redis_url: Optional[str] = None,
        redis_timeout: float = c.DEFAULT_REDIS_TIMEOUT,
        revision: str = "",
    ) -> None:
        _backend.keyword_only("TTLCache", positional)
        self.backend = _backend.resolve("cache", backend)
        self.max_entries = c.check_max_entries(max_entries)
        default_ns = c.ttl_ns(default_ttl, "default_ttl")
        n = c.check_shards(shards, self.max_entries)
        clock = c.optional_clock(clock)
        url = c.check_redis_url(redis_url)
        tier = None if url is None else Tier(url, c.check_redis_timeout(redis_timeout), c.check_revision(revision))
        if tier is not None and clock is not None:
            raise InvalidArgument("clock cannot drive Redis's TTLs: give redis_url or clock, not both")
        self._tiered = tier is not None
        self._impl: CacheBackend
        if self.backend == "go":
            from ._go import GoCacheBackend

            self._impl = GoCacheBackend(self.max_entries, default_ns, n, clock, tier)
        elif tier is not None:
            from ._redis import PythonTieredCacheBackend

            self._impl = PythonTieredCacheBackend(self.max_entries, default_ns, n, tier)
        else:
            from ._python import PythonCacheBackend

            self._impl = PythonCacheBackend(self.max_entries, default_ns, n, clock)
        if type(self) is TTLCache:  # a subclass's overrides must win
            # The hot calls skip this class's frame (about 30 ns of a go get's 800): instance
            # attributes shadow the methods below, which stay for documentation and type checkers.
            impl = self._impl
            vars(self).update(get=impl.get, set=impl.set, delete=impl.delete, get_many=impl.get_many)

    def _shared_tier(self) -> Optional[SharedTier]:
        """Both tiers one by one (for the gateway's SARK keyspace), or None without Redis."""
        return cast(SharedTier, self._impl) if self._tiered else None

    @property
    def shards(self) -> int:
        """The number of shards."""
        return self._impl.shards

    def get(self, key: str, default: Optional[Value] = None) -> Optional[Value]:
        """The live value under ``key``, else ``default``."""
        return self._impl.get(key, default)

    def set(self, key: str, value: Value, ttl: Optional[float] = None) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds (None: ``default_ttl``)."""
        self._impl.set(key, value, ttl)

    def delete(self, key: str) -> bool:
        """Remove ``key``; True if a live entry was removed."""
        return self._impl.delete(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Value]:
        """The live entries among ``keys`` (missing keys are left out), in request order."""
        return self._impl.get_many(keys)

    def set_many(self, mapping: Mapping[str, Value], ttl: Optional[float] = None) -> None:
        """Store every item of ``mapping`` with one TTL, in the mapping's order."""
        self._impl.set_many(mapping, ttl)

    def evict_expired(self) -> int:
        """Remove every expired entry now; returns how many were removed."""
        return self._impl.evict_expired()

    def clear(self) -> None:
        """Remove every entry; the counters are kept."""
        self._impl.clear()

    def stats(self) -> dict[str, int]:
        """``{"hits", "misses", "evictions", "expirations", "size"}``; size counts live entries."""
        return self._impl.stats()

    @property
    def revision(self) -> str:
        """The policy revision entries are read and written under (Redis-tiered caches only)."""
        return self._impl.revision()

    def set_revision(self, revision: str) -> bool:
        """Make ``revision`` current here and broadcast it to every process sharing the Redis.

        Local entries are dropped. Returns whether Redis took the broadcast (False while it is
        unreachable: the local change stands; call again to retry). Redis-tiered caches only.
        """
        return self._impl.set_revision(c.check_revision(revision))

    def close(self) -> None:
        """Free the cache. Idempotent; later calls raise :class:`~sark_accel.errors.Closed`."""
        self._impl.close()

    def __len__(self) -> int:
        return len(self._impl)

    def __contains__(self, key: object) -> bool:
        return key in self._impl

    def __enter__(self) -> TTLCache:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<TTLCache backend={self.backend} shards={self.shards}>"
