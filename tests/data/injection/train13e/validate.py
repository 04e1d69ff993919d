#!/usr/bin/env python3
"""Check train13e: both JSONL files parse, fields, ids, uniqueness, README counts.

Stdlib only. Exit 0 when everything is consistent, 1 otherwise.
"""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks": ("attacks.jsonl", "t13e-a"), "benign": ("benign.jsonl", "t13e-b")}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
SECTIONS = {"category": "By category", "lang": "By language", "where": "By where"}


def load(errors):
    data = {}
    for kind, (name, prefix) in FILES.items():
        rows = []
        path = HERE / name
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{name}:{n}: bad JSON ({exc})")
                    continue
                if not isinstance(obj, dict) or set(obj) != FIELDS:
                    errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
                    continue
                bad = [k for k in FIELDS if not isinstance(obj[k], str) or not obj[k].strip()]
                if bad:
                    errors.append(f"{name}:{n}: empty or non-string {bad}")
                    continue
                if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                    errors.append(f"{name}:{n}: id {obj['id']!r} lacks prefix {prefix}")
                if obj["where"] not in WHERES:
                    errors.append(f"{name}:{n}: bad where {obj['where']!r}")
                if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                    errors.append(f"{name}:{n}: bad lang {obj['lang']!r}")
                rows.append(obj)
        data[kind] = rows
    return data


def readme_tables(errors):
    text = (HERE / "README.md").read_text(encoding="utf-8")
    tables = {}
    for field, title in SECTIONS.items():
        m = re.search(r"^### " + re.escape(title) + r"\n(.*?)(?=^### |\Z)", text, re.M | re.S)
        if not m:
            errors.append(f"README: section '{title}' missing")
            continue
        table = {}
        for row in re.findall(r"^\| *`?([^|`]+?)`? *\| *(\d+) *\| *(\d+) *\|$", m.group(1), re.M):
            table[row[0]] = (int(row[1]), int(row[2]))
        tables[field] = table
    totals = re.search(r"^attacks: (\d+), benign: (\d+)$", text, re.M)
    if not totals:
        errors.append("README: totals line 'attacks: N, benign: M' missing")
    return tables, totals


def main():
    errors = []
    data = load(errors)
    ids = collections.Counter(r["id"] for rows in data.values() for r in rows)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    texts = collections.Counter(r["text"].strip() for rows in data.values() for r in rows)
    errors += [f"duplicate text: {t[:60]!r}" for t, n in texts.items() if n > 1]
    tables, totals = readme_tables(errors)
    if totals:
        want = (int(totals.group(1)), int(totals.group(2)))
        got = (len(data["attacks"]), len(data["benign"]))
        if want != got:
            errors.append(f"README totals {want} != files {got}")
    for field, table in tables.items():
        a = collections.Counter(r[field] for r in data["attacks"])
        b = collections.Counter(r[field] for r in data["benign"])
        actual = {k: (a.get(k, 0), b.get(k, 0)) for k in set(a) | set(b)}
        if actual != table:
            for k in sorted(set(actual) | set(table)):
                if actual.get(k) != table.get(k):
                    errors.append(f"README {field} {k!r}: {table.get(k)} != {actual.get(k)}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
