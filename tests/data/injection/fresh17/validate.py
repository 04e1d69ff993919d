#!/usr/bin/env python3
"""Validate the fresh17 blind set (stdlib only)."""

import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
errors = []


def load(name, prefix):
    rows = []
    path = os.path.join(HERE, name)
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        errors.append(f"{name}: cannot open: {e}")
        return rows
    with fh:
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
                    errors.append(f"{name}:{n}: field {k} must be a non-empty string")
            if not re.fullmatch(re.escape(prefix) + r"-\d{3,}", str(obj["id"])):
                errors.append(f"{name}:{n}: id {obj['id']!r} must look like {prefix}-001")
            if obj["where"] not in WHERES:
                errors.append(f"{name}:{n}: where {obj['where']!r} not in {sorted(WHERES)}")
            if not re.fullmatch(r"[a-z]{2}", str(obj["lang"])):
                errors.append(f"{name}:{n}: lang {obj['lang']!r} is not a two-letter code")
            if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", str(obj["category"])):
                errors.append(f"{name}:{n}: category {obj['category']!r} is not snake_case")
            rows.append(obj)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append(f"{name}: duplicate ids")
    return rows


attacks = load("attacks.jsonl", "ha")
benign = load("benign.jsonl", "hb")

seen = {}
for fname, rows in (("attacks.jsonl", attacks), ("benign.jsonl", benign)):
    for r in rows:
        t = r["text"]
        if t in seen:
            errors.append(f"{fname}: text of {r['id']} duplicates {seen[t]}")
        else:
            seen[t] = f"{fname}:{r['id']}"

try:
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    ma = re.search(r"^Total attacks: (\d+)\s*$", readme, re.M)
    mb = re.search(r"^Total benign: (\d+)\s*$", readme, re.M)
    if not ma or not mb:
        errors.append("README.md: missing 'Total attacks: N' or 'Total benign: M' line")
    else:
        if int(ma.group(1)) != len(attacks):
            errors.append(f"README says {ma.group(1)} attacks, file has {len(attacks)}")
        if int(mb.group(1)) != len(benign):
            errors.append(f"README says {mb.group(1)} benign, file has {len(benign)}")
except OSError as e:
    errors.append(f"README.md: cannot open: {e}")

if len(attacks) < 210:
    errors.append(f"need at least 210 attacks, have {len(attacks)}")
if len(benign) < 205:
    errors.append(f"need at least 205 benign, have {len(benign)}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"attacks: {len(attacks)}, benign: {len(benign)}")
print("All checks passed!")
