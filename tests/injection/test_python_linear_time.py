"""The python backend stays linear on hostile input (issue 19, item 1).

Python's ``re`` backtracks and holds the GIL, so a pattern that backtracks catastrophically
would hang the whole process. Every case runs in a child process with an address-space limit
and a wall-clock limit far above the normal time (seconds where a regression takes minutes or
forever), so a regression fails here instead of hanging the run. Nothing asserts speed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
#: Address space of a child: the interpreter plus a few hundred MB of scanning.
CHILD_MEMORY = 1 << 30


def run_child(body: str, timeout: float) -> str:
    """Run ``body`` in a fresh interpreter under CHILD_MEMORY; its stdout, or the test fails."""
    code = textwrap.dedent(
        f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, ({CHILD_MEMORY}, {CHILD_MEMORY}))
        sys.path.insert(0, {str(HERE)!r})
        """
    ) + textwrap.dedent(body)
    try:
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        pytest.fail(f"child still running after {timeout} s; last output: {out[-300:]!r}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_every_shipped_pattern_runs_pump_strings_without_hanging() -> None:
    # Each pattern gets its own time limit: the child prints when it starts and ends one.
    out = run_child(
        """
        import re, time
        from pumps import PUMP_CHARS, pump_strings
        from sark_accel.injection._python import load_library
        for p in load_library():
            rx = re.compile(p["pattern"])
            t0 = time.monotonic()
            for s in pump_strings(p["pattern"], PUMP_CHARS):
                for _ in rx.finditer(s):
                    pass
            print(p["id"], round(time.monotonic() - t0, 3), flush=True)
        """,
        timeout=900,
    )
    times = dict(line.split() for line in out.splitlines())
    assert len(times) >= 70
    # Linear patterns take well under a second each here; the quadratic ones this replaced
    # took 30-100 s, the exponential one never finished.
    slow = {pid: float(t) for pid, t in times.items() if float(t) > 30}
    assert not slow, slow


# The inputs of the issue, and those found while fixing it: (name, text, a pattern expected).
HOSTILE = [
    ("dot-dot-slash x 10667 (32 KB)", "../" * 10_667, None),
    ("dot-dot-slash run with a target", "../" * 10_667 + "etc/passwd", "cmd.path_traversal"),
    ("41 x 32000 (hex of 'A' x 32000)", "41" * 32_000, None),
    ("digits = digits", "1" * 32_000 + "=" + "1" * 32_000, None),
    ("=== run", "=" * 64_000, None),
    ("rm -rfrfrf... (was cubic)", "rm -" + "rf" * 16_000, None),
    ("rm with flags and a target", "rm -" + "rf" * 16_000 + " /", "cmd.rm_rf"),
    ("ncat -ncat -... (was quadratic)", "ncat -" * 10_000, None),
    ("decode the following x 40 (was exponential)", "decode" + " the following" * 40 + " x", None),
]


@pytest.mark.parametrize("name,text,expected", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_input_python_backend(name: str, text: str, expected: str | None) -> None:
    out = run_child(
        f"""
        import json
        from sark_accel.injection import InjectionDetector
        r = InjectionDetector(backend="python").scan_text({text!r})
        print(json.dumps(sorted({{f.pattern_id for f in r.findings}})))
        """,
        timeout=120,
    )
    found = json.loads(out)
    if expected is not None:
        assert expected in found


def test_nested_repeat_custom_pattern_is_refused_python_backend() -> None:
    out = run_child(
        """
        from sark_accel.injection import InjectionDetector, InvalidPattern
        det = InjectionDetector(backend="python")
        try:
            det.add_pattern({"id": "x.nested", "category": "c", "severity": "high", "pattern": "(a+)+$"})
        except InvalidPattern as exc:
            print("refused:", exc)
        else:
            det.scan_text("a" * 64 + "!")  # hours of backtracking if it were accepted
            print("accepted")
        """,
        timeout=120,
    )
    assert out.startswith("refused: x.nested: repeat of a repeated sub-expression"), out
