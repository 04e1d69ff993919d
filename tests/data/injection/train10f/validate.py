"""Validate the train10f training texts (stdlib only). Exit 1 on any error."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks": "t10f-a", "benign": "t10f-b"}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
ROW = re.compile(r"^\|\s*(attacks|benign)\s*\|\s*(\w+)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|$")


def load(name, errors):
    rows = []
    path = HERE / f"{name}.jsonl"
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{name}:{n}: bad JSON: {exc}")
                continue
            if not isinstance(obj, dict) or set(obj) != FIELDS:
                errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
                continue
            bad = [k for k in FIELDS if not isinstance(obj[k], str) or not obj[k].strip()]
            if bad:
                errors.append(f"{name}:{n}: empty or non-string fields {bad}")
                continue
            rows.append(obj)
    return rows


def readme_counts(errors):
    counts = {}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        m = ROW.match(line.strip())
        if m:
            key = (m.group(1), m.group(2), m.group(3))
            if key in counts:
                errors.append(f"README: duplicate count row {key}")
            counts[key] = int(m.group(4))
    if not counts:
        errors.append("README: no count table found")
    return counts


def main():
    errors = []
    data = {name: load(name, errors) for name in FILES}
    ids = set()
    texts = {}
    for name, prefix in FILES.items():
        pat = re.compile(rf"^{re.escape(prefix)}\d{{3,}}$")
        for r in data[name]:
            if not pat.match(r["id"]):
                errors.append(f"{name}: bad id {r['id']!r}")
            if r["id"] in ids:
                errors.append(f"{name}: duplicate id {r['id']}")
            ids.add(r["id"])
            if r["where"] not in WHERES:
                errors.append(f"{name}: {r['id']}: bad where {r['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", r["lang"]):
                errors.append(f"{name}: {r['id']}: bad lang {r['lang']!r}")
            key = " ".join(r["text"].split()).casefold()
            if key in texts:
                errors.append(f"{name}: {r['id']}: text duplicates {texts[key]}")
            texts[key] = r["id"]
    expected = readme_counts(errors)
    actual = {}
    for name in FILES:
        actual[(name, "total", "all")] = len(data[name])
        for field in ("where", "lang", "category"):
            for value, c in Counter(r[field] for r in data[name]).items():
                actual[(name, field, value)] = c
    for key in sorted(set(expected) | set(actual)):
        if expected.get(key) != actual.get(key):
            errors.append(f"count mismatch {key}: README {expected.get(key)}, files {actual.get(key)}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"OK: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
