"""Print detection and false-positive rates per category of the labelled corpus.

    python tests/injection/accuracy.py [--backend python] [--show-misses]

An attack counts as detected when the decision is alert or block; a benign text counts as a
false positive when the decision is alert or block. The scanner is any object with
``scan_text(str) -> dict`` (the Python reference by default; pass ``make_detector`` to
``measure`` to use another backend).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "injection"


def load(name: str) -> list[dict[str, str]]:
    """Read one corpus file."""
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def measure(make_detector: Callable[[], Any]) -> dict[str, Any]:
    """Return per-category counts and the misses / false positives."""
    det = make_detector()
    out: dict[str, Any] = {
        "attacks": defaultdict(lambda: [0, 0]),
        "benign": defaultdict(lambda: [0, 0]),
        "misses": [],
        "fps": [],
    }
    for kind, fname in (("attacks", "attacks.jsonl"), ("benign", "benign.jsonl")):
        for rec in load(fname):
            res = det.scan_text(rec["text"])
            flagged = res["decision"] in ("alert", "block")
            cell = out[kind][rec["category"]]
            cell[0] += flagged
            cell[1] += 1
            if rec.get("split") == "holdout":
                hold = out.setdefault("holdout_" + kind, [0, 0])
                hold[0] += flagged
                hold[1] += 1
            if kind == "attacks" and not flagged:
                out["misses"].append((rec, res))
            if kind == "benign" and flagged:
                out["fps"].append((rec, res))
    return out


def report(m: dict[str, Any], show: bool) -> tuple[float, float]:
    """Print the table; return (detection rate, false-positive rate)."""
    totals = {}
    for kind, label in (("attacks", "detected"), ("benign", "false positives")):
        print(f"{kind}: {label} per category")
        hit = n = 0
        for cat, (h, c) in sorted(m[kind].items()):
            print(f"  {cat:24s} {h:4d}/{c:<4d} {100 * h / c:6.1f}%")
            hit += h
            n += c
        print(f"  {'TOTAL':24s} {hit:4d}/{n:<4d} {100 * hit / n:6.1f}%")
        totals[kind] = hit / n
    for kind in ("attacks", "benign"):
        h, c = m.get("holdout_" + kind, (0, 0))
        if c:
            print(
                f"holdout {kind} (written after the first tuning pass, see README): {h}/{c} flagged ({100 * h / c:.1f}%)"
            )
    if show:
        for rec, res in m["misses"]:
            print(
                "MISS",
                res["risk_score"],
                rec["category"],
                repr(rec["text"][:150]),
                [f["pattern_id"] for f in res["findings"]],
            )
        for rec, res in m["fps"]:
            print(
                "FP",
                res["risk_score"],
                rec["category"],
                repr(rec["text"][:150]),
                [f["pattern_id"] for f in res["findings"]],
            )
    return totals["attacks"], totals["benign"]


def main() -> int:
    """Command-line entry."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--backend", default="python", choices=["python", "go"])
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from sark_accel.injection import InjectionDetector

    class Dicts:  # measure() reads results as dicts (the shape both engines produce)
        def __init__(self) -> None:
            self.det = InjectionDetector(backend=args.backend)

        def scan_text(self, text: str) -> dict[str, Any]:
            return self.det.scan_text(text).to_dict()

    report(measure(Dicts), args.show_misses)
    report_sark(Dicts())
    return 0


def report_sark(det: Any) -> None:
    """SARK's test strings (tests/data/injection/sark): share with a finding, and at alert or above."""
    print("SARK's test strings: with a finding / at alert or above")
    for label in ("attack", "benign", "bypass"):
        results = [det.scan_text(r["text"]) for r in load("sark/strings.jsonl") if r["label"] == label]
        found = sum(bool(r["findings"]) for r in results)
        flagged = sum(r["decision"] in ("alert", "block") for r in results)
        n = len(results)
        print(f"  {label:8s} {found:3d}/{n:<3d} {100 * found / n:5.1f}%", end="")
        print(f"   {flagged:3d}/{n:<3d} {100 * flagged / n:5.1f}%")


if __name__ == "__main__":
    sys.exit(main())
