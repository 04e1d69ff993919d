#!/usr/bin/env python3
"""Validate the fresh18 blind set (stdlib only)."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"id", "text", "category", "lang", "where"}
errors = []


def load(name, prefix):
    rows = []
    path = os.path.join(HERE, name)
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        errors.append(f"{name}: cannot open: {e}")
        return rows
    with f:
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
            if not re.fullmatch(prefix + r"-\d{3,}", str(obj["id"])):
                errors.append(f"{name}:{n}: bad id {obj['id']!r} (want {prefix}-NNN)")
            if obj["where"] not in ("argument", "tool_result"):
                errors.append(f"{name}:{n}: bad where {obj['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", str(obj["lang"])):
                errors.append(f"{name}:{n}: bad lang {obj['lang']!r}")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", str(obj["category"])):
                errors.append(f"{name}:{n}: category not snake_case {obj['category']!r}")
            rows.append(obj)
    ids = [r["id"] for r in rows]
    for i in sorted(set(x for x in ids if ids.count(x) > 1)):
        errors.append(f"{name}: duplicate id {i}")
    return rows


att = load("attacks.jsonl", "ha")
ben = load("benign.jsonl", "hb")
seen = {}
for name, rows in (("attacks", att), ("benign", ben)):
    for r in rows:
        t = r.get("text")
        if t in seen:
            errors.append(f"duplicate text: {name} {r['id']} == {seen[t]}")
        else:
            seen[t] = f"{name} {r['id']}"
try:
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    ma = re.search(r"^Total attacks: (\d+)\s*$", readme, re.M)
    mb = re.search(r"^Total benign: (\d+)\s*$", readme, re.M)
    if not ma or int(ma.group(1)) != len(att):
        errors.append(f"README 'Total attacks' does not match {len(att)}")
    if not mb or int(mb.group(1)) != len(ben):
        errors.append(f"README 'Total benign' does not match {len(ben)}")
except OSError as e:
    errors.append(f"README.md: {e}")
if len(att) < 210:
    errors.append(f"need >= 210 attacks, have {len(att)}")
if len(ben) < 205:
    errors.append(f"need >= 205 benign, have {len(ben)}")
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"attacks: {len(att)}, benign: {len(ben)}")
print("All checks passed!")
