"""Hostile policies on the Wasm path (issue 19): the timeout interrupts a builtin the Wasm runtime
implements itself, the memory cap fails an evaluation instead of the process, and a policy too large
for the Wasm compiler is answered by topdown and reported as such."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from typing import Any

import pytest

from sark_accel.policy import UNDEFINED, PolicyEngine

pytestmark = pytest.mark.usefixtures("native")

# Run in a child under a 3 GiB address-space limit: before the fix the 1e8 range grew the process by
# about 1 GB through wazero's copies and, under such a limit, Go died with "fatal error: out of memory".
CHILD = r"""
import json, time
from sark_accel.policy import PolicyEngine, PolicyEvalError, PolicyTimeout

POLICY = "package hostile\nx := count(numbers.range(1, {n}))\n"
out = {}

e = PolicyEngine(backend="go", timeout=0.1, wasm_queries=["data.hostile.x"])
e.load_policy("hostile.rego", POLICY.format(n=1000000))
start = time.monotonic()
try:
    out["timeout"] = repr(e.evaluate("data.hostile.x"))
except PolicyTimeout as exc:
    out["timeout"] = "PolicyTimeout"
out["timeout_seconds"] = time.monotonic() - start

e = PolicyEngine(backend="go", timeout=60.0, wasm_queries=["data.hostile.x"])
e.load_policy("hostile.rego", POLICY.format(n=100000000))
out["memory"] = []
for _ in range(3):  # a failed instance is discarded, the next one fails the same way
    try:
        out["memory"].append(repr(e.evaluate("data.hostile.x")))
    except PolicyEvalError as exc:
        out["memory"].append(str(exc))
e.load_policy("hostile.rego", POLICY.format(n=1000))
out["after"] = e.evaluate("data.hostile.x")
out["status"] = e.wasm_status()
# VmHWM is this address space's peak; ru_maxrss would also count the pytest parent's RSS, which
# Linux carries across fork and exec into the child's rusage.
out["max_rss_mib"] = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:")) / 1024
print(json.dumps(out))
"""


def _limit_address_space() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))


def _run_child() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as cwd:  # import the installed package, not the source tree
        proc = subprocess.run(
            [sys.executable, "-c", CHILD],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=120,  # a hang, not a speed
            preexec_fn=_limit_address_space,
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out: dict[str, Any] = json.loads(proc.stdout)
    return out


# The child's peak RSS is 315-320 MiB (one 256 MiB linear memory at a time); the failures this
# guards against are far above 700 (wazero's append copies: about 1 GB more; failed instances left
# mapped: 3 x 256 MiB). CI once read 702-719 MiB on 3.12: that was ru_maxrss, which includes the
# RSS of the pytest process the child was forked from (see CHILD).
def test_wasm_hostile_range_in_subprocess() -> None:
    out = _run_child()
    assert out["timeout"] == "PolicyTimeout"
    assert out["timeout_seconds"] < 2.0  # a hang, not a speed (before the fix: 1.3-2.3 s and a result)
    assert len(out["memory"]) == 3
    assert all("eval_memory_limit_error" in m and "memory limit" in m for m in out["memory"]), out["memory"]
    assert out["after"] == 1000
    assert out["status"] == {"data.hostile.x": "wasm"}
    assert out["max_rss_mib"] < 700, out  # memory outside the Go heap, unmapped with its instance


def _one_line_rules(n: int) -> str:
    return "package p\n" + "".join(f'allow if input.tool == "t{i}"\n' for i in range(n))


def test_wasm_status_falls_back_past_max_rules() -> None:
    e = PolicyEngine(backend="go", timeout=5.0, wasm_queries=["data.p.allow", "data.q.none"])
    assert e.wasm_status() == {
        "data.p.allow": "topdown: no policy loaded",
        "data.q.none": "topdown: no policy loaded",
    }
    e.load_policy("p.rego", _one_line_rules(150))
    assert e.wasm_status() == {"data.p.allow": "wasm", "data.q.none": "topdown: no loaded module defines the rule"}
    assert e.evaluate("data.p.allow", {"tool": "t149"}) is True
    e.load_policy("p.rego", _one_line_rules(151))
    assert e.wasm_status()["data.p.allow"] == "topdown: depends on 151 rules, more than 150"
    assert e.evaluate("data.p.allow", {"tool": "t150"}) is True
    assert e.evaluate_many("data.p.allow", [{"tool": "t0"}, {"tool": "x"}]) == [True, UNDEFINED]
    e.close()
