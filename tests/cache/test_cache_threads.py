"""Many Python threads on one Go cache: nothing lost, counters consistent."""

from __future__ import annotations

import threading

import pytest

from sark_accel.cache import TTLCache


@pytest.mark.parametrize("shards", [1, 16])
def test_eight_threads_no_lost_updates(backend: str, shards: int) -> None:
    cache = TTLCache(100_000, 300.0, backend=backend, shards=shards)
    n_threads, per_thread = 8, 2_000
    errors: list[str] = []
    start = threading.Barrier(n_threads)

    def worker(t: int) -> None:
        start.wait()
        for i in range(per_thread):
            key = f"user{t}:tool{i}"
            cache.set(key, key if i % 2 else key.encode())
            got = cache.get(key)
            if got != (key if i % 2 else key.encode()):
                errors.append(f"{key}: {got!r}")
            if i % 100 == 0:
                found = cache.get_many([f"user{t}:tool{j}" for j in range(i + 1)])
                if len(found) != i + 1:
                    errors.append(f"get_many saw {len(found)} of {i + 1}")

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(n_threads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert not errors, errors[:5]
    stats = cache.stats()
    total = n_threads * per_thread
    get_many_hits = n_threads * sum(i + 1 for i in range(0, per_thread, 100))
    assert stats == {"hits": total + get_many_hits, "misses": 0, "evictions": 0, "expirations": 0, "size": total}
    assert len(cache) == total


def test_threads_contending_for_few_keys(backend: str) -> None:
    cache = TTLCache(4, 300.0, backend=backend, shards=1)
    n_threads, per_thread = 8, 1_000

    def worker(t: int) -> None:
        for i in range(per_thread):
            cache.set(f"k{(t + i) % 10}", str(i))
            cache.get(f"k{i % 10}")

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(n_threads)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    st = cache.stats()
    assert st["hits"] + st["misses"] == n_threads * per_thread
    assert st["size"] == len(cache) <= 4
