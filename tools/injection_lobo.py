"""Leave one writer session out: what limits the classifier's recall on text written elsewhere.

    python tools/injection_data.py
    python tools/injection_lobo.py fresh8_spent own_train9a

For each TRAIN source named, trains the shipped setting (C 256, hard negatives x8) on TRAIN
without that source and reports, on that source, the classifier alone: AUC and recall at the
source's own 2 % and 5 % false-positive thresholds (oracle thresholds: the best this model could
do there), for the logistic regression, a one-hidden-layer MLP on the same features, and the
logistic regression scored as the maximum over 400-character chunks (step 200). Spent data only:
a direction for the next round, not an accuracy claim (BENCHMARKS.md, "Round 9").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.neural_network import MLPClassifier

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_injection_classifier as tr  # noqa: E402  (beside this script)


def recall_at(score: np.ndarray, y: np.ndarray, fp: float) -> float:
    """Recall at the threshold that flags at most ``fp`` of the benign rows."""
    neg = np.sort(score[y == 0])[::-1]
    return float((score[y == 1] > neg[int(np.floor(fp * len(neg)))]).mean())


def chunks(text: str, size: int = 400, step: int = 200) -> list[str]:
    return [text] if len(text) <= size else [text[i : i + size] for i in range(0, len(text) - size + step, step)]


def main() -> None:
    data = tr.ROOT / "build" / "injection-data" / "train.jsonl"
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").split("\n") if line]
    rows = [r for r in rows if r["split"] == "train"]
    texts = [r["text"] for r in rows]
    y = np.array([r["label"] == "attack" for r in rows], int)
    source = np.array([r["source"] for r in rows])
    x = tr.featurize(tr.bucket_counts(texts, check=False), 16)
    w = tr.sample_weights(rows)
    for name in sys.argv[1:]:
        test = np.flatnonzero(source == name)
        train = source != name
        yt = y[test]

        def report(label: str, s: np.ndarray, yt: np.ndarray = yt, name: str = name) -> None:
            print(
                f"{name} {label}: AUC {roc_auc_score(yt, s):.3f}, recall at 2 % FP "
                f"{recall_at(s, yt, 0.02):.3f}, at 5 % {recall_at(s, yt, 0.05):.3f}",
                flush=True,
            )

        lr = tr.fit(x[train], y[train], 256.0, w[train])
        report("logistic regression", lr.decision_function(x[test]))
        mlp = MLPClassifier(hidden_layer_sizes=(64,), alpha=1e-4, max_iter=30, random_state=1)
        mlp.fit(x[train], y[train])
        report("MLP (64)", mlp.predict_proba(x[test])[:, 1])
        owner, pieces = [], []
        for j, i in enumerate(test):
            for c in chunks(texts[i]):
                owner.append(j)
                pieces.append(c)
        s = lr.decision_function(tr.featurize(tr.bucket_counts(pieces, check=False), 16))
        best = np.full(len(test), -np.inf)
        np.maximum.at(best, np.array(owner), s)
        report("logistic regression, max over chunks", best)


if __name__ == "__main__":
    main()
