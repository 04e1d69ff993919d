"""`sark-accel bench` after a plain `pip install .`: every missing baseline is a skip line with
its install hint, and the tables of what is there still print."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Hides the optional modules as if they were not installed (an import of a name mapped to None
# raises ModuleNotFoundError), then runs the command.
WITHOUT = """
import sys
for name in {hidden!r}:
    sys.modules[name] = None
from sark_accel.cli import main
sys.exit(main({argv!r}))
"""


def bench(tmp_path: Path, hidden: set[str], *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    code = WITHOUT.format(hidden=sorted(hidden), argv=["bench", *argv, "--quick"])
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SARK_ACCEL_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=full_env, timeout=600
    )


@pytest.mark.usefixtures("native")
def test_cache_bench_without_redis_module_or_cachetools(tmp_path: Path) -> None:
    out = bench(tmp_path, {"redis", "cachetools"}, "cache")
    assert out.returncode == 0, out.stderr[-3000:]
    assert "skipped: Redis, the redis module (install: pip install 'sark-accel[bench]')" in out.stdout
    assert "skipped: cachetools, the module (install: pip install 'sark-accel[bench]')" in out.stdout
    assert "| get " in out.stdout and "go vs python" in out.stdout


@pytest.mark.usefixtures("native")
def test_cache_bench_without_redis_server(tmp_path: Path) -> None:
    out = bench(tmp_path, set(), "cache", PATH=os.path.dirname(sys.executable))  # no redis-server there
    assert out.returncode == 0, out.stderr[-3000:]
    assert "skipped: Redis, redis-server (install: apt-get install redis-server" in out.stdout
    assert "go vs cachetools" in out.stdout


@pytest.mark.usefixtures("native")
def test_policy_and_mcp_bench_without_opa_sdk_or_orjson(tmp_path: Path) -> None:
    out = bench(tmp_path, {"mcp", "mcp_types", "orjson", "regorus"}, "mcp", SARK_OPA_BIN="")
    assert out.returncode == 0, out.stderr[-3000:]
    assert "skipped: the MCP SDK, the mcp module (install: pip install 'sark-accel[bench]')" in out.stdout
    assert "skipped: orjson, the module" in out.stdout
    # From "/", no build/bin/opa is above the working directory (tmp_path may be inside a checkout).
    out = bench(Path("/"), {"regorus"}, "policy", SARK_OPA_BIN="", PATH=os.path.dirname(sys.executable))
    assert out.returncode == 0, out.stderr[-3000:]
    assert "skipped: the OPA server, an opa binary (install: tools/build_opa.sh" in out.stdout
    assert "skipped: regorus, the module (install: pip install regorus)" in out.stdout


@pytest.mark.usefixtures("native")
def test_threads_bench_prints_every_row_and_thread_count(tmp_path: Path) -> None:
    out = bench(tmp_path, set(), "threads")
    assert out.returncode == 0, out.stderr[-3000:]
    assert "8 threads" in out.stdout and "(0.5 s per cell;" in out.stdout
    rows = [line for line in out.stdout.splitlines() if line.startswith("| ") and "x " in line]
    names = [r.split("|")[1].strip() for r in rows]
    assert names == [
        "PolicyEngine.evaluate, topdown",
        "PolicyEngine.evaluate, wasm_queries",
        "InjectionDetector.scan_text, 2 KB",
        "TTLCache.get",
        "dict.get (pure Python, for reference)",
        "request: jwt.decode, parse_message, scan, Wasm evaluate",
        "Gateway.authorize (go path, every stage, Wasm)",
        "Gateway.authorize (go path, decision cache hit)",
    ], out.stdout
    for r in rows:
        cells = [c.strip() for c in r.split("|")[2:-1]]
        assert cells[0].endswith("/s") and all(c.endswith("x") and float(c[:-1]) > 0 for c in cells[1:]), r


@pytest.mark.usefixtures("native")
def test_anomaly_bench_prints_every_row(tmp_path: Path) -> None:
    out = bench(tmp_path, set(), "anomaly")
    assert out.returncode == 0, out.stderr[-3000:]
    rows = [line for line in out.stdout.splitlines() if line.startswith("| ") and not line.startswith("| measure")]
    assert [r.split("|")[1].strip().split(":")[0] for r in rows] == [
        "observe_and_detect, one event",
        "detect_many of 1,000",
        "build from 100,000 events of 10,000 principals",
        "memory per principal, 20 tools, one day",
    ], out.stdout
    for r in rows:
        go, python = (c.strip() for c in r.split("|")[2:4])
        assert float(go.rstrip("kM").replace(",", "")) > 0 and float(python.rstrip("kM").replace(",", "")) > 0, r


def test_authn_bench_without_bcrypt_is_one_skip_line(tmp_path: Path) -> None:
    out = bench(tmp_path, {"bcrypt"}, "authn")
    assert out.returncode == 0, out.stderr[-3000:]
    assert "skipped: authn, the bcrypt module (PyJWT, cryptography and bcrypt are the baselines)" in out.stdout
    assert "(install: pip install 'sark-accel[bench]')" in out.stdout


@pytest.mark.usefixtures("native")
def test_gateway_bench_without_redis_sdk_or_opa_still_measures() -> None:
    # run from "/": a working directory inside a checkout finds its build/bin/opa
    out = bench(Path("/"), {"redis", "mcp", "mcp_types"}, "gateway", SARK_OPA_BIN="", PATH="/usr/bin:/bin")
    assert out.returncode == 0, out.stderr[-3000:]
    assert "skipped: SARK's decision cache, the redis module (install: pip install 'sark-accel[bench]')" in out.stdout
    assert "skipped: SARK's pydantic parse, the MCP SDK (mcp)" in out.stdout
    assert "skipped: SARK's OPA server, an opa binary" in out.stdout
    assert "(without pydantic, Redis, OPA server)" in out.stdout
    for row in ("(a) Gateway, go path, uncached", "(b) Gateway, go path, TTLCache", "(c) Gateway, Python pipeline"):
        assert row in out.stdout
    assert "| policy " in out.stdout and "crossing and Python" in out.stdout


@pytest.mark.usefixtures("native")
def test_proxy_bench_measures_direct_and_proxied_calls(tmp_path: Path) -> None:
    out = bench(tmp_path, set(), "proxy")
    assert out.returncode == 0, out.stderr[-3000:]
    rows = {r.split("|")[1].strip(): r.split("|")[2:5] for r in out.stdout.splitlines() if r.startswith("| ")}
    direct, proxied = rows["direct (client -> server)"], rows["through sark-accel proxy"]
    assert all(float(v) > 0 for v in direct + proxied), rows  # every call was answered with a result
    added = rows["added by the proxy"]
    for a, p, d in zip(added, proxied, direct, strict=True):  # each printed rounded: within 1 us
        assert abs(float(a) - (float(p) - float(d))) <= 1, rows
