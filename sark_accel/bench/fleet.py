"""Fleet benchmark: N = 1, 2, 4 processes sharing one Redis behind their two-level TTLCaches.

Each process (multiprocessing, spawn) runs the gateway's cache pattern for a fixed time: look
the decision up (L1, then Redis), and on a miss evaluate the policy (the embedded OPA engine,
go backend) and store the result in both tiers. Keys follow a Zipf law (s = 1.1) over more
keys than L1 holds, so some lookups hit L1, some Redis (an entry another process or an
evicted L1 entry put there) and the rest reach the policy. Reported: decisions/s over all
processes, the three shares, the time a revision broadcast takes to reach every process, and
single-call latencies of each path. With ``sark_accel.bench._bundle_propagation`` present, the
time for a new policy bundle to reach every process is added.
"""

from __future__ import annotations

import bisect
import contextlib
import multiprocessing as mp
import random
import time
from importlib import import_module
from typing import Any

from ._timing import fmt_rate, latencies_us, percentile, progress, skipped, table

N_KEYS = 50_000
L1_ENTRIES = 5_000
ZIPF_S = 1.1
POLICY = 'package fleet\ndecision := {"allow": input.user != "mallory", "cache_ttl": 300}'
QUERY = "data.fleet.decision"


def zipf_keys(n: int, count: int, seed: int) -> list[int]:
    """``count`` key indices in [0, n) drawn from a Zipf law: index i with weight 1 / (i+1)^s."""
    cumulative, total = [], 0.0
    for i in range(n):
        total += 1.0 / (i + 1) ** ZIPF_S
        cumulative.append(total)
    rnd = random.Random(seed)
    return [min(n - 1, bisect.bisect_left(cumulative, rnd.random() * total)) for _ in range(count)]


def _key(i: int) -> str:
    return f"policy:decision:user{i % 997}:invoke:tool{i}:{i * 2654435761 % 4294967296:016x}"


def _worker(url: str, seconds: float, seed: int, start: Any, results: Any, revisions: Any) -> None:
    from ..cache import TTLCache
    from ..policy import PolicyEngine

    cache = TTLCache(L1_ENTRIES, 300.0, backend="go", redis_url=url, revision="fleet-r1")
    engine = PolicyEngine(backend="go")
    engine.load_policy("fleet.rego", POLICY)
    keys = [_key(i) for i in zipf_keys(N_KEYS, 200_000, seed)]
    users = [f"user{i % 997}" for i in range(len(keys))]
    start.wait()
    deadline, done, i = time.perf_counter() + seconds, 0, 0
    began = time.perf_counter()
    while time.perf_counter() < deadline:
        for _ in range(200):
            k = keys[i % len(keys)]
            if cache.get(k) is None:
                cache.set(k, "allow" if engine.is_allowed(QUERY, {"user": users[i % len(users)]}) else "deny")
            i += 1
        done += 200
    elapsed = time.perf_counter() - began
    st = cache.stats()
    results.put((done / elapsed, st["hits"], st["l2_hits"], st["l2_misses"], st["redis_failures"]))
    # Revision propagation: report when this process sees the broadcast.
    revisions.get()  # the parent is about to publish
    while cache.revision == "fleet-r1":
        time.sleep(0.0002)
    results.put(time.time())
    cache.close()
    engine.close()


def _fleet(url: str, n: int, seconds: float) -> list[str]:
    from ..cache import TTLCache

    ctx = mp.get_context("spawn")
    start, results, revisions = ctx.Event(), ctx.Queue(), ctx.Queue()
    procs = [ctx.Process(target=_worker, args=(url, seconds, 1000 + w, start, results, revisions)) for w in range(n)]
    for p in procs:
        p.start()
    time.sleep(1.0 + 0.5 * n)  # spawn, import, policy compile: before the clock starts
    start.set()
    rows = [results.get(timeout=120 + 2 * seconds) for _ in procs]
    publisher = TTLCache(10, 60.0, backend="go", redis_url=url, redis_timeout=0.25)
    for _ in procs:
        revisions.put(None)
    time.sleep(0.2)
    published = time.time()
    publisher.set_revision(f"fleet-r2-{n}")
    seen = [results.get(timeout=30) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    publisher.set_revision("fleet-r1")  # the next fleet starts from the same revision
    publisher.close()
    rate = sum(r[0] for r in rows)
    lookups = sum(r[1] + r[2] + r[3] for r in rows) or 1
    l1, l2, miss = (sum(r[j] for r in rows) / lookups for j in (1, 2, 3))
    failures = sum(r[4] for r in rows)
    propagation_ms = (max(seen) - published) * 1000
    return [str(n), fmt_rate(rate), f"{l1:.1%}", f"{l2:.1%}", f"{miss:.1%}", str(failures),
            f"{propagation_ms:.1f}"]  # fmt: skip


def _latencies(url: str, n: int) -> list[list[str]]:
    """p50/p99 of one lookup on each path, in one process."""
    from ..cache import TTLCache
    from ..policy import PolicyEngine

    local = TTLCache(n, 300.0, backend="go")
    # The fleet's stored revision: a cache adopts it on subscribing, clearing its L1. A timeout
    # of 100 ms, not 5: this measures round trips, and a busy host's one slow reply must not
    # open the breaker and turn the rest into skips.
    kw: dict[str, Any] = {"redis_url": url, "revision": "fleet-r1", "shards": 1, "redis_timeout": 0.1}
    tiered = TTLCache(n + 1, 300.0, backend="go", **kw)
    writer = TTLCache(n + 1, 300.0, backend="go", **kw)
    time.sleep(0.3)  # subscribed
    engine = PolicyEngine(backend="go")
    engine.load_policy("fleet.rego", POLICY)
    keys = [f"policy:decision:lat{i}:invoke:t:0" for i in range(n + 1)]
    for k in keys:
        local.set(k, "allow")
        writer.set(k, "allow")  # in Redis, not in tiered's L1
    absent = [f"policy:decision:absent{i}:invoke:t:0" for i in range(n + 1)]
    paths = {
        "L1 hit (no Redis)": lambda i: local.get(keys[i]),
        "L2 hit (Redis round trip, copied to L1)": lambda i: tiered.get(keys[i]),
        "L1 hit (two-level cache)": lambda i: tiered.get(keys[i]),
        "miss, no Redis tier: L1 miss": lambda i: local.get(absent[i]),
        "miss through Redis: L1 + L2 miss": lambda i: tiered.get(absent[i]),
        "policy evaluation (what a miss costs anyway)": lambda i: engine.is_allowed(QUERY, {"user": f"u{i}"}),
    }
    rows = []
    for name, op in paths.items():
        lat = latencies_us(op, n)
        rows.append([name, f"{percentile(lat, 50):.1f}", f"{percentile(lat, 99):.1f}"])
    st = tiered.stats()  # each path measured what it says only if Redis always answered
    if st["redis_failures"] or st["redis_skipped"]:
        rows.append(["(path mix off: a Redis call failed or timed out)", str(st), ""])
    for c in (local, tiered, writer):
        c.close()
    engine.close()
    return rows


def run(quick: bool = False) -> str:
    from ._redis import redis_server

    seconds = 1.0 if quick else 4.0
    out = []
    with contextlib.ExitStack() as stack:
        try:
            port = stack.enter_context(redis_server())
        except FileNotFoundError:
            skipped("the fleet benchmark, redis-server", "apt-get install redis-server")
            return ""
        url = f"redis://127.0.0.1:{port}/0"
        rows = []
        for n in (1, 2, 4):
            progress(f"fleet of {n} process(es), {seconds:.0f} s")
            rows.append(_fleet(url, n, seconds))
        out.append(
            table(
                [
                    "processes",
                    "decisions/s (all)",
                    "L1 hits",
                    "L2 hits",
                    "policy",
                    "redis failures",
                    "revision reaches all (ms)",
                ],
                rows,
            )  # fmt: skip
        )
        progress("single-call latencies")
        lat = _latencies(url, 2_000 if quick else 10_000)
        out.append("\n" + table(["path (go backend, one process)", "p50 µs", "p99 µs"], lat))
    try:
        bundles = import_module("._bundle_propagation", __package__)
    except ImportError:
        bundles = None
    if bundles is not None:
        rows = []
        for n in (1, 2, 4):
            progress(f"bundle propagation to {n} process(es)")
            m = bundles.measure(n)
            prop, rate = m["propagation_s"], m["decisions_per_s_per_process"]
            rows.append(
                [
                    str(n),
                    f"{prop['median'] * 1e3:.0f}",
                    f"{prop['max'] * 1e3:.0f}",
                    f"{rate['min'] / 1e3:.1f}-{rate['max'] / 1e3:.1f}k",
                ]
            )
        headers = [
            f"processes (bundle polled every {m['poll_seconds']} s)",
            "new bundle reaches all, median ms",
            "max ms",
            "decisions/s per process",
        ]
        out.append("\n" + table(headers, rows))
    return "\n".join(out)
