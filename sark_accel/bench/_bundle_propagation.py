"""Fleet: policy from a bundle server. How long a new bundle takes to reach N engine processes,
and how many decisions each process makes meanwhile (its control plane polling in the background).

Each process is spawned (a fresh interpreter, as a fleet's replicas are), builds
``PolicyEngine.from_config`` (go backend) against a :class:`BundleServer` on 127.0.0.1, and
evaluates in a loop, reporting every revision it sees first. The parent publishes a new bundle
and takes, per process, the time from publishing to that process's first decision under it.
Run alone: ``python -m sark_accel.bench._bundle_propagation [processes ...]``.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import time
from typing import Any

from ._bundle_server import BundleServer, bundle_tarball

__all__ = ["POLL_SECONDS", "gateway_bundle", "measure"]

#: OPA's polling delay for the benchmark (min = max: the worst case is one period, plus the download).
POLL_SECONDS = 1
QUERY = "data.gw.decision"
RESOURCE = "/bundles/gw.tar.gz"

_POLICY = """package gw

default allow := false

allow if input.user in data.gw.users

decision := {"revision": data.gw.revision, "allow": allow}
"""


def gateway_bundle(revision: str, users: list[str]) -> bytes:
    """A small bundle whose decisions name its revision (so a process can tell which it serves)."""
    return bundle_tarball(revision, {"/gw.rego": _POLICY}, {"gw": {"revision": revision, "users": users}})


def config(url: str) -> dict[str, Any]:
    """OPA's configuration document polling ``url`` every POLL_SECONDS."""
    return {
        "services": {"bundles": {"url": url}},
        "bundles": {
            "gw": {
                "service": "bundles",
                "resource": RESOURCE.lstrip("/"),
                "polling": {"min_delay_seconds": POLL_SECONDS, "max_delay_seconds": POLL_SECONDS},
            }
        },
    }


def _worker(cfg: dict[str, Any], events: Any, stop: Any) -> None:
    """One replica: report ("ready", pid), then ("revision", pid, rev, time) for each new revision
    seen, and at the end ("done", pid, decisions, seconds)."""
    from sark_accel.policy import PolicyEngine

    engine = PolicyEngine.from_config(cfg, backend="go", timeout=5.0)
    if not engine.wait_ready(60):
        events.put(("error", os.getpid(), f"not ready: {engine.status()}"))
        return
    events.put(("ready", os.getpid()))
    seen, decisions, start = "", 0, time.perf_counter()
    while not stop.is_set():
        decision = engine.evaluate(QUERY, {"user": "alice"})
        decisions += 1
        revision = decision["revision"] if isinstance(decision, dict) else ""
        if revision != seen:
            seen = revision
            events.put(("revision", os.getpid(), seen, time.time()))
    events.put(("done", os.getpid(), decisions, time.perf_counter() - start))
    engine.close()


def measure(processes: int, *, updates: int = 5, timeout: float = 60.0) -> dict[str, Any]:
    """Spawn ``processes`` engines fed by one bundle server; publish ``updates`` new bundles, one
    after every process has seen the previous; return the propagation times (seconds from
    publishing to each process's first decision under the new bundle; one per process and
    update) and each process's decisions per second over the whole run. Raises TimeoutError when
    a process is not ready or does not see a new bundle within ``timeout`` seconds."""
    if processes < 1 or updates < 1:
        raise ValueError(f"processes and updates must be >= 1, got {processes}, {updates}")
    ctx = multiprocessing.get_context("spawn")
    events, stop = ctx.Queue(), ctx.Event()
    delays: list[float] = []
    with BundleServer() as server:
        server.publish(RESOURCE, gateway_bundle("r0", ["alice"]))
        procs = [ctx.Process(target=_worker, args=(config(server.url), events, stop)) for _ in range(processes)]
        for p in procs:
            p.start()
        try:
            _collect(events, processes, timeout, lambda ev: ev[0] == "ready")
            for n in range(1, updates + 1):
                time.sleep(POLL_SECONDS * 0.37)  # publish at a different phase of the polling each time
                revision = f"r{n}"
                published = time.time()
                server.publish(RESOURCE, gateway_bundle(revision, ["alice", f"user{n}"]))
                arrived, _ = _collect(events, processes, timeout, _revision_is(revision))
                delays += [ev[3] - published for ev in arrived.values()]
            stop.set()
            done, _ = _collect(events, processes, timeout, lambda ev: ev[0] == "done")
        finally:
            stop.set()
            for p in procs:
                p.join(timeout=10)
                if p.is_alive():
                    p.kill()
    delays.sort()
    rates = sorted(ev[2] / ev[3] for ev in done.values())
    return {
        "processes": processes,
        "updates": updates,
        "poll_seconds": POLL_SECONDS,
        "propagation_s": {"median": delays[len(delays) // 2], "max": delays[-1], "each": delays},
        "decisions_per_s_per_process": {"min": rates[0], "max": rates[-1], "each": rates},
        "bundle_requests": dict(server.counts),
    }


def _revision_is(revision: str) -> Any:
    return lambda ev: ev[0] == "revision" and ev[2] == revision


def _collect(events: Any, n: int, timeout: float, match: Any) -> tuple[dict[int, Any], int]:
    """Wait for one event matching ``match`` from each of ``n`` processes (by pid)."""
    deadline = time.monotonic() + timeout
    found: dict[int, Any] = {}
    other = 0
    while len(found) < n:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"{len(found)} of {n} processes reported within {timeout}s")
        try:
            ev = events.get(timeout=left)
        except Exception as exc:  # queue.Empty
            raise TimeoutError(f"{len(found)} of {n} processes reported within {timeout}s") from exc
        if ev[0] == "error":
            raise RuntimeError(f"process {ev[1]}: {ev[2]}")
        if match(ev):
            found.setdefault(ev[1], ev)
        else:
            other += 1
    return found, other


def main(argv: list[str]) -> None:
    for n in [int(a) for a in argv] or [1, 2, 4]:
        print(json.dumps(measure(n)), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
