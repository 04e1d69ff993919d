"""Would long texts be better judged by their windows? Out of fold on TRAIN only (round 23).

    python tools/injection_windows_cv.py [--data build/injection-data/train.jsonl] [--width 256,512]

The classifier alone, 5 folds (the training script's folds, C 256, hard negatives 8): each text's
logit against the largest of its logit and its windows' (``width`` characters of the normalised
text, half-overlapping, for texts longer than ``width``), each window scored by the model of its
text's fold, a window's logit lowered by ``d``; the alert threshold put at 2 % of TRAIN's benign
texts, and recall compared, overall and per kind (BENCHMARKS.md, "Round 23"). The held-out split
is never opened.
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

TARGET = 0.02
C, HARD = 256.0, 8.0


def windows(norm: str, width: int) -> list[str]:
    step = width // 2
    return [norm[s : s + width] for s in range(0, len(norm) - width + step, step)] if len(norm) > width else []


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=tr.ROOT / "build" / "injection-data" / "train.jsonl")
    ap.add_argument("--width", default="256,512", help="window widths in characters, comma-separated")
    args = ap.parse_args()
    widths = [int(w) for w in args.width.split(",")]
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").split("\n") if line]
    rows = [r for r in rows if r["split"] == "train"]
    texts = [r["text"] for r in rows]
    y = np.array([r["label"] == "attack" for r in rows], int)
    benign = y == 0
    kind = tr.row_kinds(rows)
    bits = max(tr.BITS_GRID)
    x = tr.featurize(tr.bucket_counts(texts), bits)
    norms = [tr.normalize(t) for t in texts]
    owner = {w: np.array([i for i, n in enumerate(norms) for _ in windows(n, w)], int) for w in widths}
    xw = {
        w: tr.featurize(tr.bucket_counts([s for n in norms for s in windows(n, w)], check=False), bits) for w in widths
    }
    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=tr.SEED).split(texts, y))
    fold_of = np.zeros(len(y), int)
    for f, (_, te) in enumerate(folds):
        fold_of[te] = f
    weight = np.where([tr.is_hard_negative(r) for r in rows], HARD, 1.0)
    oof = np.zeros(len(y))
    woof = {w: np.zeros(len(owner[w])) for w in widths}
    for f, (a, b) in enumerate(folds):
        model = tr.fit(x[a], y[a], C, weight[a])
        oof[b] = model.decision_function(x[b])
        for w in widths:
            sel = np.flatnonzero(fold_of[owner[w]] == f)
            woof[w][sel] = model.decision_function(xw[w][sel])
    print(f"{len(y)} TRAIN texts; windows: " + ", ".join(f"{w}: {len(owner[w])}" for w in widths))
    print("| score | window logit lowered by | recall / FP | arguments | tool results |")
    print("|---|---|---|---|---|")

    def row(name: str, d: str, s: np.ndarray) -> None:
        a = s > np.quantile(s[benign], 1 - TARGET, method="higher")
        cells = [f"{100 * a[~benign].mean():.1f} % / {100 * a[benign].mean():.2f} %"]
        for k in tr.KINDS:
            m = kind == k
            cells.append(f"{100 * a[m & ~benign].mean():.1f} % / {100 * a[m & benign].mean():.2f} %")
        print(f"| {name} | {d} | " + " | ".join(cells) + " |")

    row("the text", "-", oof)
    for w in widths:
        for d in (0.0, 1.0, 2.0, 3.0, 4.0):
            s = oof.copy()
            np.maximum.at(s, owner[w], woof[w] - d)
            row(f"max(text, {w}-character windows)", f"{d:g}", s)


if __name__ == "__main__":
    main()
