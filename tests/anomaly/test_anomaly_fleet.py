"""AnomalyDetector(redis_url=...): baselines merged across processes through a real redis-server."""

from __future__ import annotations

import multiprocessing as mp
import shutil
import socket
import subprocess
import time
from typing import Any, Iterator

import pytest

from sark_accel.anomaly import AnomalyDetector
from sark_accel.bench._service import free_port
from sark_accel.errors import InvalidArgument

NOW = 1705312800.0  # Monday 2024-01-15 10:00 UTC


@pytest.fixture
def redis_url() -> Iterator[str]:
    exe = shutil.which("redis-server")
    if exe is None:
        pytest.skip("redis-server not found on PATH: the fleet tests need a real server")
    port = free_port()
    proc = subprocess.Popen([exe, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.01)
    yield f"redis://127.0.0.1:{port}/0"
    proc.kill()
    proc.wait()


def _events(tool: str, n: int) -> list[dict[str, Any]]:
    return [{"principal": "alice", "timestamp": NOW - 3600 * (i + 1), "tool": tool} for i in range(n)]


def _member(backend: str, url: str, tool: str, expect: int, results: Any, done: Any) -> None:
    detector = AnomalyDetector(backend=backend, min_events=5, clock=lambda: NOW, redis_url=url, sync_interval=0.1)
    detector.observe_many(_events(tool, 10))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        b = detector.baseline("alice")
        if b is not None and b.event_count >= expect:
            break
        time.sleep(0.05)
    time.sleep(0.5)  # several more syncs: counts must not grow (each event counted once)
    b = detector.baseline("alice")
    other = "tool-b" if tool == "tool-a" else "tool-a"
    d = detector.detect({"principal": "alice", "timestamp": NOW - 60, "tool": other})
    results.put((backend, b.event_count if b else 0, sorted(b.common_tools) if b else [], [a.type for a in d]))
    done.wait(60)  # keep the state published until every member has converged
    detector.close()


def test_baselines_converge_across_two_processes(redis_url: str, native: Any) -> None:
    del native
    ctx = mp.get_context("spawn")
    results, done = ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=_member, args=(b, redis_url, t, 20, results, done))
             for b, t in (("go", "tool-a"), ("python", "tool-b"))]  # fmt: skip
    for p in procs:
        p.start()
    try:
        got = sorted(results.get(timeout=90) for _ in procs)
    finally:
        done.set()
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    # Each process saw 10 events of one tool; each judges on all 20, and the other's tool is usual.
    assert got == [("go", 20, ["tool-a", "tool-b"], []), ("python", 20, ["tool-a", "tool-b"], [])]


def test_without_redis_the_detector_goes_on_locally(backend: str) -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    detector = AnomalyDetector(backend=backend, min_events=5, clock=lambda: NOW, redis_url=dead, sync_interval=0.05)
    detector.observe_many(_events("tool-a", 10))
    deadline = time.monotonic() + 10
    while detector.stats()["redis_failures"] == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert detector.stats()["redis_failures"] > 0
    b = detector.baseline("alice")
    assert b is not None and b.event_count == 10
    assert [a.type for a in detector.detect({"principal": "alice", "timestamp": NOW - 60, "tool": "x"})] == [
        "unusual_tool"
    ]
    local = AnomalyDetector(backend=backend, min_events=5, clock=lambda: NOW)
    local.observe_many(_events("tool-a", 10))
    assert detector.export_state() == local.export_state()  # its own counts, byte for byte
    detector.close()
    local.close()


def test_refusals(backend: str) -> None:
    for kw in ({"redis_url": "http://x:1/0"}, {"redis_url": "redis://127.0.0.1:1/0", "sync_interval": 0}):
        with pytest.raises(InvalidArgument):
            AnomalyDetector(backend=backend, **kw)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        AnomalyDetector(backend=backend, redis_url="redis://127.0.0.1:1/0", sync_interval="1")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        AnomalyDetector(backend=backend, redis_url="redis://127.0.0.1:1/0", fleet_max_bytes=1023)


def test_an_oversized_peer_state_is_refused_unread(redis_url: str, backend: str) -> None:
    """Peers' states are untrusted: one past ``fleet_max_bytes`` (16 MiB of junk, limit 1 MiB) is
    refused and read no further than the limit (traced), and the other peers still merge."""
    import tracemalloc

    import redis as redis_py

    from sark_accel.anomaly._fleet import PREFIX

    raw = redis_py.Redis.from_url(redis_url)
    raw.set(PREFIX + "hostile", b"{" + b" " * (16 * 1024 * 1024), px=60_000)
    with AnomalyDetector(backend=backend, min_events=5, clock=lambda: NOW) as peer:
        peer.observe_many(_events("tool-a", 10))
        raw.set(PREFIX + "peer", peer.export_state(), px=60_000)
    tracemalloc.start()
    try:
        detector = AnomalyDetector(
            backend=backend, min_events=5, clock=lambda: NOW, redis_url=redis_url, sync_interval=0.05,
            fleet_max_bytes=1024 * 1024,
        )  # fmt: skip
        detector.detect({"principal": "bob", "timestamp": NOW - 60, "tool": "x"})  # syncs merge at this time
        deadline = time.monotonic() + 30
        while detector.stats()["fleet_syncs"] < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    st = detector.stats()
    assert st["fleet_syncs"] >= 3 and st["fleet_peers"] == 2 and st["redis_failures"] == 0
    assert st["refused_states"] >= st["fleet_syncs"]  # the junk, once per sync
    b = detector.baseline("alice")
    assert b is not None and b.event_count == 10, "the other peer must still be merged"
    assert peak < 8 * 1024 * 1024, f"a sync allocated {peak} bytes: peers' states must be read capped"
    detector.close()
    raw.close()
