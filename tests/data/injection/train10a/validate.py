#!/usr/bin/env python3
"""Validate the train10a training texts (stdlib only).

Checks: both JSONL files parse; each object has exactly the five fields
id, text, category, lang, where as non-empty strings; ids are unique and
carry the right prefix; "where" is valid; no text is duplicated within or
across files; the counts in README.md match the files. Exit 1 on error.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "t10a-a"), "benign": ("benign.jsonl", "t10a-b")}


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
                    errors.append(f"{name}:{n}: field {k} must be a non-empty string")
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                errors.append(f"{name}:{n}: bad id {obj['id']!r}")
            if obj["where"] not in WHERES:
                errors.append(f"{name}:{n}: bad where {obj['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                errors.append(f"{name}:{n}: bad lang {obj['lang']!r}")
            rows.append(obj)
    return rows


def readme_counts(errors):
    want = {}
    pat = re.compile(r"^\|\s*(total|where|lang|category)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|$")
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        m = pat.match(line.strip())
        if m:
            want[(m.group(1), m.group(2))] = (int(m.group(3)), int(m.group(4)))
    if not want:
        errors.append("README.md: no count table found")
    return want


def main():
    errors = []
    data = {k: load(name, prefix, errors) for k, (name, prefix) in FILES.items()}
    ids = Counter(o["id"] for rows in data.values() for o in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    texts = Counter(o["text"] for rows in data.values() for o in rows)
    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text ({c}x): {t[:60]!r}")
    have = {("total", "all"): (len(data["attacks"]), len(data["benign"]))}
    for field in ("where", "lang", "category"):
        ca = Counter(o[field] for o in data["attacks"])
        cb = Counter(o[field] for o in data["benign"])
        for k in set(ca) | set(cb):
            have[(field, k)] = (ca.get(k, 0), cb.get(k, 0))
    want = readme_counts(errors)
    for key in sorted(set(have) | set(want)):
        if have.get(key, (0, 0)) != want.get(key, (0, 0)):
            errors.append(f"README count mismatch for {key}: README {want.get(key)} vs files {have.get(key)}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"OK: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
