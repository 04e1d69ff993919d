"""Train the injection classifier and write ``sark_accel/injection/classifier.bin`` + ``classifier.json``.

    pip install -r tools/requirements/train.txt   # Python 3.12 or later (the pinned numpy)
    python tools/injection_data.py            # build/injection-data/{train,heldout}.jsonl
    python tools/train_injection_classifier.py [--data build/injection-data/train.jsonl]

The shipped models: ``classifier.bin`` from ``injection_data.py`` (round 19) and this script;
``classifier_argument.bin`` and ``classifier_tool_result.bin`` (one model per kind of text) from
``injection_data.py --round 25`` and this script with ``--by-kind``.

Only rows with ``split == "train"`` are read; the held-out split is never opened here, so no
choice below (bucket count, n-gram range, regularisation, the hard negatives' weight, the
operating point) has seen it. The regularisation strength is chosen by 5-fold cross-validation
on TRAIN; the bias shift puts the scanner with the classifier on at MAX_FP of TRAIN's benign texts
(``--by-kind``: each kind by KIND_MAX_FP), out of fold (``tools/injection_decision_cv.py``
compares the decision's candidates). Features
are computed here with numpy (the reference, ``sark_accel.injection._classifier``, is too slow for all of TRAIN), and
checked against the reference, the code the scanner runs, on a sample of TRAIN before any
training, so training and inference cannot drift apart. Reproducible: fixed seeds,
single-threaded solver.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import sklearn
from scipy.sparse import csr_matrix, diags, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sark_accel.injection._classifier import (  # noqa: E402
    _HEADER,
    _WORD,
    BUCKET_MUL,
    MAGIC,
    THRESHOLD,
    Classifier,
    bigram_key,
    classifier_for,
    fnv1a,
)
from sark_accel.injection._python import (  # noqa: E402
    NEEDS_CLASSIFIER_BELOW,
    PythonDetector,
    _finding_weight,
    _sanitize,
    normalize,
    risk_score,
)
from sark_accel.injection._window import (  # noqa: E402
    DEMOTE_BY,
    GATED_BELOW,
    MAX_WINDOWS,
    WINDOW_CHARS,
    WINDOW_THRESHOLD,
    bare_units,
    cluster_spans,
    is_phrase,
    window_span,
)

OUT = ROOT / "sark_accel" / "injection"
MODEL_VERSION = 2
# The smallest within SIZE_TOLERANCE of the best wins: a smaller wheel. 18 bits was measured on
# round 2's TRAIN (5-fold, C 4..256) and was no better (best 0.9356 vs 0.9370 at 16 bits). Round 13
# (TRAIN 29,417 rows, 12x round 2's) compares the decision, not the accuracy, out of fold
# (``tools/injection_decision_cv.py --bits 16``, ``--bits 18``; BENCHMARKS.md, "Round 13"): 18 bits
# catch 3.8 points more attacks at the same 1.5 % of TRAIN's benign texts, so 18. Round 21 (20, with
# the features below) was measured, not shipped, and so was round 22 with the same.
BITS_GRID = (18,)
SIZE_TOLERANCE = 0.005
# The feature definition (round 5, chosen by speed and 5-fold CV on TRAIN; BENCHMARKS.md): byte
# 4-grams, word unigrams and bigrams. Round 21 tried byte 3- and 5-grams in 2^20 buckets, chosen by a
# rule declared before the comparison (``tools/injection_decision_cv.py --grams --bits``, 5-fold on
# TRAIN, the scanner's recall at 2 % of TRAIN's benign texts: 4/2^18 75.0 %, 4/2^20 76.2 %, 4,5/2^20
# 77.6 %, 3,4,5/2^20 77.5 %, 3,5/2^20 78.3 %); measured, not shipped (BENCHMARKS.md, "Round 21").
# Round 22 kept them, on its own data (``tools/injection_data.py --round 22``); measured, not shipped
# (BENCHMARKS.md, "Round 22").
GRAMS = (4,)
WORDS = 2  # 0 none, 1 unigrams, 2 unigrams and bigrams
CHECK_SAMPLE = 300  # TRAIN texts whose features are checked against the reference
# Rounds 21 and 22 fixed C at 256 (declared before training: the grid on their richer features would
# have taken about 40 minutes).
C_GRID = (4.0, 16.0, 64.0, 256.0)
SEED = 20261201
# Hard negatives (benign texts written to resemble attacks: the texts written here and the spent
# blind sets) weigh this much in training (round 6: 5-fold CV on TRAIN, 1 3 8 16: 80.6 82.5 83.3
# 83.4 % of attacks at 2 % false positives; the smallest of the plateau).
HARD_NEGATIVE_WEIGHT = 8.0
# The hard negatives are the benign texts written here (sources ``own*``) and the spent blind sets'
# (``fresh*``, and from round 24 ``reserve*``); until round 19 an explicit list of those sources,
# which every round extended.
HARD_NEGATIVE_PREFIXES = ("own", "fresh", "reserve")
# The operating point: at most this share of TRAIN's benign texts alerted (out of fold). Rounds 7-11:
# 1 %. Round 12: 1.5 %, by a rule declared before its decision CV: the loosest of 2, 1.5 and 1 % at
# which the shipped decision keeps the spent blind sets' benign texts at or under 2 % out of fold
# (tools/injection_decision_cv.py; BENCHMARKS.md, "Round 12"). Round 13, by the same rule declared
# again before its CV (09:02:15 UTC): 2 % (the spent sets' benign texts: 1.95 %, 50 of 2,561).
# Round 14, by the same rule declared before its CV (12:32:22 UTC): 2 % (1.73 %, 48 of 2,772).
# Round 15, by the same rule declared before its CV (15:18:05 UTC): 2 % (1.74 %, 52 of 2,984).
# Round 16, by the same rule declared before its CV (18:22:49 UTC): 2 % (1.32 %, 42 of 3,192).
# Round 17 (not shipped) widened the rule to 3 %; round 18 is back to round 16's rule, declared
# before its CV (22:26:58 UTC): 2 % (1.33 %, 48 of 3,610).
# Round 19, by the same rule declared before its CV (23:21:35 UTC): 2 % (1.34 %, 51 of 3,816).
# Round 20 (``tools/injection_data.py --round 20``), by the same rule declared before its CV (07:09:38 UTC
# on 2026-12-04): 2 % (1.34 %, 54 of 4,029); measured, not shipped (BENCHMARKS.md, "Round 20").
# Round 21 (``--round 21``, the features above), by the same rule declared before its CV (12:15:50 UTC
# on 2026-12-04): 2 % (1.30 %, 55 of 4,241); measured, not shipped (BENCHMARKS.md, "Round 21").
# Round 22 (``--round 22``, the features above), by the same rule declared before its CV (15:05:41 UTC
# on 2026-12-04): 2 % (1.54 %, 69 of 4,484); measured, not shipped (BENCHMARKS.md, "Round 22").
MAX_FP = 0.02
# Round 27 (``--by-kind``): each kind's operating point is the loosest of its candidates at which the
# scanner keeps that kind's benign texts of the spent blind sets (sources ``fresh*``, out of fold) at
# or under SPENT_MAX_FP; if none does, the tightest. Declared before round 27's training. The tool
# results keep MAX_FP alone: HELD-OUT's benign texts are all tool results (AgentDojo's), already at
# 1.7 % (3 of 180) with round 25, and round 17's looser point added four false alarms there.
KIND_MAX_FP = {"argument": (0.04, 0.03, 0.025, MAX_FP), "tool_result": (MAX_FP,)}
SPENT_MAX_FP = 0.015
ALERT = 40
# Round 23: one model per kind of text, by feature augmentation (Daume III, "Frustratingly easy
# domain adaptation", 2007): each feature has a shared weight and one weight per kind; a row of
# known kind (``where`` in its blind or training set's file) has both copies, a row of unknown kind
# only the shared one. Each kind's model is its shared plus its own weights, with its own operating
# point (MAX_FP of that kind's TRAIN benign texts, out of fold); the shared weights alone are the
# model for text of unknown kind (MAX_FP of all TRAIN's benign texts). Out of fold on round 22's
# TRAIN (the classifier alone, each kind at 2 % of its own benign texts): tool results 79.1 -> 83.8 %,
# arguments 69.9 -> 71.4 %. Round 23 (``--round 23``, this on, C = 256; frozen in 31cc3ca on
# branch s24-r23): measured, not shipped; the scanner has no kind yet, and the shared weights alone are
# no model for text of unknown kind (BENCHMARKS.md, "Round 23"). From round 24 (``--by-kind``) this writes
# the kinds' files and ``classifier_kinds.json`` only: text of unknown kind keeps classifier.bin.
# The kinds' C, fixed before round 23's training (the augmented grid would take about 40 minutes).
KIND_C = 256.0
KINDS = ("argument", "tool_result")


class RuleScores:
    """The patterns' findings on each text (the scanner with the classifier off) and the windows
    the scanner with the classifier on judges them by (rounds 8 and 9, sark_accel/injection/_window.py):
    the first MAX_WINDOWS findings weighing less than GATED_BELOW outside decoded content; and
    whether the text, the scanner's unit, is bare for its judged decisive findings (decision 26a,
    ``_window.bare_units``): those count in full whatever their window says."""

    def __init__(self, texts: list[str]) -> None:
        rules = PythonDetector(classifier=False)
        weights = {str(p["id"]): int(p["weight"]) for p in rules.patterns}
        self.found: list[list[tuple[str, int]]] = []
        # per text: {finding index: window index (-1: the whole unit)}
        self.judged: list[dict[int, int]] = []
        self.windows: list[str] = []
        self.bare: list[set[int]] = []  # per text: the findings decision 26a counts in full
        full, truncated = [], []
        owner: list[int] = []  # each window's text
        for i, t in enumerate(texts):
            res = rules.scan_text(t)
            unit = _sanitize(t)
            weighted = [(f["pattern_id"], _finding_weight(f, weights)) for f in res["findings"]]
            judged: dict[int, int] = {}
            windows: list[tuple[int, int, int]] = []  # (finding index, window start, end)
            for k, f in enumerate(res["findings"]):
                if len(windows) >= MAX_WINDOWS:
                    break
                if "encoding" in f or weighted[k][1] >= GATED_BELOW:
                    continue
                windows.append((k, *window_span(f["start"], f["end"], len(unit))))
            # Round 9: findings whose windows overlap are judged on their cluster's span.
            spans = cluster_spans([(0, a, b) for _, a, b in windows])
            first: dict[tuple[int, int], int] = {}
            for (k, _, _), (_, a, b) in zip(windows, spans, strict=True):
                if (a, b) == (0, len(unit)):
                    judged[k] = -1
                elif (a, b) in first:
                    judged[k] = first[a, b]
                else:
                    judged[k] = first[a, b] = len(self.windows)
                    self.windows.append(unit[a:b])
                    owner.append(i)
            # Decision 26a: the judged decisive phrase findings (not markup), which count in full
            # when the unit (the text, one unit as scan_text scans it) is bare.
            found = enumerate(res["findings"])
            phrase = [k for k, f in found if k in judged and is_phrase(weighted[k][1], f["category"])]
            spans = [(0, res["findings"][k]["start"], res["findings"][k]["end"]) for k in phrase]
            self.bare.append(set(phrase) if 0 in bare_units(spans, {0: unit}) else set())
            self.found.append(weighted)
            self.judged.append(judged)
            full.append(risk_score(weighted))
            truncated.append(res["truncated"])
        self.full = np.array(full)
        self.truncated = np.array(truncated)
        self.owner = np.array(owner, int)

    def alerts(self) -> np.ndarray:
        """Whether the rules alone (the classifier off) alert."""
        return self.truncated | (self.full >= ALERT)


class GeneralWindows(NamedTuple):
    """``--by-kind``: what the scanner judges the windows by whatever the kind (decision 24b,
    ``_window.window_verdicts``): the general model, the shipped ``classifier.bin``, with no kind's
    shift; fixed (a shipped model, not one being trained), so not out of fold."""

    windows: np.ndarray  # each window's probability, rounded to 4 decimals
    units: np.ndarray  # each text's, when a window is its whole unit (else nan)
    logits: np.ndarray  # each window's logit
    sha256: str  # classifier.bin's


def general_windows(rules: RuleScores, texts: list[str]) -> GeneralWindows:
    """The general model's probabilities on the windows of ``rules`` (and on the units that are a
    window), computed as the scanner does (``_window.span_probability``), by the inference code."""
    model = classifier_for(None)
    verdicts = [model.verdict(normalize(w)) for w in rules.windows]
    units = np.full(len(texts), np.nan)
    for i, judged in enumerate(rules.judged):
        if -1 in judged.values():
            units[i] = round(model.probability(normalize(_sanitize(texts[i]))), 4)
    return GeneralWindows(
        np.array([round(v.probability, 4) for v in verdicts], float),
        units,
        np.array([v.logit for v in verdicts], float),
        hashlib.sha256((OUT / "classifier.bin").read_bytes()).hexdigest(),
    )


def probabilities(logits: np.ndarray, shift: float) -> np.ndarray:
    """The probability the scanner reports (rounded to 4 decimals) for a model whose bias is
    shifted by -shift."""
    return np.round(1 / (1 + np.exp(shift - logits)), 4)


def both_alerts(
    logits: np.ndarray,
    wlogits: np.ndarray,
    shift: float,
    rules: RuleScores,
    idx: np.ndarray,
    general: GeneralWindows | None = None,
) -> np.ndarray:
    """Whether the scanner with the classifier on alerts on the texts ``idx``: gated findings
    count in full when their window's probability reaches WINDOW_THRESHOLD, else demoted (weight //
    DEMOTE_BY, round 9) unless decisive in a bare unit (decision 26a), the others as in round 6
    (weights below NEEDS_CLASSIFIER_BELOW with a classifier finding); plus the classifier's
    ``floor(100 p) - 10`` from THRESHOLD. ``wlogits``: the windows' logits, shifted like the units'
    (the model trained is the general one, which judges the windows); with ``general``
    (``--by-kind``), the windows (and the units that are a window) are judged by its probabilities
    instead, unshifted, and ``wlogits`` is not read."""
    p = probabilities(logits[idx], shift)
    pw = probabilities(wlogits, shift) if general is None else general.windows
    pu = p if general is None else general.units[idx]  # a window that is its whole unit
    found = p >= THRESHOLD
    points = np.where(found, np.floor(p * 100).astype(int) - 10, 0)
    out = np.zeros(len(idx), bool)
    for j, i in enumerate(idx):
        judged = rules.judged[i]
        kept = []
        for k, (pid, w) in enumerate(rules.found[i]):
            if k in judged:
                counts = (pu[j] if judged[k] < 0 else pw[judged[k]]) >= WINDOW_THRESHOLD
                demoted = w // DEMOTE_BY if w >= NEEDS_CLASSIFIER_BELOW else 0
                full = counts or k in rules.bare[i]  # decision 26a
                kept.append((pid, w if full else demoted))
            elif found[j] or w >= NEEDS_CLASSIFIER_BELOW:
                kept.append((pid, w))
        out[j] = rules.truncated[i] or min(100, risk_score(kept) + points[j]) >= ALERT
    return out


def operating_logit(
    logits: np.ndarray,
    wlogits: np.ndarray,
    y: np.ndarray,
    rules: RuleScores,
    among: np.ndarray | None = None,
    general: GeneralWindows | None = None,
    max_fp: float = MAX_FP,
) -> float:
    """The smallest shift at which the scanner with the classifier on alerts on at most ``max_fp`` of
    the benign texts (of ``among``, default all; logits out of fold, so each text and its windows
    are scored by a model that never saw the text; with ``general``, the windows by it, unshifted:
    see ``both_alerts``). Alerts only fall as the shift grows, so bisection finds it."""
    benign = np.flatnonzero((y == 0) & (np.ones(len(y), bool) if among is None else among))

    def fp(shift: float) -> float:
        return float(both_alerts(logits, wlogits, shift, rules, benign, general).mean())

    lo, hi = -30.0, 30.0
    if fp(hi) > max_fp:
        raise SystemExit(f"the rules alone alert on more than {100 * max_fp:g} % of TRAIN's benign texts")
    while np.nextafter(lo, hi) < hi:
        mid = (lo + hi) / 2
        if mid in (lo, hi):
            break
        lo, hi = (lo, mid) if fp(mid) <= max_fp else (mid, hi)
    return hi


def header(bits: int, bias: float) -> bytes:
    return _HEADER.pack(MAGIC, bits, sum(1 << n for n in GRAMS), WORDS, bias)


def text_buckets(data: bytes, bits: int) -> np.ndarray:
    """The buckets of every feature of ``data`` (normalised UTF-8 text), in no particular
    order: the reference's definition, vectorised."""
    keys = []
    b = np.frombuffer(data, np.uint8).astype(np.uint64)
    for n in GRAMS:
        if len(b) >= n:
            k = np.full(len(b) - n + 1, n << 56, np.uint64)
            for j in range(n):
                k |= b[j : len(b) - n + 1 + j] << np.uint64(8 * (n - 1 - j))
            keys.append(k)
    if WORDS:
        words = [fnv1a(w) for w in _WORD.findall(data)]
        if WORDS == 2:
            words += [bigram_key(p, w) for p, w in zip(words, words[1:], strict=False)]
        keys.append(np.array(words, np.uint64))
    all_keys = np.concatenate(keys) if keys else np.zeros(0, np.uint64)
    return (all_keys * np.uint64(BUCKET_MUL)) >> np.uint64(64 - bits)  # uint64 arithmetic wraps


def bucket_counts(texts: list[str], check: bool = True) -> list[dict[int, int]]:
    """Each text's bucket counts at the largest bucket count of the grid, checked against the
    reference on a sample."""
    bits = max(BITS_GRID)
    out = []
    for t in texts:
        buckets, counts = np.unique(text_buckets(normalize(t).encode("utf-8"), bits), return_counts=True)
        out.append(dict(zip(buckets.tolist(), counts.tolist(), strict=True)))
    # Weights do not matter for counting: a zero model of the right shape.
    reference = Classifier(header(bits, 0.0) + bytes(4 << bits))
    for i in [] if not check else random.Random(SEED).sample(range(len(texts)), min(CHECK_SAMPLE, len(texts))):
        if reference.counts(normalize(texts[i]).encode("utf-8"))[0] != out[i]:
            raise SystemExit(f"TRAIN text {i}: vectorised features differ from the reference's")
    return out


def featurize(all_counts: list[dict[int, int]], bits: int) -> csr_matrix:
    """The feature vectors (sqrt counts, L2-normalised) for ``2**bits`` buckets, from counts at
    ``max(BITS_GRID)`` bits: a bucket is the top bits of the key's product, so its bucket at fewer
    bits is its top bits, and fewer buckets are folded counts, exactly."""
    drop = max(BITS_GRID) - bits
    indptr, indices, values = [0], [], []
    for counts in all_counts:
        folded: dict[int, int] = {}
        for b, c in counts.items():
            folded[b >> drop] = folded.get(b >> drop, 0) + c
        total = sum(folded.values())
        for b, c in folded.items():
            indices.append(b)
            values.append(np.sqrt(c) / np.sqrt(total))
        indptr.append(len(indices))
    return csr_matrix((values, indices, indptr), shape=(len(all_counts), 1 << bits), dtype=np.float64)


def fit(x: csr_matrix, y: np.ndarray, c: float, weight: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=SEED, max_iter=1000)
    return model.fit(x, y, sample_weight=weight)


def sample_weights(rows: list[dict[str, str]]) -> np.ndarray:
    """HARD_NEGATIVE_WEIGHT for the hard negatives, 1 for every other row."""
    return np.where([is_hard_negative(r) for r in rows], HARD_NEGATIVE_WEIGHT, 1.0)


def row_kinds(rows: list[dict[str, str]]) -> np.ndarray:
    """Each row's ``where`` (``argument`` or ``tool_result``) as its blind or training set's file
    gives it (sources ``fresh*_spent`` and ``own_train*``); "" for the other sources."""
    where: dict[tuple[str, str], str] = {}
    data = ROOT / "tests" / "data" / "injection"
    for path in sorted(data.glob("fresh*")) + sorted(data.glob("reserve*")) + sorted(data.glob("train*")):
        for name in ("attacks.jsonl", "benign.jsonl"):
            for line in (path / name).read_text(encoding="utf-8").splitlines():
                d = json.loads(line)
                where[path.name, d["text"]] = d.get("where", "")
    out = []
    for r in rows:
        src = r["source"]
        folder = src.removesuffix("_spent") if src.endswith("_spent") else src.removeprefix("own_")
        out.append(where.get((folder, r["text"]), ""))
    return np.array(out)


def augment(x: csr_matrix, kind: np.ndarray) -> csr_matrix:
    """The shared block, then one block per kind in KINDS holding the rows of that kind (``--by-kind``)."""
    return hstack([x, *(diags((kind == k).astype(float)) @ x for k in KINDS)]).tocsr()


def kind_weights(coef: np.ndarray, bits: int) -> dict[str, np.ndarray]:
    """Each model's weights from an augmented model's: "" (unknown kind) the shared block, each
    kind the shared block plus its own."""
    n = 1 << bits
    shared = coef[:n]
    return {"": shared, **{k: shared + coef[n * (i + 1) : n * (i + 2)] for i, k in enumerate(KINDS)}}


def spent_rows(rows: list[dict[str, str]]) -> np.ndarray:
    """The rows of the spent blind sets (sources ``fresh*``)."""
    return np.array([r["source"].startswith("fresh") for r in rows])


def is_hard_negative(r: dict[str, str]) -> bool:
    """A benign text written here or in a spent blind set (HARD_NEGATIVE_PREFIXES)."""
    return r["label"] == "benign" and r["source"].startswith(HARD_NEGATIVE_PREFIXES)


def cv_operating_point(
    rows: list[dict[str, str]], y: np.ndarray, clf: np.ndarray, rules: np.ndarray, both: np.ndarray
) -> dict[str, object]:
    """Out-of-fold detection and false-positive rates at the operating point, per source."""
    out: dict[str, object] = {}
    for src in sorted({r["source"] for r in rows}) + ["(all)"]:
        sel = np.array([src in ("(all)", r["source"]) for r in rows])
        for label, name in ((1, "detected"), (0, "flagged")):
            m = sel & (y == label)
            if m.any():
                out[f"{src} {name}"] = {
                    "n": int(m.sum()),
                    "rules": round(float(rules[m].mean()), 4),
                    "classifier": round(float(clf[m].mean()), 4),
                    "both": round(float(both[m].mean()), 4),
                }
    return out


def by_kind_cv(
    x: csr_matrix,
    y: np.ndarray,
    weight: np.ndarray,
    c: float,
    bits: int,
    kind: np.ndarray,
    folds: list[tuple[np.ndarray, np.ndarray]],
    rules: RuleScores,
    general: GeneralWindows,
    spent: np.ndarray,
) -> dict[str, Any]:
    """``--by-kind``, out of fold: each model's logits on every text, each model's operating point
    (the generic one on all TRAIN's benign texts, each kind's on that kind's), and each row's
    shifted logit by its own kind's model (unknown kind: the generic one). The windows are judged
    as the scanner judges them whatever the kind (decision 24b): by ``general`` (classifier.bin),
    unshifted; ``woof`` is its logits. ``spent``: the rows of the spent blind sets (KIND_MAX_FP)."""
    xa = augment(x, kind)
    logits = {v: np.zeros(len(y)) for v in ("", *KINDS)}
    for f, (tr, te) in enumerate(folds):
        model = fit(xa[tr], y[tr], c, weight[tr])
        b = float(model.intercept_[0])
        for v, w in kind_weights(model.coef_[0], bits).items():
            logits[v][te] = x[te] @ w + b
        print(f"by kind: fold {f} done", flush=True)
    woof = general.logits
    shift = {"": operating_logit(logits[""], woof, y, rules, general=general)}
    max_fp: dict[str, float] = {"": MAX_FP}
    for k in KINDS:
        max_fp[k], shift[k] = kind_operating_point(k, logits[k], woof, y, rules, kind == k, spent, general)
    model_of = np.searchsorted(["", *KINDS], kind)  # each row's model: "" sorts first, KINDS are sorted
    oof = np.choose(model_of, [logits[v] - shift[v] for v in ("", *KINDS)])
    both = both_alerts(oof, woof, 0.0, rules, np.arange(len(y)), general)
    print("by kind: shifts", json.dumps(shift), flush=True)
    return {"oof": oof, "woof": woof, "shift": shift, "both": both, "max_fp": max_fp}


def kind_operating_point(
    kind: str,
    logits: np.ndarray,
    woof: np.ndarray,
    y: np.ndarray,
    rules: RuleScores,
    among: np.ndarray,
    spent: np.ndarray,
    general: GeneralWindows,
) -> tuple[float, float]:
    """A kind's share of TRAIN benign texts alerted and its shift, by the rule at KIND_MAX_FP;
    prints each candidate's rates out of fold."""
    benign_spent = np.flatnonzero(among & spent & (y == 0))
    attacks = np.flatnonzero(among & (y == 1))
    candidates = KIND_MAX_FP[kind]
    for rate in candidates:
        shift = operating_logit(logits, woof, y, rules, among=among, general=general, max_fp=rate)
        on_spent = float(both_alerts(logits, woof, shift, rules, benign_spent, general).mean())
        recall = float(both_alerts(logits, woof, shift, rules, attacks, general).mean())
        print(
            f"by kind: {kind} at {100 * rate:g} % of TRAIN's benign: attacks {100 * recall:.2f} %, "
            f"spent blind sets' benign {100 * on_spent:.2f} % of {len(benign_spent)}",
            flush=True,
        )
        if on_spent <= SPENT_MAX_FP or rate == candidates[-1]:
            return rate, shift
    raise AssertionError("unreachable")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT / "build" / "injection-data" / "train.jsonl")
    ap.add_argument(
        "--by-kind",
        action="store_true",
        help="one model per kind of text (classifier_argument.bin, classifier_tool_result.bin, "
        "classifier_kinds.json), at C = KIND_C; classifier.bin is left as it is",
    )
    args = ap.parse_args()
    per_kind = args.by_kind
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").split("\n") if line]
    rows = [r for r in rows if r["split"] == "train"]
    texts = [r["text"] for r in rows]
    y = np.array([1 if r["label"] == "attack" else 0 for r in rows])
    weight = sample_weights(rows)
    all_counts = bucket_counts(texts)
    folds = list(StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED).split(texts, y))
    cv: dict[tuple[int, float], float] = {}
    if per_kind and len(BITS_GRID) != 1:
        raise SystemExit("--by-kind: fix the bits before training (the augmented grid takes too long)")
    for bits in BITS_GRID if not per_kind else ():
        x = featurize(all_counts, bits)
        for c in C_GRID:
            correct = 0
            for tr, te in folds:
                correct += int((fit(x[tr], y[tr], c, weight[tr]).predict(x[te]) == y[te]).sum())
            cv[(bits, c)] = correct / len(y)
            print(f"bits={bits} C={c}: 5-fold accuracy {cv[(bits, c)]:.4f}")
    if per_kind:
        bits, best = BITS_GRID[0], KIND_C
    else:
        top = max(cv.values())
        bits, best = min((k for k, a in cv.items() if a >= top - SIZE_TOLERANCE), key=lambda k: (k[0], -cv[k], k[1]))
    x = featurize(all_counts, bits)
    rules = RuleScores(texts)
    general: GeneralWindows | None = None
    if per_kind:
        kind = row_kinds(rows)
        general = general_windows(rules, texts)
        by_kind = by_kind_cv(x, y, weight, best, bits, kind, folds, rules, general, spent_rows(rows))
        # each row by its kind's model, already shifted; the windows by classifier.bin, unshifted
        oof, woof = by_kind["oof"], by_kind["woof"]
        shift = 0.0
    else:
        xw = featurize(bucket_counts(rules.windows, check=False), bits)
        fold_of = np.zeros(len(y), int)
        for f, (_, te) in enumerate(folds):
            fold_of[te] = f
        oof, woof = np.zeros(len(y)), np.zeros(len(rules.windows))
        for f, (tr, te) in enumerate(folds):
            model = fit(x[tr], y[tr], best, weight[tr])
            oof[te] = model.decision_function(x[te])
            sel = np.flatnonzero(fold_of[rules.owner] == f)  # each window by its text's out-of-fold model
            if len(sel):
                woof[sel] = model.decision_function(xw[sel])
        shift = operating_logit(oof, woof, y, rules)
    (ROOT / "build").mkdir(exist_ok=True)
    np.savez(ROOT / "build" / "injection-train-oof.npz", oof=oof, woof=woof, full=rules.full, y=y)
    # "classifier": its finding alone alerts (p >= 0.5); "both": the scanner with it on.
    cv_point = cv_operating_point(
        rows,
        y,
        probabilities(oof, shift) >= 0.5,
        rules.alerts(),
        both_alerts(oof, woof, shift, rules, np.arange(len(y)), general),
    )
    print("operating point (5-fold, TRAIN):", json.dumps(cv_point))
    model = fit(x if not per_kind else augment(x, kind), y, best, weight)
    weights = model.coef_[0].astype("<f4")
    # The bias carries the operating point: p >= 0.5 exactly when the trained logit >= shift.
    bias = float(model.intercept_[0]) - shift
    kind_files: dict[str, dict[str, Any]] = {}
    if per_kind:
        each = kind_weights(model.coef_[0], bits)
        weights = each[""].astype("<f4")  # the shared block: the manifest's common fields describe it; not written
        for k in KINDS:
            kblob = header(bits, float(model.intercept_[0]) - by_kind["shift"][k]) + each[k].astype("<f4").tobytes()
            (OUT / f"classifier_{k}.bin").write_bytes(kblob)
            sel = kind == k
            kclf = Classifier(kblob)  # training accuracy through the inference code, on this kind's rows
            kpred = np.array([kclf.probability(normalize(texts[i])) >= 0.5 for i in np.flatnonzero(sel)])
            kind_files[k] = {
                "training_accuracy": {
                    "attacks_detected": round(float(kpred[y[sel] == 1].mean()), 4),
                    "benign_flagged": round(float(kpred[y[sel] == 0].mean()), 4),
                    "threshold": 0.5,
                },
                "file": f"classifier_{k}.bin",
                "sha256": hashlib.sha256(kblob).hexdigest(),
                "logit_shift": by_kind["shift"][k],
                "rule": f"the shared weights plus {k}'s own; bias shifted so that the scanner with this model alerts "
                f"on at most {100 * by_kind['max_fp'][k]:g} % of TRAIN's benign texts of this kind, out of fold",
                "cv_5fold_train": {
                    "attacks_alerted": round(float(by_kind["both"][sel & (y == 1)].mean()), 4),
                    "benign_alerted": round(float(by_kind["both"][sel & (y == 0)].mean()), 4),
                    "rows": int(sel.sum()),
                },
            }
    blob = header(bits, bias) + weights.tobytes()

    training_accuracy: dict[str, object] = {}  # --by-kind: the kinds' own, above
    if not per_kind:  # --by-kind writes the kinds' files only: text of unknown kind keeps classifier.bin
        # Training accuracy as the shipped (float32) model computes it, through the inference code.
        shipped = Classifier(blob)
        predicted = np.array([shipped.probability(normalize(t)) >= 0.5 for t in texts])
        attacks, benign = y == 1, y == 0
        training_accuracy = {
            "attacks_detected": round(float(predicted[attacks].mean()), 4),
            "benign_flagged": round(float(predicted[benign].mean()), 4),
            "accuracy": round(float((predicted == (y == 1)).mean()), 4),
            "threshold": 0.5,
        }
        (OUT / "classifier.bin").write_bytes(blob)
    sources = Counter(f"{r['source']}/{r['label']}" for r in rows)
    manifest = {
        "model_version": MODEL_VERSION,
        "file": "classifier.bin",
        "sha256": hashlib.sha256(blob).hexdigest(),
        "bytes": len(blob),
        "format": "SARKCLF2: magic, u32 bits, u32 n-gram lengths (bit n: n-grams of n bytes), u32 word "
        "n-grams (0 none, 1 unigrams, 2 and bigrams), f64 bias, then 2**bits float32 weights, little-endian",
        "features": {
            "text": "the UTF-8 bytes of the scanner's normalised text (sark_accel/injection/_python.normalize)",
            "char_ngrams_bytes": list(GRAMS),
            "char_ngram_key": "the n bytes big-endian, n in the top byte",
            "words": ["none", "unigrams", "unigrams and bigrams"][WORDS] + " of maximal runs of the bytes "
            "a-z, 0-9 and 0x80-0xff",
            "word_key": "64-bit FNV-1a of the word's bytes; bigram: (previous key * FNV prime) ^ key",
            "bucket": "(key * 0x9E3779B97F4A7C15 mod 2**64) >> (64 - bits)",
            "bits": bits,
            "value": "sqrt(count), L2-normalised",
        },
        "model": {
            "kind": "logistic regression",
            "library": f"scikit-learn {sklearn.__version__}",
            "solver": "liblinear",
            "class_weight": "balanced",
            "sample_weight": f"{HARD_NEGATIVE_WEIGHT:g} for the benign rows of "
            f"the sources starting with {' or '.join(HARD_NEGATIVE_PREFIXES)}; 1 otherwise",
            "C": best,
            "grid_5fold_accuracy": {f"bits={b} C={c}": round(a, 4) for (b, c), a in cv.items()},
            "seed": SEED,
        },
        "training_data": {
            "split": "train (tools/injection_data.py; sources and licences in tests/data/injection/DATA.md)",
            "rows": len(rows),
            "by_source": dict(sorted(sources.items())),
        },
        "training_accuracy": training_accuracy,
        "decision": {
            "finding_threshold": THRESHOLD,
            "score": "floor(100 p) - 10 from the finding threshold (20 at 0.3, 40 at 0.5: alert alone)",
            "needs_classifier_below": NEEDS_CLASSIFIER_BELOW,
            "gated_below": GATED_BELOW,
            "window_chars": WINDOW_CHARS,
            "window_threshold": WINDOW_THRESHOLD,
            "demote_by": DEMOTE_BY,
            "max_windows": MAX_WINDOWS,
            "rule": "with the classifier on, rule findings weighing less than gated_below add their weight to the "
            "score when the classifier's probability on their window (the finding's span extended by window_chars "
            "characters each side within its unit; overlapping windows of one unit joined into one) is at least "
            "window_threshold, else their weight // demote_by (nothing for weights below needs_classifier_below); "
            "findings in decoded content "
            "and after the first max_windows gated ones: weights below needs_classifier_below only when the "
            "result has a classifier finding",
        },
        "operating_point": {
            "rule": f"bias shifted by -{shift:.6f}: the smallest shift at which the scanner with the classifier on "
            f"(the decision above, default thresholds) alerts on at most {100 * MAX_FP:g} % of TRAIN's benign "
            "texts, out of fold",
            "rules_alone_benign_flagged": round(float(rules.alerts()[y == 0].mean()), 4),
            "logit_shift": shift,
            "cv_5fold_train": cv_point,
        },
    }
    if not per_kind:
        (OUT / "classifier.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(manifest["training_accuracy"]), f"bits={bits} C={best}", f"{len(blob)} bytes")
        return
    for key in ("file", "sha256", "bytes", "training_accuracy", "operating_point"):
        del manifest[key]  # the kinds' own, below; classifier.bin and its manifest are left as they are
    assert general is not None  # --by-kind
    manifest["by_kind"] = {
        "rule": "feature augmentation (Daume III 2007): rows whose blind or training set gives their kind train "
        "a shared and a per-kind copy of each feature, the others the shared copy; each kind's model is the shared "
        "weights plus its own, at its own operating point; text of unknown kind keeps classifier.bin",
        "windows": "judged, whatever the kind, by classifier.bin as the scanner judges them (decision 24b): "
        f"its probability, unshifted, not out of fold (a shipped model); sha256 {general.sha256}",
        "cv_5fold_train": cv_point,
        **kind_files,
    }
    (OUT / "classifier_kinds.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v["training_accuracy"] for k, v in kind_files.items()}), f"bits={bits} C={best}")


if __name__ == "__main__":
    main()
