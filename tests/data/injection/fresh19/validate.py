#!/usr/bin/env python3
"""Validate fresh19 attacks.jsonl / benign.jsonl (stdlib only)."""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"id", "text", "category", "lang", "where"}
errors = []
texts = {}
counts = {}
for fname, prefix in (("attacks.jsonl", "ha-"), ("benign.jsonl", "hb-")):
    path = os.path.join(HERE, fname)
    ids = set()
    n = 0
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except Exception as e:
        errors.append(f"{fname}: cannot read: {e}")
        continue
    for ln, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"{fname}:{ln}: empty line")
            continue
        try:
            d = json.loads(line)
        except Exception as e:
            errors.append(f"{fname}:{ln}: bad JSON: {e}")
            continue
        if not isinstance(d, dict) or set(d) != FIELDS:
            errors.append(f"{fname}:{ln}: fields must be exactly {sorted(FIELDS)}")
            continue
        for k in FIELDS:
            if not isinstance(d[k], str) or not d[k].strip():
                errors.append(f"{fname}:{ln}: field {k} must be a non-empty string")
        if not isinstance(d["id"], str):
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", d["id"]):
            errors.append(f"{fname}:{ln}: id {d['id']!r} must look like {prefix}NNN")
        if d["id"] in ids:
            errors.append(f"{fname}:{ln}: duplicate id {d['id']}")
        ids.add(d["id"])
        if d["where"] not in ("argument", "tool_result"):
            errors.append(f"{fname}:{ln}: bad where {d['where']!r}")
        if not isinstance(d["lang"], str) or not re.fullmatch(r"[a-z]{2}", d["lang"]):
            errors.append(f"{fname}:{ln}: lang must be a two-letter lowercase code")
        if not isinstance(d["category"], str) or not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", d["category"]):
            errors.append(f"{fname}:{ln}: category must be snake_case")
        t = d["text"] if isinstance(d["text"], str) else ""
        key = t.strip()
        if key in texts:
            errors.append(f"{fname}:{ln}: duplicate text (also {texts[key]})")
        else:
            texts[key] = f"{fname}:{d['id']}"
        n += 1
    counts[fname] = n
readme = (
    open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    if os.path.exists(os.path.join(HERE, "README.md"))
    else ""
)
for label, fname in (("Total attacks", "attacks.jsonl"), ("Total benign", "benign.jsonl")):
    m = re.search(rf"^{label}: (\d+)\s*$", readme, re.M)
    if not m:
        errors.append(f"README.md: missing line '{label}: N'")
    elif int(m.group(1)) != counts.get(fname, -1):
        errors.append(f"README.md: {label} says {m.group(1)} but {fname} has {counts.get(fname)}")
if counts.get("attacks.jsonl", 0) < 210:
    errors.append("fewer than 210 attacks")
if counts.get("benign.jsonl", 0) < 205:
    errors.append("fewer than 205 benign")
if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"attacks: {counts['attacks.jsonl']}, benign: {counts['benign.jsonl']}")
print("All checks passed!")
