"""TTLCache behaviour, run against both backends."""

from __future__ import annotations

import math
from typing import Optional

import pytest

from sark_accel.cache import TTLCache, Value
from sark_accel.errors import Closed, InvalidArgument


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def make(backend: str, max_entries: int = 100, default_ttl: float = 60.0, **kw: object) -> TTLCache:
    return TTLCache(max_entries, default_ttl, backend=backend, **kw)  # type: ignore[arg-type]


def test_get_set_roundtrip_keeps_types(backend: str) -> None:
    c = make(backend)
    values: dict[str, str | bytes] = {
        "text": "allow",
        "empty": "",
        "bytes": b"\x00\xff\x01",
        "empty-bytes": b"",
        "unicode": "d\u00e9cision \U0001f512",
        "nul": "a\x00b",
        "surrogate": "x\udc80y",
        "sep": "a\x1fb",
    }
    for k, v in values.items():
        c.set(k, v)
    for k, v in values.items():
        got = c.get(k)
        assert got == v and type(got) is type(v), k
    assert c.get("missing") is None and c.get("missing", "d") == "d"
    assert c.backend == backend and len(c) == len(values)


@pytest.mark.parametrize("key", ["", "a\x00b", "\udcff", "\x1f", "key with spaces", "\U0010ffff"])
def test_odd_keys_are_distinct_and_addressable(backend: str, key: str) -> None:
    c = make(backend)
    c.set(key, "v")
    c.set(key + "x", "w")
    assert c.get(key) == "v" and key in c and c.get(key + "x") == "w"
    assert c.get_many([key, key + "x", "nope"]) == {key: "v", key + "x": "w"}
    assert c.delete(key) and not c.delete(key) and key not in c


def test_ttl_per_entry_and_expiry(backend: str) -> None:
    clock = Clock()
    c = make(backend, clock=clock)
    c.set("short", "s", ttl=1)
    c.set("long", "l", ttl=10)
    c.set("default", "d")
    clock.t += 1  # exactly at the deadline: expired
    assert "short" not in c and c.get("short") is None
    assert c.get("long") == "l" and len(c) == 2
    clock.t += 59
    assert c.evict_expired() == 2 and len(c) == 0
    st = c.stats()
    assert st == {"hits": 1, "misses": 1, "evictions": 0, "expirations": 3, "size": 0}


def test_lru_eviction_and_stats(backend: str) -> None:
    c = make(backend, max_entries=2, shards=1)
    c.set("a", "1")
    c.set("b", "2")
    assert c.get("a") == "1"
    c.set("c", "3")  # evicts b, the least recently used
    assert "b" not in c and c.get_many(["a", "b", "c"]) == {"a": "1", "c": "3"}
    assert c.stats() == {"hits": 3, "misses": 1, "evictions": 1, "expirations": 0, "size": 2}


def test_contains_and_len_do_not_touch_recency(backend: str) -> None:
    c = make(backend, max_entries=2, shards=1)
    c.set("a", "1")
    c.set("b", "2")
    assert "a" in c and len(c) == 2
    c.set("c", "3")  # "a" is still the LRU: `in` did not refresh it
    assert "a" not in c
    assert c.stats()["hits"] == 0 and c.stats()["misses"] == 0


def test_set_many_get_many(backend: str) -> None:
    c = make(backend)
    c.set_many({"a": "1", "b": b"2", "c\x00": "3\x00", "\udc00": "4"}, ttl=5)
    assert c.get_many(iter(["a", "b", "zz", "c\x00", "\udc00", "a"])) == {
        "a": "1",
        "b": b"2",
        "c\x00": "3\x00",
        "\udc00": "4",
    }
    assert c.stats()["hits"] == 5 and c.stats()["misses"] == 1
    assert c.get_many([]) == {}
    c.set_many({})


def test_clear_keeps_counters(backend: str) -> None:
    c = make(backend)
    c.set("a", "1")
    c.get("a")
    c.clear()
    assert len(c) == 0 and c.get("a") is None
    assert c.stats()["hits"] == 1


def test_shards_split_capacity(backend: str) -> None:
    c = make(backend, max_entries=10, shards=4)
    assert c.shards == 4
    for i in range(100):
        c.set(f"k{i}", "v")
    assert len(c) == 10
    assert make(backend, max_entries=3, shards=16).shards == 3
    assert make(backend, max_entries=10_000).shards == 16


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_entries": 0},
        {"max_entries": -5},
        {"default_ttl": 0},
        {"default_ttl": -1.0},
        {"default_ttl": math.nan},
        {"default_ttl": math.inf},
        {"default_ttl": 1e12},
        {"shards": 0},
    ],
)
def test_invalid_construction_values(backend: str, kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidArgument):  # a ValueError too
        TTLCache(backend=backend, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("kwargs", [{"max_entries": 1.5}, {"max_entries": True}, {"default_ttl": "5"}, {"shards": 2.0}])
def test_invalid_construction_types(backend: str, kwargs: dict[str, object]) -> None:
    with pytest.raises(TypeError):
        TTLCache(backend=backend, **kwargs)  # type: ignore[arg-type]


def test_invalid_operations(backend: str) -> None:
    c = make(backend)
    for bad_ttl in (0, -1, math.nan, math.inf):
        with pytest.raises(InvalidArgument):
            c.set("k", "v", ttl=bad_ttl)
    with pytest.raises(TypeError):
        c.set("k", "v", ttl="1")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        c.set(1, "v")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        c.set(b"k", "v")  # type: ignore[arg-type]
    for bad_value in (1, None, bytearray(b"x"), ["x"]):
        with pytest.raises(TypeError):
            c.set("k", bad_value)  # type: ignore[arg-type]
    for op in (c.get, c.delete, c.__contains__):
        with pytest.raises(TypeError):
            op(1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        c.get_many(["a", 1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        c.set_many({"a": "1", "b": 2})  # type: ignore[dict-item]
    with pytest.raises(TypeError):
        c.set_many({1: "1"})  # type: ignore[dict-item]
    assert len(c) == 0  # nothing half-applied


def test_argument_errors_are_sark_accel_errors_and_builtins(backend: str) -> None:
    assert issubclass(InvalidArgument, ValueError)
    c = make(backend, clock=lambda: -1.0)
    with pytest.raises(InvalidArgument, match="clock"):
        c.get("k")

    class S(str):
        def __hash__(self) -> int:
            return hash(str(self)) + 1  # equal as str, distinct as dict keys

    with pytest.raises(InvalidArgument, match="distinct"):
        make(backend).set_many({"k": "1", S("k"): "2"})


def test_backend_is_keyword_only(backend: str) -> None:
    with pytest.raises(TypeError, match=r"keyword-only, e\.g\. TTLCache\(\.\.\., backend='go'\)"):
        TTLCache(10, 60.0, "go")  # type: ignore[arg-type]  # mypy too: expected "Never"
    c = TTLCache(10, 60.0, backend=backend)
    assert type(c) is TTLCache and c.backend == backend  # one facade class, whatever the backend


def test_subclass_overrides_win(backend: str) -> None:
    class Counting(TTLCache):
        gets = 0

        def get(self, key: str, default: Optional[Value] = None) -> Optional[Value]:
            Counting.gets += 1
            return super().get(key, default)

    c = Counting(10, 60.0, backend=backend)
    c.set("k", "v")
    assert c.get("k") == "v" and c.get("missing", "d") == "d" and Counting.gets == 2


def test_str_and_bytes_subclasses_come_back_as_plain_types(backend: str) -> None:
    class S(str):
        pass

    class B(bytes):
        pass

    c = make(backend)
    c.set(S("k"), S("v"))
    c.set("b", B(b"x"))
    assert type(c.get("k")) is str and c.get(S("k")) == "v"
    assert type(c.get("b")) is bytes


def test_closed_cache_raises(backend: str) -> None:
    c = make(backend)
    c.set("a", "1")
    c.close()
    c.close()  # idempotent
    calls = [
        lambda: c.get("a"),
        lambda: c.set("a", "1"),
        lambda: c.delete("a"),
        lambda: "a" in c,
        lambda: c.get_many(["a"]),
        lambda: c.set_many({"a": "1"}),
        lambda: c.evict_expired(),
        lambda: c.clear(),
        lambda: len(c),
        lambda: c.stats(),
    ]
    for call in calls:
        with pytest.raises(Closed):
            call()


def test_context_manager_and_repr(backend: str) -> None:
    with make(backend) as c:
        c.set("a", "1")
        assert backend in repr(c)
    with pytest.raises(Closed):
        c.get("a")


def test_go_handles_are_freed(native: object) -> None:
    import gc

    from sark_accel import _native

    mod = _native.module()
    assert mod is not None
    gc.collect()  # engines earlier tests left to the collector are freed now, not during the count
    before = mod.sarkbind_HandleCount()
    caches = [make("go") for _ in range(50)]
    assert mod.sarkbind_HandleCount() == before + 50
    del caches
    gc.collect()
    assert mod.sarkbind_HandleCount() == before
