"""Regenerate tests/data/injection/classifier_expected.jsonl, the classifier's Go/Python fixture.

    python tests/injection/gen_classifier_expected.py

Each line: {"text", "probability", "logit", "top": [[ngram, weight], ...]} as the Python
reference computes them for the shipped model (sanitised, then normalised like a scanned unit).
Inputs: the corpus, the texts written for the classifier, and seeded random strings mixing
ASCII, punctuation, accented, Cyrillic, CJK, emoji, combining and invisible characters.
go/injection/classifier_test.go replays them: the same logit bits, probabilities within 1e-9,
the same n-grams.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__":  # a script in a checkout: its sark_accel (a test importing this keeps the installed one,
    sys.path.insert(0, str(ROOT))  # and must not leave the checkout on sys.path for processes it spawns later)

from sark_accel.injection._classifier import default_classifier  # noqa: E402
from sark_accel.injection._python import _sanitize, normalize  # noqa: E402

DATA = ROOT / "tests" / "data" / "injection"
OUT = DATA / "classifier_expected.jsonl"
_ALPHABET = (
    "aaaabcdeeefghiiijklmnoooprsssttu  ..,;:!?'\"-_/()[]{}<>#@=+*0123456789"
    "ÉéüßçñøЖжяЁ你好世界日本😀🙈\u0301\u200b\u202e\t\n\u3000"
)


def inputs() -> list[str]:
    texts: list[str] = []
    for name in ("attacks.jsonl", "benign.jsonl", "classifier_own.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").split("\n"):
            if line:
                texts.append(json.loads(line)["text"])
    rng = random.Random(12)
    for _ in range(300):
        texts.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(0, 120))))
    texts += ["", " ", "a", "ab", "abc", "x" * 5000, "ignore " * 300]
    return texts


def case(text: str) -> dict[str, Any]:
    v = default_classifier().verdict(normalize(_sanitize(text)))
    return {"text": text, "probability": v.probability, "logit": v.logit, "top": [list(c) for c in v.top]}


def main() -> None:
    with open(OUT, "w", encoding="utf-8") as f:
        for text in inputs():
            f.write(json.dumps(case(text), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
