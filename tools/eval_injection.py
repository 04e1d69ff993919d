"""Evaluate the injection scanner on labelled texts: rules alone, classifier alone, both.

    python tools/eval_injection.py build/injection-data/heldout.jsonl [more.jsonl ...]

Each line is a JSON object with ``text`` and ``label`` (``attack`` or ``benign``; without a
label, a file whose name contains "attack" or "benign" says it), and optionally ``source``
(default: the file's name) and ``category``. Prints Markdown tables:

* recall and false-positive rate over all texts with 95% Wilson intervals, per detector;
* per source and category, for each of the three detectors: attacks detected at ``alert``
  or above, and benign texts flagged (false positives);
* the threshold tables (ROC-style): detection and false-positive rates when the alert
  threshold moves, for the combined score and for the classifier's probability.

"rules" is the scanner with the classifier off; "classifier" is its probability >= 0.5 (the
point from which its finding alone alerts); "both" is the scanner with the classifier on (its
risk score: the rules' findings, the weak ones only with a classifier finding, plus
``classifier_score(p)``). Runs the python reference (no native extension needed); both backends
give the same results.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sark_accel.injection import _classifier  # noqa: E402
from sark_accel.injection._classifier import Classifier, classifier_for  # noqa: E402
from sark_accel.injection._python import PythonDetector, _sanitize, normalize  # noqa: E402

ALERT = 40
KINDS = ("argument", "tool_result")


def load(paths: list[Path]) -> list[dict[str, str]]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if not line.strip():
                continue
            d = json.loads(line)
            label = d.get("label")
            if label is None:
                label = "attack" if "attack" in path.name else "benign" if "benign" in path.name else None
            if label not in ("attack", "benign"):
                raise SystemExit(f"{path}: a row without a label: {line[:80]}")
            rows.append(
                {
                    "text": d["text"],
                    "label": label,
                    "source": d.get("source", path.stem),
                    "category": d.get("category", "-"),
                    # the set's own "where"; else (HELD-OUT) a category naming tool results
                    "kind": d.get("where") or ("tool_result" if "tool_result" in d.get("category", "") else "argument"),
                }
            )
    return rows


def score_rows(rows: list[dict[str, str]], by_kind: Path | None = None) -> list[tuple[dict[str, str], int, float, int]]:
    """(row, rules score, classifier probability rounded as the scanner reports it, the score of
    the scanner with the classifier on); a truncated result counts as alert. ``by_kind``: a folder
    with one model per kind (``classifier_argument.bin``, ``classifier_tool_result.bin``), each row
    scanned as its kind with that folder's model (``sark_accel/injection``: the shipped ones)."""
    rules = PythonDetector(classifier=False)
    both = PythonDetector(classifier=True)
    if by_kind:  # the folder's models stand in for the package's, kind by kind
        for k in KINDS:
            _classifier._models[k] = Classifier((by_kind / f"classifier_{k}.bin").read_bytes())
    out = []
    for r in rows:
        kind = r["kind"] if by_kind else None
        clf = classifier_for(kind)
        scores = []
        for det in (rules, both):
            res = det.scan_text(r["text"], kind=kind)
            scores.append(max(res["risk_score"], ALERT) if res["truncated"] else res["risk_score"])
        out.append((r, scores[0], round(clf.probability(normalize(_sanitize(r["text"]))), 4), scores[1]))
    return out


def wilson(hits: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion ``hits / n``."""
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def rate(hits: int, n: int) -> str:
    return f"{100 * hits / n:.1f}% ({hits}/{n})" if n else "-"


def rate_ci(hits: int, n: int) -> str:
    if not n:
        return "-"
    lo, hi = wilson(hits, n)
    return f"{rate(hits, n)} [{100 * lo:.1f}, {100 * hi:.1f}]"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument(
        "--by-kind",
        type=Path,
        metavar="DIR",
        help="scan each text as its kind with the models in DIR (sark_accel/injection: the shipped ones); "
        "a row's kind is its where, else a category naming tool results, else argument",
    )
    ap.add_argument(
        "--scores",
        type=Path,
        metavar="FILE",
        help="also write each text's scores as JSON lines (source, category, kind, label, rules, p, both), "
        "to compare detectors at equal false positives",
    )
    args = ap.parse_args()
    scored = score_rows(load(args.files), args.by_kind)
    if args.scores:
        with args.scores.open("w", encoding="utf-8") as f:
            for r, s, p, b in scored:
                keep = {k: r[k] for k in ("source", "category", "kind", "label")}
                f.write(json.dumps({**keep, "rules": s, "p": p, "both": b}) + "\n")
    detectors: dict[str, Callable[[int, float, int], bool]] = {
        "rules": lambda s, p, b: s >= ALERT,
        "classifier": lambda s, p, b: p >= 0.5,
        "both": lambda s, p, b: b >= ALERT,
    }
    att_all = [(s, p, b) for r, s, p, b in scored if r["label"] == "attack"]
    ben_all = [(s, p, b) for r, s, p, b in scored if r["label"] == "benign"]
    print("All texts: attacks at alert (recall) and benign texts alerted (false positives), 95% Wilson intervals\n")
    print("| detector | recall | false positives |")
    print("|---|---|---|")
    for name, hit in detectors.items():
        d = sum(1 for s, p, b in att_all if hit(s, p, b))
        f = sum(1 for s, p, b in ben_all if hit(s, p, b))
        print(f"| {name} | {rate_ci(d, len(att_all))} | {rate_ci(f, len(ben_all))} |")
    print()
    groups: dict[tuple[str, str], list[tuple[str, int, float, int]]] = defaultdict(list)
    for r, s, p, b in scored:
        for key in (
            (r["source"], r["category"]),
            (r["source"], "(all)"),
            ("(all)", "(all)"),
            ("(all)", f"where={r['kind']}"),
        ):
            groups[key].append((r["label"], s, p, b))
    print("| source | category | label | n | rules | classifier | both |")
    print("|---|---|---|---|---|---|---|")
    for (src, cat), items in sorted(groups.items()):
        for label in ("attack", "benign"):
            sel = [(s, p, b) for lbl, s, p, b in items if lbl == label]
            if not sel:
                continue
            cells = [rate(sum(1 for s, p, b in sel if hit(s, p, b)), len(sel)) for hit in detectors.values()]
            print(f"| {src} | {cat} | {label} | {len(sel)} | " + " | ".join(cells) + " |")
    print()
    for src in sorted({k[0] for k in groups}):
        items = groups[(src, "(all)")]
        att = [(p, b) for lbl, _, p, b in items if lbl == "attack"]
        ben = [(p, b) for lbl, _, p, b in items if lbl == "benign"]
        print(f"Threshold table, source {src} ({len(att)} attacks, {len(ben)} benign): detected / flagged\n")
        print("| score >= | detected | flagged | classifier p >= | detected | flagged |")
        print("|---|---|---|---|---|---|")
        for t in range(10, 100, 10):
            q = t / 100
            both_d = sum(1 for _, b in att if b >= t)
            both_f = sum(1 for _, b in ben if b >= t)
            clf_d = sum(1 for p, _ in att if p >= q)
            clf_f = sum(1 for p, _ in ben if p >= q)
            print(
                f"| {t} | {rate(both_d, len(att))} | {rate(both_f, len(ben))} | {q} | "
                f"{rate(clf_d, len(att))} | {rate(clf_f, len(ben))} |"
            )
        print()


if __name__ == "__main__":
    main()
