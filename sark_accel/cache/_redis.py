"""The Python twin of go/cache/redistier: a PythonCacheBackend (L1) in front of Redis (redis-py).

The same keys, envelope, channel, TTLs and counters as the Go tier, so Go and Python processes
share entries (see go/cache/redistier/doc.go for the semantics):

- L1 keys are ``<revision>\\x00<key>``; Redis keys are the caller's, as UTF-8 (surrogatepass).
- A Redis value is ``sark1:<len(rev)>:<rev><tagged value>``, the tag being the Go backend's
  (``s`` text, ``b`` base64 bytes, ``e`` base64 of text that cannot cross as UTF-8).
- Every Redis operation is bounded by the timeout (redis-py applies it to each connect and each
  socket read or write, so a call can take a small multiple of it; go/cache/redistier bounds the
  whole call); a failure opens a breaker that skips Redis for 10 ms, doubling per consecutive
  failure up to 500 ms.
- A daemon thread follows the revision channel; each (re)subscription reads the stored one.
"""

from __future__ import annotations

import threading
import time
import weakref
from typing import Any, Callable, Iterable, Mapping, Optional

from ..errors import Closed
from . import _common as c
from ._go import _safe_tag, _untag_untrusted
from ._python import PythonCacheBackend
from ._types import Tier, Value

CHANNEL = "sark:policy:revision"
_TAG = b"sark1:"
_MIN_BACKOFF, _MAX_BACKOFF = 0.010, 0.500
_BACKGROUND_CONNECT_TIMEOUT = 0.25  # the subscriber's dial, off the request path
# go/cache/redistier.MaxEnvelopeBytes: values in Redis are untrusted, so get reads at most one
# byte more than this (a longer one is a miss) and set keeps a longer envelope in L1 only.
MAX_ENVELOPE_BYTES = 1 << 20


def seal(revision: str, tagged: str) -> bytes:
    rev = revision.encode("utf-8")
    return _TAG + str(len(rev)).encode() + b":" + rev + tagged.encode("utf-8")


def open_envelope(raw: bytes) -> Optional[tuple[str, str]]:
    """(revision, tagged value), or None for anything that is not an envelope of ours."""
    if not raw.startswith(_TAG):
        return None
    digits, sep, rest = raw[len(_TAG) :].partition(b":")
    if not sep or not 0 < len(digits) <= 6 or not digits.isdigit():
        return None
    n = int(digits)
    if n > len(rest):
        return None
    try:
        return rest[:n].decode("utf-8"), rest[n:].decode("utf-8")
    except UnicodeDecodeError:
        return None


class _Breaker:
    """After a failure Redis is skipped until ``retry_at``; each failure in a row doubles the wait."""

    def __init__(self) -> None:
        self.retry_at = 0.0
        self.wait = 0.0

    def allow(self, now: float) -> bool:
        return self.retry_at == 0.0 or now >= self.retry_at

    def success(self) -> bool:
        was_open = self.retry_at != 0.0
        self.retry_at = self.wait = 0.0
        return was_open

    def failure(self, now: float) -> None:
        self.wait = _MIN_BACKOFF if self.wait == 0.0 else min(2 * self.wait, _MAX_BACKOFF)
        self.retry_at = now + self.wait


def client(url: str, timeout: float, connect_timeout: float, read_timeout: Optional[float]) -> Any:
    """A redis-py client whose every call ends within the timeouts: no retries."""
    try:
        import redis
        from redis.backoff import NoBackoff
        from redis.retry import Retry
    except ImportError:  # pragma: no cover - redis-py is the extra "redis"
        from ..errors import Unavailable

        raise Unavailable("the python backend's Redis tier needs redis-py: pip install 'sark-accel[redis]'") from None
    return redis.Redis.from_url(
        url,
        socket_timeout=read_timeout,
        socket_connect_timeout=max(timeout, connect_timeout),
        retry=Retry(NoBackoff(), 0),
        retry_on_timeout=False,
        health_check_interval=0,
    )


def _follow(
    ref: Callable[[], Optional[PythonTieredCacheBackend]], stop: threading.Event, url: str, timeout: float
) -> None:
    """Follow the revision channel until ``stop``, reconnecting with backoff."""
    wait = _MIN_BACKOFF
    while not stop.is_set():
        conn = None
        try:
            conn = client(url, timeout, _BACKGROUND_CONNECT_TIMEOUT, None)
            pubsub = conn.pubsub()
            pubsub.subscribe(CHANNEL)
            while not stop.is_set():
                msg = pubsub.get_message(timeout=0.1)
                cache = ref()
                if cache is None:
                    return
                if msg is not None:
                    wait = _MIN_BACKOFF
                    if msg["type"] == "subscribe":
                        cache._refresh(conn)
                    elif msg["type"] == "message" and isinstance(msg["data"], bytes):
                        cache._adopt_published(msg["data"])
                del cache
        except Exception:  # Redis gone or the cache closed under us: retry after a backoff
            stop.wait(wait)
            wait = min(2 * wait, _MAX_BACKOFF)
        finally:
            if conn is not None:
                try:
                    conn.close()
                except Exception:
                    pass


class PythonTieredCacheBackend:
    """L1 (PythonCacheBackend) in front of Redis. Arguments are validated by TTLCache."""

    def __init__(self, max_entries: int, default_ns: int, shards: int, tier: Tier) -> None:
        self._l1 = PythonCacheBackend(max_entries, default_ns, shards, None)
        self._default_ns = default_ns
        self._timeout = tier.timeout_ns / 1e9
        url = tier.url
        # Connects happen on the request path here (redis-py keeps no connections warm in the
        # background), so they get the request's timeout too.
        self._redis = client(url, self._timeout, self._timeout, self._timeout)
        self._lock = threading.Lock()  # the breaker and the counters
        self._rev_lock = threading.Lock()
        self._breaker = _Breaker()
        self._revision = tier.revision
        self._counts = dict.fromkeys(
            ("l2_hits", "l2_misses", "redis_failures", "redis_skipped", "recoveries", "revisions", "revisions_refused"),
            0,
        )
        self._stop = threading.Event()
        # The follower holds the cache weakly, so an unclosed cache is still collected (and
        # its finalizer stops the thread).
        self._follower = threading.Thread(
            target=_follow,
            args=(weakref.ref(self), self._stop, url, self._timeout),
            name="sark-accel-redis-revision",
            daemon=True,
        )
        weakref.finalize(self, self._stop.set)
        self._follower.start()

    # --- the Redis side -------------------------------------------------------------

    def _count(self, name: str) -> None:
        with self._lock:
            self._counts[name] += 1

    def _try(self, op: Any) -> tuple[bool, Any]:
        """(True, op()) within the timeout, or (False, None) on failure or while backing off."""
        with self._lock:
            if not self._breaker.allow(time.monotonic()):
                self._counts["redis_skipped"] += 1
                return False, None
        try:
            result = op()
        except Exception:  # any Redis or socket error: count it and serve locally
            with self._lock:
                self._counts["redis_failures"] += 1
                self._breaker.failure(time.monotonic())
            return False, None
        with self._lock:
            if self._breaker.success():
                self._counts["recoveries"] += 1
        return True, result

    # --- revisions ------------------------------------------------------------------

    def _check_open(self) -> None:
        if self._stop.is_set():
            raise Closed("cache is closed")

    def revision(self) -> str:
        self._check_open()
        return self._revision

    def _adopt(self, revision: str) -> None:
        try:
            c.check_revision(revision)
        except (TypeError, ValueError):
            return  # not a revision this package publishes
        with self._rev_lock:
            if revision == self._revision:
                return
            # Cleared before the switch as well as after: a thread that reads the new revision
            # finds no entry of the old one in the local tier. Entries set concurrently with the
            # switch may still land under the old revision; their keys carry it, so they are
            # never served, and they age out.
            self._l1.clear()
            self._revision = revision
            self._l1.clear()
            self._count("revisions")

    def _adopt_published(self, raw: bytes) -> None:
        """Adopt a revision the fleet published or stored (untrusted: anyone who reaches Redis
        can write there); one this package never publishes is counted refused, and one over the
        limit is not even decoded."""
        if len(raw) > c.MAX_REVISION_BYTES or b"\x00" in raw:
            self._count("revisions_refused")
            return
        self._adopt(raw.decode("utf-8", "replace"))

    def set_revision(self, revision: str) -> bool:
        self._check_open()
        self._adopt(revision)

        def broadcast() -> None:
            pipe = self._redis.pipeline(transaction=True)
            pipe.set(CHANNEL, revision.encode("utf-8"))
            pipe.publish(CHANNEL, revision.encode("utf-8"))
            pipe.execute()

        ok, _ = self._try(broadcast)
        return bool(ok)

    def _refresh(self, conn: Any) -> None:
        """Read the stored revision after a (re)subscription: a few bounded tries. Of the value
        only MAX_REVISION_BYTES + 1 bytes are read: one past the limit tells a revision too long."""
        for _ in range(5):
            if self._stop.is_set():
                return
            try:
                pipe = conn.pipeline(transaction=False)
                pipe.getrange(CHANNEL, 0, c.MAX_REVISION_BYTES)
                pipe.exists(CHANNEL)
                raw, stored = pipe.execute()
            except Exception:
                time.sleep(_MIN_BACKOFF)
                continue
            if stored and isinstance(raw, bytes):
                self._adopt_published(raw)
            return

    # --- the cache ------------------------------------------------------------------

    @property
    def shards(self) -> int:
        return self._l1.shards

    def _read_capped(self, key: str) -> tuple[Any, Any]:
        """(value, pttl) of key in one round trip; the value's first MAX_ENVELOPE_BYTES + 1 bytes
        only: values there are untrusted, and one byte past the limit tells "too long"."""
        pipe = self._redis.pipeline(transaction=False)
        pipe.getrange(c.key_bytes(key), 0, MAX_ENVELOPE_BYTES)
        pipe.pttl(c.key_bytes(key))
        raw, pttl = pipe.execute()
        return raw, pttl

    def get(self, key: str, default: Optional[Value] = None) -> Optional[Value]:
        key = c.check_key(key)
        rev = self._revision
        local = self._l1.get(rev + "\x00" + key)
        if local is not None:
            return local

        ok, found = self._try(lambda: self._read_capped(key))
        if not ok:
            return default
        raw, pttl = found
        fits = isinstance(raw, bytes) and len(raw) <= MAX_ENVELOPE_BYTES
        opened = open_envelope(raw) if fits else None
        value = _untag_untrusted(opened[1]) if opened is not None else None
        if value is None or opened is None or opened[0] != rev or not isinstance(pttl, int) or pttl <= 0:
            self._count("l2_misses")
            return default
        self._count("l2_hits")
        self._l1.set(rev + "\x00" + key, value, pttl / 1000)  # L1 never outlives L2
        return value

    def set(self, key: str, value: Value, ttl: Optional[float] = None) -> None:
        key, value = c.check_key(key), c.check_value(value)
        ns = self._default_ns if ttl is None else c.ttl_ns(ttl)
        rev = self._revision
        self._l1.set(rev + "\x00" + key, value, ns / 1e9)
        envelope = seal(rev, _safe_tag(value))
        if len(envelope) > MAX_ENVELOPE_BYTES:
            return
        self._try(lambda: self._redis.set(c.key_bytes(key), envelope, px=max(1, ns // 1_000_000)))

    def delete(self, key: str) -> bool:
        key = c.check_key(key)
        removed = self._l1.delete(self._revision + "\x00" + key)
        self._try(lambda: self._redis.delete(c.key_bytes(key)))
        return removed

    def get_many(self, keys: Iterable[str]) -> dict[str, Value]:
        found: dict[str, Value] = {}
        for k in [c.check_key(k) for k in keys]:
            v = self.get(k)
            if v is not None:
                found[k] = v
        return found

    def set_many(self, mapping: Mapping[str, Value], ttl: Optional[float] = None) -> None:
        items = [(c.check_key(k), c.check_value(v)) for k, v in mapping.items()]
        c.check_distinct(len({k for k, _ in items}), len(items))
        if ttl is not None:
            c.ttl_ns(ttl)
        for k, v in items:
            self.set(k, v, ttl)

    # The tiers one by one (SharedTier): for a gateway sharing SARK's keyspace.

    def local_get(self, key: str) -> Optional[Value]:
        return self._l1.get(key)

    def local_set(self, key: str, value: str, ttl: float) -> None:
        self._l1.set(key, value, ttl)

    def raw_get(self, key: str) -> Optional[bytes]:
        """The value Redis holds under key as stored, if it has a TTL and at most
        MAX_ENVELOPE_BYTES (go: GetRaw); a longer one is a miss, read no further."""

        ok, found = self._try(lambda: self._read_capped(key))
        if not ok:
            return None
        raw, pttl = found
        if (
            not isinstance(raw, bytes)
            or not raw
            or len(raw) > MAX_ENVELOPE_BYTES
            or not isinstance(pttl, int)
            or pttl <= 0
        ):
            self._count("l2_misses")
            return None
        self._count("l2_hits")
        return raw

    def raw_set(self, key: str, value: str, ttl: float) -> None:
        px = max(1, int(ttl * 1e9) // 1_000_000)
        self._try(lambda: self._redis.set(c.key_bytes(key), value.encode("utf-8"), px=px))

    def evict_expired(self) -> int:
        return self._l1.evict_expired()

    def clear(self) -> None:
        self._l1.clear()

    def stats(self) -> dict[str, int]:
        st = self._l1.stats()
        with self._lock:
            st.update(self._counts)
        return st

    def close(self) -> None:
        self._l1.close()
        if not self._stop.is_set():
            self._stop.set()
            self._follower.join(timeout=2.0)
            try:
                self._redis.close()
            except Exception:
                pass

    def __len__(self) -> int:
        return len(self._l1)

    def __contains__(self, key: object) -> bool:
        return self._revision + "\x00" + c.check_key(key) in self._l1
