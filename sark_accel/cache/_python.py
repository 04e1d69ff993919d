"""The pure-Python reference TTL cache: the same semantics as go/cache, shard for shard."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Iterable, Mapping, Optional

from ..errors import Closed, InvalidArgument
from . import _common as c
from ._types import Clock, Value


class _Shard:
    __slots__ = ("entries", "capacity")

    def __init__(self, capacity: int) -> None:
        # key -> (value, deadline_ns); the first item is the least recently used.
        self.entries: OrderedDict[str, tuple[Value, int]] = OrderedDict()
        self.capacity = capacity


class PythonCacheBackend:
    """Sharded LRU with a TTL per entry, guarded by one lock. Arguments are validated by TTLCache."""

    def __init__(self, max_entries: int, default_ns: int, shards: int, clock: Optional[Clock]) -> None:
        self._shards = [_Shard(max_entries // shards + (i < max_entries % shards)) for i in range(shards)]
        self._default_ns = default_ns
        self._clock = clock
        self._lock = threading.Lock()
        self._hits = self._misses = self._evictions = self._expirations = 0
        self._closed = False

    @property
    def shards(self) -> int:
        return len(self._shards)

    def _now(self) -> int:
        if self._closed:
            raise Closed("cache is closed")
        return c.clock_ns(self._clock) if self._clock is not None else c.monotonic_ns()

    def _shard(self, key: str) -> _Shard:
        return self._shards[c.shard_index(key, len(self._shards))]

    def _get(self, key: str, now: int) -> Optional[Value]:
        entries = self._shard(key).entries
        item = entries.get(key)
        if item is not None and now >= item[1]:
            del entries[key]
            self._expirations += 1
            item = None
        if item is None:
            self._misses += 1
            return None
        entries.move_to_end(key)
        self._hits += 1
        return item[0]

    def _set(self, key: str, value: Value, deadline: int, now: int) -> None:
        shard = self._shard(key)
        entries = shard.entries
        if key in entries:
            entries.move_to_end(key)
        elif len(entries) >= shard.capacity:
            _, (_, old_deadline) = entries.popitem(last=False)
            if now >= old_deadline:
                self._expirations += 1
            else:
                self._evictions += 1
        entries[key] = (value, deadline)

    def _ttl(self, ttl: Optional[float]) -> int:
        return self._default_ns if ttl is None else c.ttl_ns(ttl)

    def get(self, key: str, default: Optional[Value] = None) -> Optional[Value]:
        key = c.check_key(key)
        with self._lock:
            value = self._get(key, self._now())
        return default if value is None else value

    def set(self, key: str, value: Value, ttl: Optional[float] = None) -> None:
        key, value, ns = c.check_key(key), c.check_value(value), self._ttl(ttl)
        with self._lock:
            now = self._now()
            self._set(key, value, now + ns, now)

    def delete(self, key: str) -> bool:
        key = c.check_key(key)
        with self._lock:
            now = self._now()
            item = self._shard(key).entries.pop(key, None)
            if item is None:
                return False
            if now >= item[1]:
                self._expirations += 1
                return False
            return True

    def get_many(self, keys: Iterable[str]) -> dict[str, Value]:
        keys = [c.check_key(k) for k in keys]
        found: dict[str, Value] = {}
        with self._lock:
            now = self._now()
            for k in keys:
                value = self._get(k, now)
                if value is not None:
                    found[k] = value
        return found

    def set_many(self, mapping: Mapping[str, Value], ttl: Optional[float] = None) -> None:
        items = [(c.check_key(k), c.check_value(v)) for k, v in mapping.items()]
        c.check_distinct(len({k for k, _ in items}), len(items))
        ns = self._ttl(ttl)
        with self._lock:
            now = self._now()
            for k, v in items:
                self._set(k, v, now + ns, now)

    def evict_expired(self) -> int:
        with self._lock:
            now = self._now()
            n = 0
            for shard in self._shards:
                expired = [k for k, (_, deadline) in shard.entries.items() if now >= deadline]
                for k in expired:
                    del shard.entries[k]
                n += len(expired)
            self._expirations += n
            return n

    def clear(self) -> None:
        with self._lock:
            self._now()  # raises when closed
            for shard in self._shards:
                shard.entries.clear()

    def _live(self, now: int) -> int:
        return sum(1 for s in self._shards for _, deadline in s.entries.values() if now < deadline)

    def __len__(self) -> int:
        with self._lock:
            return self._live(self._now())

    def __contains__(self, key: object) -> bool:
        key = c.check_key(key)
        with self._lock:
            now = self._now()
            item = self._shard(key).entries.get(key)
            return item is not None and now < item[1]

    def stats(self) -> dict[str, int]:
        with self._lock:
            size = self._live(self._now())
            return c.make_stats(self._hits, self._misses, self._evictions, self._expirations, size)

    def revision(self) -> str:
        with self._lock:
            self._now()  # raises when closed
        raise InvalidArgument("cache has no Redis tier (redis_url)")

    def set_revision(self, revision: str) -> bool:
        return bool(self.revision())

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for shard in self._shards:
                shard.entries.clear()
