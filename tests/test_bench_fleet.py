"""`sark-accel bench fleet`: the Zipf workload, the skip without redis-server, and a quick run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from sark_accel.bench.fleet import zipf_keys


def test_zipf_keys_are_skewed_and_reproducible() -> None:
    keys = zipf_keys(10_000, 50_000, seed=1)
    assert keys == zipf_keys(10_000, 50_000, seed=1) and keys != zipf_keys(10_000, 50_000, seed=2)
    assert all(0 <= k < 10_000 for k in keys)
    counts = Counter(keys)
    top = sum(n for _, n in counts.most_common(100))
    assert counts[0] > counts[1] > counts[9] and top > 0.4 * len(keys)  # 1% of the keys: > 40% of lookups


def fleet(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SARK_ACCEL_")}
    full_env.update(env)
    return subprocess.run([sys.executable, "-m", "sark_accel", "bench", "fleet", "--quick"], capture_output=True,
                          text=True, cwd=tmp_path, env=full_env, timeout=600)  # fmt: skip


@pytest.mark.usefixtures("native")
def test_fleet_bench_without_redis_server(tmp_path: Path) -> None:
    out = fleet(tmp_path, PATH=os.path.dirname(sys.executable))  # no redis-server there
    assert out.returncode == 0, out.stderr[-3000:]
    assert "skipped: the fleet benchmark, redis-server (install: apt-get install redis-server)" in out.stdout


@pytest.mark.usefixtures("native")
def test_fleet_bench_quick_run(tmp_path: Path) -> None:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server not found on PATH")
    out = fleet(tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    rows = [line.split("|")[1].strip() for line in out.stdout.splitlines() if line.startswith("| ")]
    assert rows[1:4] == ["1", "2", "4"], out.stdout  # after the header: one row per fleet size
    assert "L2 hit (Redis round trip, copied to L1)" in out.stdout
