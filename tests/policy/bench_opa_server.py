"""Latency of OPAServerBackend.evaluate on the example gateway policy over the example traffic.

Starts its own OPA server (same binary as the tests), loads the gateway bundle, replays
examples/requests.jsonl ``--rounds`` times on one keep-alive connection, prints p50/p90/p99.

    python tests/policy/bench_opa_server.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, REPO_ROOT)
sys.path.insert(0, HERE)

from opa_server import OPAServer, opa_binary  # noqa: E402

from sark_accel.policy._python import OPAServerBackend  # noqa: E402

GATEWAY = os.path.join(REPO_ROOT, "sark_accel", "policies", "gateway")


def percentile_us(sorted_ns: list[int], p: float) -> float:
    """The p-quantile (nearest rank) of sorted nanosecond samples, in microseconds."""
    return sorted_ns[min(len(sorted_ns) - 1, int(p * len(sorted_ns)))] / 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=2)
    args = ap.parse_args()
    with open(os.path.join(GATEWAY, "examples", "requests.jsonl"), encoding="utf-8") as fh:
        requests = [json.loads(line) for line in fh]
    server = OPAServer(opa_binary())
    url = server.start()
    try:
        backend = OPAServerBackend(url, timeout=5.0)
        backend.load_bundle(GATEWAY)
        query = "data.sark.gateway.decision"
        for _ in range(args.warmup):
            backend.evaluate_many(query, requests)
        print(
            f"OPAServerBackend.evaluate, {len(requests)} example requests x {args.rounds} rounds, "
            f"1 thread, keep-alive, load average {os.getloadavg()[0]:.1f}"
        )
        # The trivial query (a data read, same input) shows the fixed HTTP + JSON cost.
        for label, q in (("gateway decision", query), ("trivial data read", "data.sark.gateway.config.version")):
            samples = []
            t_all = time.perf_counter()
            for _ in range(args.rounds):
                for req in requests:
                    t0 = time.perf_counter_ns()
                    backend.evaluate(q, req)
                    samples.append(time.perf_counter_ns() - t0)
            wall = time.perf_counter() - t_all
            samples.sort()
            p50, p90, p99 = (percentile_us(samples, p) for p in (0.50, 0.90, 0.99))
            print(
                f"{label:18s} p50 {p50:6.0f} us  p90 {p90:6.0f} us  p99 {p99:6.0f} us  "
                f"mean {statistics.fmean(samples) / 1000:6.0f} us  {len(samples) / wall:5.0f} req/s"
            )
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
