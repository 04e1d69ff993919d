"""Learning curve: how the classifier's recall on a writer session it never saw grows with TRAIN.

    python tools/injection_data.py
    python tools/injection_learning_curve.py fresh9_spent fresh8_spent

For each TRAIN source named, trains the shipped setting (C 256, hard negatives x8) on a random
1/8, 1/4, 1/2 and all of TRAIN without that source (three draws below all, seeded) and reports,
on that source, the classifier alone: AUC and recall at the source's own 2 % and 5 %
false-positive thresholds (oracle thresholds: the best this model could do there). Spent data
only: a direction for the next round, not an accuracy claim (BENCHMARKS.md, "Round 10").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_injection_classifier as tr  # noqa: E402  (beside this script)
from injection_lobo import recall_at  # noqa: E402

FRACTIONS = (0.125, 0.25, 0.5, 1.0)
DRAWS = 3


def main() -> None:
    data = tr.ROOT / "build" / "injection-data" / "train.jsonl"
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").split("\n") if line]
    rows = [r for r in rows if r["split"] == "train"]
    y = np.array([r["label"] == "attack" for r in rows], int)
    source = np.array([r["source"] for r in rows])
    x = tr.featurize(tr.bucket_counts([r["text"] for r in rows], check=False), 16)
    w = tr.sample_weights(rows)
    rng = np.random.default_rng(tr.SEED)
    print("| left out | TRAIN share | rows | AUC | recall at 2 % FP | at 5 % FP |")
    print("|---|---|---|---|---|---|")
    for name in sys.argv[1:]:
        test = np.flatnonzero(source == name)
        pool = np.flatnonzero(source != name)
        for frac in FRACTIONS:
            n = int(frac * len(pool))
            got = []
            for _ in range(DRAWS if frac < 1 else 1):
                train = rng.choice(pool, n, replace=False)
                s = tr.fit(x[train], y[train], 256.0, w[train]).decision_function(x[test])
                got.append((roc_auc_score(y[test], s), recall_at(s, y[test], 0.02), recall_at(s, y[test], 0.05)))
            auc, r2, r5 = np.mean(got, axis=0)
            print(f"| {name} | {frac:g} | {n} | {auc:.3f} | {100 * r2:.1f} % | {100 * r5:.1f} % |", flush=True)


if __name__ == "__main__":
    main()
