"""The public TTLCache interface; ``TTLCache(...)`` builds the backend the flags choose."""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional

from .. import _backend
from ._common import Clock, Value


class TTLCache:
    """A bounded LRU cache of ``str`` keys to ``str``/``bytes`` values, with a TTL per entry.

    ``TTLCache(max_entries=10_000, default_ttl=300.0, backend=None, *, shards=None, clock=None)``

    - Values come back with the type they were stored as. An expired entry is never returned.
    - Beyond ``max_entries`` the least recently used entry is evicted. Keys are spread over
      ``shards`` shards (default: one per 256 entries, at most 16) by crc32 of the key; LRU order
      is per shard, so it is exact only with ``shards=1``. Both backends shard identically.
    - ``ttl``/``default_ttl`` are seconds: > 0, finite, at most 100 years (else ``ValueError``).
    - ``clock``: a callable returning seconds, for tests; by default a monotonic clock.
    - ``get``/``get_many`` refresh recency and count hits/misses; ``in`` and ``len()`` do not.
      ``len()`` counts live entries only (O(entries)).
    - Safe to share between threads. ``close()`` frees it; later calls raise
      :class:`~sark_accel.errors.Closed`.
    """

    backend: str

    def __new__(
        cls,
        max_entries: int = 10_000,
        default_ttl: float = 300.0,
        backend: Optional[str] = None,
        *,
        shards: Optional[int] = None,
        clock: Optional[Clock] = None,
    ) -> TTLCache:
        if cls is TTLCache:
            if _backend.resolve("cache", backend) == "go":
                from ._go import GoTTLCache as impl
            else:
                from ._python import PythonTTLCache as impl  # type: ignore[assignment]
            return super().__new__(impl)
        return super().__new__(cls)

    @property
    def shards(self) -> int:
        """The number of shards."""
        raise NotImplementedError

    def get(self, key: str, default: Optional[Value] = None) -> Optional[Value]:
        """The live value under ``key``, else ``default``."""
        raise NotImplementedError

    def set(self, key: str, value: Value, ttl: Optional[float] = None) -> None:
        """Store ``value`` under ``key`` for ``ttl`` seconds (None: ``default_ttl``)."""
        raise NotImplementedError

    def delete(self, key: str) -> bool:
        """Remove ``key``; True if a live entry was removed."""
        raise NotImplementedError

    def get_many(self, keys: Iterable[str]) -> dict[str, Value]:
        """The live entries among ``keys`` (missing keys are left out), in request order."""
        raise NotImplementedError

    def set_many(self, mapping: Mapping[str, Value], ttl: Optional[float] = None) -> None:
        """Store every item of ``mapping`` with one TTL, in the mapping's order."""
        raise NotImplementedError

    def evict_expired(self) -> int:
        """Remove every expired entry now; returns how many were removed."""
        raise NotImplementedError

    def clear(self) -> None:
        """Remove every entry; the counters are kept."""
        raise NotImplementedError

    def stats(self) -> dict[str, int]:
        """``{"hits", "misses", "evictions", "expirations", "size"}``; size counts live entries."""
        raise NotImplementedError

    def close(self) -> None:
        """Free the cache. Idempotent."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def __contains__(self, key: object) -> bool:
        raise NotImplementedError

    def __enter__(self) -> TTLCache:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<TTLCache backend={self.backend} shards={self.shards}>"
