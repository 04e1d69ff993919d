"""Compare decision candidates for the scanner with the classifier on, by 5-fold CV on TRAIN only.

    python tools/injection_decision_cv.py [--data build/injection-data/train.jsonl]

Round 6 (BENCHMARKS.md): each candidate is a training setting (C, the hard negatives' weight) and
a decision (which rule findings need the classifier's agreement, the probability from which the
classifier reports a finding). The same folds as the training script; out-of-fold logits; for
each candidate the bias shift is chosen so that the scanner alerts on at most 2 % (1.5 %, 1 %) of
TRAIN's benign texts, out of fold, and recall is compared at that equal false-positive rate (round
7 adds the rates on the spent blind sets' rows). The held-out split is never opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_injection_classifier as tr  # noqa: E402  (beside this script)

# (C, hard-negative weight) x (weights below this need the classifier: 0 = none, probability
# from which the classifier reports a finding)
# Round 6's grid was (256, 1 3 8 16), (64, 1), (1024, 1) x (0, 0.5), (0, 0.3), (20, 0.5), (30, 0.5),
# (30, 0.3), (30, 0.2), (50, 0.3) at 2 % and 1.5 % (BENCHMARKS.md, "Round 6"). Round 7 keeps its
# decision and asks about the operating point: blind false-positive rates came out 2-3x TRAIN's
# out-of-fold rate in every round, so stricter targets are compared, with the false-positive rate
# on the spent blind sets' benign texts (written like the next blind set) beside TRAIN's.
TRAINING = ((256.0, 8.0), (256.0, 16.0))
DECISIONS = ((30, 0.3), (30, 0.2), (40, 0.3), (50, 0.3), (51, 0.3), (51, 0.2))
TARGETS = (0.02, 0.015, 0.01)


def score(weighted: list[tuple[str, int]], below: int, agree: bool) -> int:
    by_id: dict[str, list[int]] = {}
    for pid, w in weighted:
        if agree or w >= below:
            by_id.setdefault(pid, []).append(w)
    return min(100, sum(sum(sorted(ws)[-2:]) for ws in by_id.values()))


def alerts(
    oof: np.ndarray, shift: float, pmin: float, full: np.ndarray, strong: np.ndarray, trunc: np.ndarray
) -> np.ndarray:
    """Whether the scanner alerts: the rules' score (``strong`` without a classifier finding)
    plus the classifier's ``floor(100 p) - 10`` from ``pmin``."""
    p = np.round(1 / (1 + np.exp(shift - oof)), 4)
    on = p >= pmin
    points = np.where(on, np.floor(p * 100).astype(int) - 10, 0)
    return trunc | (np.minimum(100, np.where(on, full, strong) + points) >= tr.ALERT)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=tr.ROOT / "build" / "injection-data" / "train.jsonl")
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").split("\n") if line]
    rows = [r for r in rows if r["split"] == "train"]
    texts = [r["text"] for r in rows]
    y = np.array([1 if r["label"] == "attack" else 0 for r in rows])
    benign = y == 0
    rules = tr.PythonDetector(classifier=False)
    weights = {str(p["id"]): int(p["weight"]) for p in rules.patterns}
    found, truncated = [], []
    for t in texts:
        res = rules.scan_text(t)
        found.append([(f["pattern_id"], tr._finding_weight(f, weights)) for f in res["findings"]])
        truncated.append(res["truncated"])
    trunc = np.array(truncated)
    full = np.array([score(f, 0, True) for f in found])
    x = tr.featurize(tr.bucket_counts(texts), 16)
    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=tr.SEED).split(texts, y))
    hard = np.array([r["label"] == "benign" and r["source"] in tr.HARD_NEGATIVE_SOURCES for r in rows])
    spent = np.array([r["source"].startswith("fresh") for r in rows])
    print("| C | hard negatives x | weights below need the classifier | finding from p | "
          + " | ".join(f"both at <= {100 * t:g} % FP: recall / FP (spent blind sets: recall / FP)" for t in TARGETS)
          + " |")  # fmt: skip
    print("|---|---|---|---|" + "---|" * len(TARGETS))
    for c, k in TRAINING:
        oof = np.zeros(len(y))
        for a, b in folds:
            w = np.where(hard, k, 1.0)
            oof[b] = tr.fit(x[a], y[a], c, w[a]).decision_function(x[b])
        for below, pmin in DECISIONS:
            strong = np.array([score(f, below, False) for f in found])

            cells = []
            for target in TARGETS:
                lo, hi = -30.0, 30.0
                if alerts(oof, hi, pmin, full, strong, trunc)[benign].mean() > target:
                    cells.append("unreachable (the rules alone)")
                    continue
                for _ in range(80):  # alerts fall as the shift grows
                    mid = (lo + hi) / 2
                    below_target = alerts(oof, mid, pmin, full, strong, trunc)[benign].mean() <= target
                    lo, hi = (lo, mid) if below_target else (mid, hi)
                a = alerts(oof, hi, pmin, full, strong, trunc)
                cells.append(
                    f"{100 * a[~benign].mean():.1f} % / {100 * a[benign].mean():.2f} % "
                    f"({100 * a[spent & ~benign].mean():.1f} % / {100 * a[spent & benign].mean():.1f} %)"
                )
            print(f"| {c:g} | {k:g} | {below or '-'} | {pmin} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
