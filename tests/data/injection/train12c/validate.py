"""Validate the train12c training texts (stdlib only). Exit 1 on any error."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks": "t12c-a", "benign": "t12c-b"}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERE = {"argument", "tool_result"}
ROW = re.compile(r"^\|\s*(total|category|lang|where)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*$")


def load(name, prefix, errors):
    rows = []
    ids = set()
    path = HERE / f"{name}.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{path.name}:{n}: bad JSON ({exc})")
            continue
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            errors.append(f"{path.name}:{n}: fields must be exactly {sorted(FIELDS)}")
            continue
        if not all(isinstance(v, str) and v.strip() for v in obj.values()):
            errors.append(f"{path.name}:{n}: all fields must be non-empty strings")
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
            errors.append(f"{path.name}:{n}: id {obj['id']!r} lacks prefix {prefix}")
        if obj["id"] in ids:
            errors.append(f"{path.name}:{n}: duplicate id {obj['id']}")
        ids.add(obj["id"])
        if obj["where"] not in WHERE:
            errors.append(f"{path.name}:{n}: invalid where {obj['where']!r}")
        rows.append(obj)
    return rows


def readme_counts(errors):
    expected = {}
    path = HERE / "README.md"
    if not path.is_file():
        errors.append("README.md missing")
        return expected
    for line in path.read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            field, value, a, b = m.groups()
            expected[(field, value)] = (int(a), int(b))
    if ("total", "all") not in expected:
        errors.append("README.md: no '| total | all | N | M |' row")
    return expected


def main():
    errors = []
    data = {name: load(name, prefix, errors) for name, prefix in FILES.items()}
    seen = {}
    for rows in data.values():
        for r in rows:
            key = r["text"]
            if key in seen:
                errors.append(f"duplicate text: {r['id']} and {seen[key]}")
            else:
                seen[key] = r["id"]
    actual = {("total", "all"): tuple(len(data[n]) for n in FILES)}
    for field in ("category", "lang", "where"):
        counters = [Counter(r[field] for r in data[n]) for n in FILES]
        for value in set(counters[0]) | set(counters[1]):
            actual[(field, value)] = (counters[0][value], counters[1][value])
    expected = readme_counts(errors)
    for key in sorted(set(actual) | set(expected)):
        if actual.get(key, (0, 0)) != expected.get(key, (0, 0)):
            errors.append(f"README count mismatch for {key}: README {expected.get(key)}, files {actual.get(key)}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {actual[('total', 'all')][0]} attacks, {actual[('total', 'all')][1]} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
