"""Compare two scanners at equal false positives, from ``eval_injection.py --scores`` files.

    python tools/injection_equal_fp.py NEW.jsonl BASELINE.jsonl

Both files score the same texts (same order). Prints, overall and per kind: the new scanner's
attacks and benign texts at ``alert`` (risk score >= 40), and the baseline's attacks detected
at the lowest whole-number alert threshold that flags no more benign texts than the new
scanner does (the baseline's ROC read at the new scanner's false-positive count): so a
baseline that alerts on more benign texts is not credited with the recall they buy.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ALERT = 40


def load(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def at(rows: list[dict[str, object]], threshold: int) -> tuple[int, int]:
    """Attacks and benign texts whose combined score reaches ``threshold``."""
    hits = [r["label"] for r in rows if int(r["both"]) >= threshold]  # type: ignore[call-overload]
    return hits.count("attack"), hits.count("benign")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("new", type=Path)
    ap.add_argument("baseline", type=Path)
    args = ap.parse_args()
    new, base = load(args.new), load(args.baseline)
    if [(r["label"], r["kind"]) for r in new] != [(r["label"], r["kind"]) for r in base]:
        raise SystemExit("the two files do not score the same texts")
    print("| texts | attacks | benign | new: detected / flagged | baseline at <= as many flagged (threshold) |")
    print("|---|---|---|---|---|")
    for kind in ("(all)", "argument", "tool_result"):
        sel = [i for i, r in enumerate(new) if kind in ("(all)", r["kind"])]
        n, b = [new[i] for i in sel], [base[i] for i in sel]
        attacks = sum(1 for r in n if r["label"] == "attack")
        benign = len(n) - attacks
        detected, flagged = at(n, ALERT)
        t = next(t for t in range(0, 102) if at(b, t)[1] <= flagged)  # 101: nothing reaches it
        base_detected, base_flagged = at(b, t)
        print(f"| {kind} | {attacks} | {benign} | {detected} / {flagged} | {base_detected} / {base_flagged} ({t}) |")


if __name__ == "__main__":
    main()
