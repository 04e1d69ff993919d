"""The decision cache of ``PolicyEngine.evaluate``: hits are answered in Python, on both backends.

A hit has to be cheap next to what it saves. On the go backend, asking Go's own decision cache
means JSON-encoding the input (its key), crossing into Go and decoding the result: about 8 us,
of which Go's lookup is half a microsecond. Here a hit is one ``marshal.dumps`` (the key), one
dict lookup and one ``marshal.loads`` (the result, as fresh objects: callers may mutate what
they get): a quarter of that. ``evaluate_json`` and ``evaluate_many`` keep using Go's cache.

Why marshal keys are sound: marshal writes every value of the core types (dict, list, tuple, str,
int, float, bool, None) faithfully with its type, and ``marshal.loads`` is a function of the
bytes, so equal keys mean equal values of equal types in the same key order: the same JSON, the
same decision. The converse does not hold (a tuple and an equal list, reordered keys, a string
shared or copied give different bytes), which only costs a miss. Inputs marshal refuses
(subclasses such as OrderedDict or IntEnum, custom objects, nesting past marshal's depth limit)
are keyed by their canonical JSON instead; inputs JSON refuses are not cached, so they raise as
they would without a cache.
"""

from __future__ import annotations

import json
import marshal
import threading
from collections import OrderedDict
from time import monotonic
from typing import Any, Callable, Optional, Union

from .types import UNDEFINED

MISS: Any = object()

Key = Union[bytes, str]


class DecisionCache:
    """At most ``size`` decisions, each for ``ttl`` seconds, least recently used evicted first.

    ``invalidate`` (every policy or data change) empties it and starts a new generation;
    a result computed under an older generation is not stored (it may be stale).
    """

    def __init__(self, size: int, ttl: float) -> None:
        self._size = size
        self._ttl = ttl
        self._entries: OrderedDict[Key, tuple[float, Optional[bytes]]] = OrderedDict()
        self._lock = threading.Lock()
        self.generation = 0

    @staticmethod
    def key(query: str, input: Any) -> Optional[Key]:
        """The key of (query, input), or None when the input has no JSON form."""
        try:
            return marshal.dumps((query, input))
        except ValueError:  # a type marshal does not know, or nested too deep for it
            pass
        try:
            return query + "\x00" + json.dumps(input, sort_keys=True, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError, RecursionError):
            return None

    def through(self, evaluate: Callable[[str, Any], Any], query: str, input: Any) -> Any:
        """``evaluate(query, input)``, answered from the cache when it holds the decision."""
        key = self.key(query, input)
        if key is not None:
            hit = self.get(key)
            if hit is not MISS:
                return hit
        generation = self.generation  # read before evaluating: a change meanwhile voids the result
        result = evaluate(query, input)
        if key is not None:
            self.put(key, generation, result)
        return result

    def get(self, key: Key) -> Any:
        """The cached result (fresh objects), UNDEFINED, or MISS."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return MISS
            if entry[0] <= monotonic():
                del self._entries[key]
                return MISS
            self._entries.move_to_end(key)
        value = entry[1]
        return UNDEFINED if value is None else marshal.loads(value)

    def put(self, key: Key, generation: int, result: Any) -> None:
        """Store ``result`` unless the cache was invalidated since ``generation`` was read."""
        value: Optional[bytes] = None
        if result is not UNDEFINED:
            try:
                value = marshal.dumps(result)
            except ValueError:  # holds a Decimal (a number beyond float range): rare, not kept
                return
        deadline = monotonic() + self._ttl
        with self._lock:
            if generation != self.generation:
                return
            self._entries[key] = (deadline, value)
            self._entries.move_to_end(key)
            if len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def invalidate(self) -> None:
        with self._lock:
            self.generation += 1
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
