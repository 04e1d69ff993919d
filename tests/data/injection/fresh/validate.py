"""Check the blind evaluation set: every line parses, ids are unique, counts match README.md.

Run: python tests/data/injection/fresh/validate.py   (exit status 1 and a list of problems on failure)
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks": ("attacks.jsonl", "fa"), "benign": ("benign.jsonl", "fb")}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
LANGS = {"en", "fr", "de", "es", "ru", "zh", "pt", "it", "ja"}
# Floors the issue sets, so an edit cannot quietly drop below them.
FLOORS = {("attacks", "total"): 200, ("benign", "total"): 200, ("attacks", "indirect_tool_result"): 50}
NON_ENGLISH_FLOOR = 30


def load(name: str, prefix: str, problems: list[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: not JSON ({e})")
            continue
        if not isinstance(row, dict) or set(row) != FIELDS or not all(isinstance(v, str) for v in row.values()):
            problems.append(f"{where}: want an object with string fields {sorted(FIELDS)}")
            continue
        if not re.fullmatch(rf"{prefix}-\d{{3}}", row["id"]):
            problems.append(f"{where}: id {row['id']!r} is not {prefix}-NNN")
        if row["where"] not in WHERES:
            problems.append(f"{where}: where={row['where']!r}")
        if row["lang"] not in LANGS:
            problems.append(f"{where}: lang={row['lang']!r}")
        if not row["text"].strip():
            problems.append(f"{where}: empty text")
        rows.append(row)
    return rows


def readme_counts() -> dict[tuple[str, str], int]:
    table = re.findall(r"^\| (attacks|benign) \| (\w+) \| (\d+) \|$", (HERE / "README.md").read_text(), re.M)
    return {(kind, cat): int(count) for kind, cat, count in table}


def readme_langs_and_wheres() -> dict[tuple[str, str], int]:
    text = (HERE / "README.md").read_text()
    langs = re.search(
        r"^Languages \(attacks / benign\): (.*?)\. `where=tool_result`: (\d+) attacks, (\d+) benign", text, re.M | re.S
    )
    if langs is None:
        return {}
    counts = {("where", "attacks"): int(langs[2]), ("where", "benign"): int(langs[3])}
    for lang, n_attacks, n_benign in re.findall(r"(\w\w) (\d+) / (\d+)", langs[1]):
        counts[(lang, "attacks")], counts[(lang, "benign")] = int(n_attacks), int(n_benign)
    return counts


def shingles(text: str) -> set[str]:
    t = " ".join(text.lower().split())
    return {t[i : i + 5] for i in range(max(1, len(t) - 4))}


def most_similar(texts: list[str]) -> tuple[float, int, int]:
    sets = [shingles(t) for t in texts]
    best = (0.0, 0, 0)
    for i, j in itertools.combinations(range(len(sets)), 2):
        score = len(sets[i] & sets[j]) / len(sets[i] | sets[j])
        best = max(best, (score, i, j))
    return best


def main() -> int:
    problems: list[str] = []
    data = {kind: load(name, prefix, problems) for kind, (name, prefix) in FILES.items()}
    rows = [r for kind in FILES for r in data[kind]]

    for what, seen in (("id", Counter(r["id"] for r in rows)), ("text", Counter(r["text"] for r in rows))):
        problems += [f"duplicate {what}: {v[:60]!r}" for v, n in seen.items() if n > 1]

    actual: dict[tuple[str, str], int] = {}
    for kind, kind_rows in data.items():
        actual[(kind, "total")] = len(kind_rows)
        for cat, n in Counter(r["category"] for r in kind_rows).items():
            actual[(kind, cat)] = n
    documented = readme_counts()
    if not documented:
        problems.append("README.md: no count table found")
    for key in sorted(set(actual) | set(documented)):
        if actual.get(key) != documented.get(key):
            problems.append(f"{key}: README says {documented.get(key)}, files have {actual.get(key)}")
    langs_actual: dict[tuple[str, str], int] = {}
    for kind, kind_rows in data.items():
        langs_actual[("where", kind)] = sum(r["where"] == "tool_result" for r in kind_rows)
        for lang, n in Counter(r["lang"] for r in kind_rows).items():
            langs_actual[(lang, kind)] = n
    langs_documented = readme_langs_and_wheres()
    for key in sorted(set(langs_actual) | set(langs_documented)):
        if langs_actual.get(key, 0) != langs_documented.get(key, 0):
            problems.append(f"{key}: README says {langs_documented.get(key)}, files have {langs_actual.get(key)}")
    for key, floor in FLOORS.items():
        if actual.get(key, 0) < floor:
            problems.append(f"{key}: {actual.get(key, 0)} < {floor}")
    for kind, kind_rows in data.items():
        non_english = sum(r["lang"] != "en" for r in kind_rows)
        if non_english < NON_ENGLISH_FLOOR:
            problems.append(f"{kind}: {non_english} non-English texts < {NON_ENGLISH_FLOOR}")

    score, i, j = most_similar([r["text"] for r in rows])
    print(
        f"{len(data['attacks'])} attacks, {len(data['benign'])} benign; most similar pair: "
        f"{rows[i]['id']} / {rows[j]['id']} (5-gram Jaccard {score:.2f})"
    )
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
