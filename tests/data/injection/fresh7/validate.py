#!/usr/bin/env python3
"""Check the fresh7 blind set: format, ids, fields, duplicates, README totals. Stdlib only."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
errors = []


def load(name, prefix):
    rows = []
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
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
                    errors.append(f"{name}:{n}: field {k!r} must be a non-empty string")
            if not re.fullmatch(prefix + r"-\d{3,}", obj["id"]):
                errors.append(f"{name}:{n}: id {obj['id']!r} lacks prefix {prefix}-")
            if obj["where"] not in WHERES:
                errors.append(f"{name}:{n}: where {obj['where']!r} invalid")
            if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                errors.append(f"{name}:{n}: lang {obj['lang']!r} is not a 2-letter code")
            rows.append(obj)
    return rows


attacks = load("attacks.jsonl", "ga")
benign = load("benign.jsonl", "gb")

ids = [r["id"] for r in attacks + benign]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
seen = {}
for r in attacks + benign:
    t = r["text"]
    if t in seen:
        errors.append(f"text of {r['id']} duplicates {seen[t]}")
    else:
        seen[t] = r["id"]

readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
for label, rows in (("attacks", attacks), ("benign", benign)):
    m = re.search(r"Total " + label + r": (\d+)", readme)
    if not m:
        errors.append(f"README lacks 'Total {label}: N'")
    elif int(m.group(1)) != len(rows):
        errors.append(f"README says {label}={m.group(1)}, file has {len(rows)}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"OK: {len(attacks)} attacks, {len(benign)} benign")
