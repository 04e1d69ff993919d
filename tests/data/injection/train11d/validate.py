"""Validate the train11d training texts (stdlib only).

Checks that attacks.jsonl and benign.jsonl parse, that every record has exactly
the five fields as non-empty strings, unique ids with the right prefixes, a
valid "where", no duplicated text within or across files, and that the counts
match the ones stated in README.md. Exits 1 on any error.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks.jsonl": "t11d-a", "benign.jsonl": "t11d-b"}


def load(name, prefix, errors):
    rows = []
    path = HERE / name
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"{name}:{n}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n}: bad JSON: {e}")
                continue
            if not isinstance(obj, dict) or set(obj) != FIELDS:
                errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
                continue
            for k in FIELDS:
                if not isinstance(obj[k], str) or not obj[k].strip():
                    errors.append(f"{name}:{n}: field {k} not a non-empty string")
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                errors.append(f"{name}:{n}: bad id {obj['id']!r}")
            if obj["where"] not in WHERES:
                errors.append(f"{name}:{n}: bad where {obj['where']!r}")
            rows.append(obj)
    return rows


def readme_counts():
    """Parse lines like '| attacks | lang | de | 16 |' from README.md."""
    counts = {}
    text = (HERE / "README.md").read_text(encoding="utf-8")
    for m in re.finditer(
        r"^\|\s*(attacks|benign)\s*\|\s*(total|lang|where|category)\s*\|"
        r"\s*([^|]+?)\s*\|\s*(\d+)\s*\|",
        text,
        re.M,
    ):
        counts[(m.group(1), m.group(2), m.group(3))] = int(m.group(4))
    return counts


def main():
    errors = []
    data = {}
    ids = set()
    texts = {}
    for name, prefix in FILES.items():
        rows = load(name, prefix, errors)
        data[name.split(".")[0]] = rows
        for r in rows:
            if r["id"] in ids:
                errors.append(f"duplicate id {r['id']}")
            ids.add(r["id"])
            if r["text"] in texts:
                errors.append(f"duplicate text: {r['id']} and {texts[r['text']]}")
            texts.setdefault(r["text"], r["id"])
    actual = {}
    for kind, rows in data.items():
        actual[(kind, "total", "all")] = len(rows)
        for field in ("lang", "where", "category"):
            for value, c in Counter(r[field] for r in rows).items():
                actual[(kind, field, value)] = c
    stated = readme_counts()
    if not stated:
        errors.append("README.md: no count table found")
    for key in sorted(set(actual) | set(stated)):
        if actual.get(key) != stated.get(key):
            errors.append(f"count mismatch {key}: README {stated.get(key)}, files {actual.get(key)}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign, {len(stated)} README counts match")
    return 0


if __name__ == "__main__":
    sys.exit(main())
