#!/usr/bin/env python3
"""Validate train11f: both JSONL files parse, fields, ids, where, duplicates, README counts."""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "t11f-a"), "benign": ("benign.jsonl", "t11f-b")}


def load(name, prefix, errors, ids, texts):
    rows = []
    path = HERE / name
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
            continue
        if not all(isinstance(v, str) and v.strip() for v in obj.values()):
            errors.append(f"{where}: every field must be a non-empty string")
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
            errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
        if obj["id"] in ids:
            errors.append(f"{where}: duplicate id {obj['id']}")
        ids.add(obj["id"])
        if obj["where"] not in WHERES:
            errors.append(f"{where}: bad where {obj['where']!r}")
        if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
            errors.append(f"{where}: bad lang {obj['lang']!r}")
        key = obj["text"].strip()
        if key in texts:
            errors.append(f"{where}: text duplicates {texts[key]}")
        texts[key] = obj["id"]
        rows.append(obj)
    return rows


def readme_counts(errors):
    text = (HERE / "README.md").read_text(encoding="utf-8")
    counts = {}
    for m in re.finditer(r"^TOTAL (\w+): (\d+)$", text, re.M):
        counts[(m.group(1), "total", "")] = int(m.group(2))
    section = None
    for line in text.splitlines():
        m = re.match(r"^### (\w+) by (\w+)$", line)
        if m:
            section = (m.group(1), m.group(2))
            continue
        m = re.match(r"^\| (\S+) \| (\d+) \|$", line)
        if m and section:
            counts[(section[0], section[1], m.group(1))] = int(m.group(2))
    if not counts:
        errors.append("README.md: no counts found")
    return counts


def main():
    errors, ids, texts, data = [], set(), {}, {}
    for label, (name, prefix) in FILES.items():
        data[label] = load(name, prefix, errors, ids, texts)
    expected = {}
    for label, rows in data.items():
        expected[(label, "total", "")] = len(rows)
        for key in ("where", "lang", "category"):
            for value, n in collections.Counter(r[key] for r in rows).items():
                expected[(label, key, value)] = n
    found = readme_counts(errors)
    if found != expected:
        for k in sorted(set(found) | set(expected)):
            if found.get(k) != expected.get(k):
                errors.append(f"README count {k}: README {found.get(k)} vs data {expected.get(k)}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"OK: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
