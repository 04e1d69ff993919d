"""Adversarial "pump" strings for a regex: its own literal pieces repeated many times.

A backtracking engine (Python ``re``) is slow on exactly these: a run of what a repeat
accepts, started from every position (quadratic), or words that a repeated alternation can
split in several ways (exponential). ``python tests/injection/pumps.py`` prints the slowest
pump of every shipped pattern; tests/injection/test_python_linear_time.py runs them all.
"""

from __future__ import annotations

import re
from typing import Iterator

#: Runs the shipped patterns repeat (path segments, digits, markers, shell and URL pieces).
GENERIC_UNITS = ("../", "41", "a", "a ", "1", "-", "=", "*", "#", "<", "[", "/", "//", "?", "&", "'", ",", ";", "`")
_WORD = re.compile(r"[a-z0-9'./#<>=%!?@$,;:&`~*-]+")
#: Characters in a pump string (the run tests use the same).
PUMP_CHARS = 32768
_PHRASE = re.compile(r"[a-z0-9']+(?: [a-z0-9']+)+")


def _literals(regex: str) -> tuple[list[str], list[str]]:
    """The words and multi-word phrases written literally in ``regex`` (escapes dropped)."""
    plain = re.sub(r"\\x[0-9a-fA-F]{2}|\\.|\[[^\]]*\]|\{[0-9,]*\}", "|", regex)
    words = list(dict.fromkeys(_WORD.findall(plain)))
    phrases = list(dict.fromkeys(_PHRASE.findall(plain)))
    return words, phrases


def pump_strings(regex: str, size: int) -> Iterator[str]:
    """Strings of about ``size`` characters (the phrase pumps are shorter: 40 phrases)."""
    words, phrases = _literals(regex)
    units = list(dict.fromkeys([*GENERIC_UNITS, *words, *(w + " " for w in words), *(" " + w for w in words)]))
    for unit in units:
        yield unit * max(1, size // len(unit))
    small = size // 8
    for head in words[:2]:
        for unit in units:
            yield head + " " + unit * max(1, small // len(unit))
            yield (head + " " + unit) * max(1, small // (len(head) + 1 + len(unit)))
        for piece in [*phrases, *words]:
            yield head + (" " + piece) * 40 + " ~"


def _slowest() -> None:
    import json
    import sys
    import time
    from pathlib import Path

    shipped = Path(__file__).resolve().parents[2] / "sark_accel" / "injection" / "patterns.json"
    lib = Path(sys.argv[1]) if len(sys.argv) > 1 else shipped
    for p in json.loads(lib.read_text(encoding="utf-8")):
        rx = re.compile(p["pattern"])
        worst, which, t_all = 0.0, "", time.perf_counter()
        for s in pump_strings(p["pattern"], PUMP_CHARS):
            t0 = time.perf_counter()
            for _ in rx.finditer(s):
                pass
            if time.perf_counter() - t0 > worst:
                worst, which = time.perf_counter() - t0, s[:40]
        print(f"{p['id']:36s} all={time.perf_counter() - t_all:6.2f}s worst={worst * 1e3:7.1f}ms {which!r}", flush=True)


if __name__ == "__main__":
    _slowest()
