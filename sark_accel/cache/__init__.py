"""A sharded LRU cache with a TTL per entry: Go (golang-lru) or pure-Python backend.

>>> from sark_accel.cache import TTLCache
>>> cache = TTLCache(max_entries=10_000, default_ttl=300.0)
>>> cache.set("policy:decision:alice:invoke:db.query", "allow", ttl=60)
>>> cache.get("policy:decision:alice:invoke:db.query")
'allow'
"""

from ._base import TTLCache

__all__ = ["TTLCache"]
