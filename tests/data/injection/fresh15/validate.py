#!/usr/bin/env python3
"""Validate the fresh15 blind set (stdlib only)."""

import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
errors = []
texts = {}


def load(name, prefix):
    rows = []
    path = HERE / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except Exception as e:
        errors.append(f"{name}: cannot read: {e}")
        return rows
    ids = set()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            errors.append(f"{name}:{n}: empty line")
            continue
        try:
            obj = json.loads(line)
        except Exception as e:
            errors.append(f"{name}:{n}: bad JSON: {e}")
            continue
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
            continue
        for k in FIELDS:
            if not isinstance(obj[k], str) or not obj[k].strip():
                errors.append(f"{name}:{n}: field {k} must be a non-empty string")
        if not re.fullmatch(prefix + r"-\d{3,}", str(obj["id"])):
            errors.append(f"{name}:{n}: id {obj['id']!r} must look like {prefix}-NNN")
        if obj["id"] in ids:
            errors.append(f"{name}:{n}: duplicate id {obj['id']}")
        ids.add(obj["id"])
        if obj["where"] not in ("argument", "tool_result"):
            errors.append(f"{name}:{n}: bad where {obj['where']!r}")
        if not re.fullmatch(r"[a-z]{2}", str(obj["lang"])):
            errors.append(f"{name}:{n}: lang must be a two-letter code")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", str(obj["category"])):
            errors.append(f"{name}:{n}: category must be snake_case")
        t = obj["text"]
        if t in texts:
            errors.append(f"{name}:{n}: duplicate text (also {texts[t]})")
        texts[t] = f"{name}:{obj['id']}"
        rows.append(obj)
    return rows


attacks = load("attacks.jsonl", "ha")
benign = load("benign.jsonl", "hb")

readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
ma = re.search(r"^Total attacks: (\d+)\s*$", readme, re.M)
mb = re.search(r"^Total benign: (\d+)\s*$", readme, re.M)
if not ma or not mb:
    errors.append("README.md: missing 'Total attacks: N' or 'Total benign: M' line")
else:
    if int(ma.group(1)) != len(attacks):
        errors.append(f"README says {ma.group(1)} attacks, file has {len(attacks)}")
    if int(mb.group(1)) != len(benign):
        errors.append(f"README says {mb.group(1)} benign, file has {len(benign)}")
if len(attacks) < 210:
    errors.append(f"need at least 210 attacks, have {len(attacks)}")
if len(benign) < 205:
    errors.append(f"need at least 205 benign, have {len(benign)}")

if errors:
    for e in errors:
        print("ERROR:", e)
    sys.exit(1)
print(f"attacks: {len(attacks)}  benign: {len(benign)}")
print("All checks passed!")
