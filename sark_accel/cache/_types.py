"""The types both cache backends share: values, the injected clock, and the backend Protocol."""

from __future__ import annotations

from typing import Callable, Iterable, Mapping, NamedTuple, Optional, Protocol, Union

#: A cached value comes back with the type it was stored as.
Value = Union[str, bytes]
#: An injected clock: a callable returning seconds.
Clock = Callable[[], float]


class Tier(NamedTuple):
    """The Redis tier of a two-level cache, as validated by TTLCache."""

    url: str
    timeout_ns: int
    revision: str


class CacheBackend(Protocol):
    """What ``TTLCache`` delegates to: ``PythonCacheBackend`` or ``GoCacheBackend``.

    Both take already validated arguments at construction (max_entries, default TTL in ns,
    shard count, clock) and check keys, values and TTLs of each call the same way.
    """

    @property
    def shards(self) -> int: ...

    def get(self, key: str, default: Optional[Value] = None) -> Optional[Value]: ...

    def set(self, key: str, value: Value, ttl: Optional[float] = None) -> None: ...

    def delete(self, key: str) -> bool: ...

    def get_many(self, keys: Iterable[str]) -> dict[str, Value]: ...

    def set_many(self, mapping: Mapping[str, Value], ttl: Optional[float] = None) -> None: ...

    def evict_expired(self) -> int: ...

    def clear(self) -> None: ...

    def stats(self) -> dict[str, int]: ...

    def close(self) -> None: ...

    def revision(self) -> str: ...

    def set_revision(self, revision: str) -> bool: ...

    def __len__(self) -> int: ...

    def __contains__(self, key: object) -> bool: ...


class SharedTier(Protocol):
    """The tiers of a Redis-tiered cache one by one, for a gateway sharing SARK's keyspace
    (sark_accel/gateway/_sark.py): the local tier under keys as given (no revision prefix: a
    revision change clears it all), and Redis alone with values as they are (no envelope)."""

    def local_get(self, key: str) -> Optional[Value]: ...

    def local_set(self, key: str, value: str, ttl: float) -> None: ...

    def raw_get(self, key: str) -> Optional[bytes]: ...

    def raw_set(self, key: str, value: str, ttl: float) -> None: ...
