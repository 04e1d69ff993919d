"""Validate the train10c training texts against their README.

Stdlib only. Exit status 1 on any error.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks": ("attacks.jsonl", "t10c-a"), "benign": ("benign.jsonl", "t10c-b")}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}


def load(name, prefix, errors):
    rows = []
    path = HERE / name
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{n}: bad JSON ({exc})")
            continue
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
            continue
        if not all(isinstance(v, str) and v.strip() for v in obj.values()):
            errors.append(f"{name}:{n}: every field must be a non-empty string")
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
            errors.append(f"{name}:{n}: id {obj['id']!r} lacks prefix {prefix}")
        if obj["where"] not in WHERES:
            errors.append(f"{name}:{n}: invalid where {obj['where']!r}")
        if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
            errors.append(f"{name}:{n}: lang {obj['lang']!r} is not ISO 639-1")
        rows.append(obj)
    return rows


def readme_tables(text):
    """Return {section: {key: (attacks, benign)}} from the README count tables."""
    tables = {}
    section = None
    for line in text.splitlines():
        m = re.match(r"### By (\w+)", line)
        if m:
            section = m.group(1)
            tables[section] = {}
            continue
        m = re.match(r"\|\s*`?([^|`]+?)`?\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|", line)
        if section and m:
            tables[section][m.group(1)] = (int(m.group(2)), int(m.group(3)))
    return tables


def main():
    errors = []
    data = {k: load(name, prefix, errors) for k, (name, prefix) in FILES.items()}

    ids = [r["id"] for rows in data.values() for r in rows]
    for i, c in Counter(ids).items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    texts = [r["text"] for rows in data.values() for r in rows]
    for t, c in Counter(texts).items():
        if c > 1:
            errors.append(f"duplicate text: {t[:60]!r}")

    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for kind, rows in data.items():
        m = re.search(rf"{kind}\.jsonl\D*(\d+)", readme)
        if not m or int(m.group(1)) != len(rows):
            errors.append(f"README total for {kind} does not match {len(rows)}")
    tables = readme_tables(readme)
    for section, field in (("where", "where"), ("language", "lang"), ("category", "category")):
        if section not in tables:
            errors.append(f"README lacks table 'By {section}'")
            continue
        actual = {}
        for idx, kind in enumerate(("attacks", "benign")):
            for key, c in Counter(r[field] for r in data[kind]).items():
                actual.setdefault(key, [0, 0])[idx] = c
        actual = {k: tuple(v) for k, v in actual.items()}
        if actual != tables[section]:
            errors.append(f"README table 'By {section}' does not match the data")

    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
