"""Cache benchmark: Go TTLCache vs the Python backend vs cachetools.TTLCache vs Redis (redis-py).

Every candidate does the same work: a 10,000-key working set of ~100-byte str values; get,
set, and get_many of 100 keys; 1 and 2 threads. cachetools is not thread-safe, so with threads
it runs behind a lock (what a user would have to do).
"""

from __future__ import annotations

import contextlib
import importlib
import shutil
import threading
from typing import Callable, Optional

from ._timing import BENCH_EXTRA, fmt_rate, fmt_ratio, ops_per_second, progress, skipped, table

N_KEYS = 10_000
VALUE = "allow:" + "x" * 94


class _LockedCachetools:
    def __init__(self) -> None:
        import cachetools

        self.c: cachetools.TTLCache[str, str] = cachetools.TTLCache(maxsize=N_KEYS, ttl=300)
        self.lock = threading.Lock()

    def get(self, k: str) -> object:
        with self.lock:
            return self.c.get(k)

    def set(self, k: str, v: str) -> None:
        with self.lock:
            self.c[k] = v

    def get_many(self, ks: list[str]) -> dict[str, object]:
        with self.lock:
            g = self.c.get
            return {k: v for k in ks if (v := g(k)) is not None}


Ops = tuple[Callable[[str], object], Callable[[str, str], object], Callable[[list[str]], object]]


def _candidates(redis_port: Optional[int]) -> dict[str, Ops]:
    from ..cache import TTLCache

    out: dict[str, Ops] = {}
    go = TTLCache(N_KEYS, 300.0, backend="go")
    out["go"] = (go.get, go.set, go.get_many)
    py = TTLCache(N_KEYS, 300.0, backend="python")
    out["python"] = (py.get, py.set, py.get_many)
    try:
        ct = _LockedCachetools()
        out["cachetools"] = (ct.get, ct.set, ct.get_many)
    except ImportError:
        skipped("cachetools, the module", BENCH_EXTRA)
    if redis_port is not None:
        import redis

        pool = redis.ConnectionPool(host="127.0.0.1", port=redis_port)
        r = redis.Redis(connection_pool=pool)

        def rget_many(ks: list[str]) -> dict[str, object]:
            return {k: v for k, v in zip(ks, r.mget(ks), strict=True) if v is not None}

        def rset(k: str, v: str) -> object:
            return r.set(k, v, ex=300)

        out["redis"] = (r.get, rset, rget_many)
    return out


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def _driver(op: str, ops: Ops, keys: list[str], batches: list[list[str]]) -> Callable[[int], object]:
    get, set_, get_many = ops
    if op == "get":
        return lambda i: get(keys[i % N_KEYS])
    if op == "set":
        return lambda i: set_(keys[i % N_KEYS], VALUE)
    return lambda i: get_many(batches[i % len(batches)])


def run(quick: bool = False) -> str:
    from ._redis import redis_server

    keys = [f"policy:decision:user{i % 700}:invoke:tool{i}:{i * 2654435761 % 4294967296:08x}" for i in range(N_KEYS)]
    batches = [keys[(i * 100) % N_KEYS : (i * 100) % N_KEYS + 100] for i in range(N_KEYS // 100)]
    scale = 0.1 if quick else 1.0
    n_single = int(100_000 * scale)
    n_many = int(3_000 * scale)
    n_redis = int(5_000 * scale)

    with contextlib.ExitStack() as stack:
        port: Optional[int] = None
        if not _importable("redis"):
            skipped("Redis, the redis module", BENCH_EXTRA)
        elif shutil.which("redis-server") is None:
            skipped("Redis, redis-server", "apt-get install redis-server (Debian), or put redis-server on PATH")
        else:
            port = stack.enter_context(redis_server())
        cands = _candidates(port)
        for _, set_, _ in cands.values():
            for k in keys:
                set_(k, VALUE)
        results: dict[tuple[str, int], dict[str, float]] = {}
        for op in ("get", "set", "get_many(100)"):
            for threads in (1, 2):
                row = results.setdefault((op, threads), {})
                for name, ops in cands.items():
                    progress(f"cache {op} threads={threads} {name}")
                    if op == "get_many(100)":
                        n = max(50, n_redis // 20) if name == "redis" else n_many
                    else:
                        n = n_redis if name == "redis" else n_single
                    rate = ops_per_second(_driver(op, ops, keys, batches), n, threads)
                    row[name] = rate

    names = list(cands)
    headers = ["operation", "threads", *(f"{n} calls/s" for n in names), *(f"go vs {n}" for n in names if n != "go")]
    rows = []
    for (op, threads), row in results.items():
        rows.append(
            [
                op,
                str(threads),
                *(fmt_rate(row.get(n)) for n in names),
                *(fmt_ratio(row.get("go"), row.get(n)) for n in names if n != "go"),
            ]
        )
    return table(headers, rows)
