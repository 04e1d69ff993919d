#!/usr/bin/env python3
"""Check attacks.jsonl and benign.jsonl in this folder against README.md.

Stdlib only. Exit status 1 on any error.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks.jsonl": "t12d-a", "benign.jsonl": "t12d-b"}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}


def readme_counts(path):
    """Return {(file, field): Counter} and {file: total} parsed from README."""
    tables, totals = {}, {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^## (\S+\.jsonl): total (\d+)$", line)
        if m:
            totals[m.group(1)] = int(m.group(2))
            continue
        m = re.match(r"^### (\S+\.jsonl) by (\w+)$", line)
        if m:
            current = (m.group(1), m.group(2))
            tables[current] = Counter()
            continue
        m = re.match(r"^\| ([^|]+?) \| (\d+) \|$", line)
        if m and current:
            tables[current][m.group(1)] = int(m.group(2))
    return tables, totals


def main():
    errors = []
    seen_ids = set()
    seen_texts = {}
    rows = {}
    for name, prefix in FILES.items():
        rows[name] = []
        path = HERE / name
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                where = f"{name}:{n}"
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{where}: bad JSON ({exc})")
                    continue
                if not isinstance(obj, dict) or set(obj) != FIELDS:
                    errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                    continue
                bad = [k for k in FIELDS if not isinstance(obj[k], str) or not obj[k].strip()]
                if bad:
                    errors.append(f"{where}: empty or non-string {bad}")
                    continue
                if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                    errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
                if obj["id"] in seen_ids:
                    errors.append(f"{where}: duplicate id {obj['id']}")
                seen_ids.add(obj["id"])
                if obj["where"] not in WHERES:
                    errors.append(f"{where}: bad where {obj['where']!r}")
                if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                    errors.append(f"{where}: bad lang {obj['lang']!r}")
                key = obj["text"].strip()
                if key in seen_texts:
                    errors.append(f"{where}: text duplicates {seen_texts[key]}")
                seen_texts.setdefault(key, where)
                rows[name].append(obj)

    tables, totals = readme_counts(HERE / "README.md")
    for name in FILES:
        if totals.get(name) != len(rows[name]):
            errors.append(f"README total for {name}: {totals.get(name)} != {len(rows[name])}")
        for field in ("category", "lang", "where"):
            actual = Counter(o[field] for o in rows[name])
            if tables.get((name, field)) != actual:
                errors.append(f"README table '{name} by {field}' does not match the file")

    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print("ok: " + ", ".join(f"{n} {len(r)}" for n, r in rows.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
