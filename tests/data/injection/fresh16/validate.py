#!/usr/bin/env python3
"""Validate the fresh16 blind set (stdlib only)."""

import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"id", "text", "category", "lang", "where"}
errors = []


def load(name, prefix):
    rows = []
    path = os.path.join(HERE, name)
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        errors.append(f"{name}: cannot open ({e})")
        return rows
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"{name}:{n}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n}: invalid JSON ({e})")
                continue
            if not isinstance(obj, dict) or set(obj) != FIELDS:
                errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
                continue
            for k in FIELDS:
                if not isinstance(obj[k], str) or not obj[k].strip():
                    errors.append(f"{name}:{n}: field '{k}' must be a non-empty string")
            if not re.fullmatch(prefix + r"-\d{3,}", obj["id"]):
                errors.append(f"{name}:{n}: id '{obj['id']}' must look like {prefix}-NNN")
            if obj["where"] not in ("argument", "tool_result"):
                errors.append(f"{name}:{n}: bad where '{obj['where']}'")
            if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                errors.append(f"{name}:{n}: lang '{obj['lang']}' is not a two-letter code")
            if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", obj["category"]):
                errors.append(f"{name}:{n}: category '{obj['category']}' is not snake_case")
            rows.append(obj)
    return rows


attacks = load("attacks.jsonl", "ha")
benign = load("benign.jsonl", "hb")

for name, rows in (("attacks.jsonl", attacks), ("benign.jsonl", benign)):
    seen = set()
    for r in rows:
        if r["id"] in seen:
            errors.append(f"{name}: duplicate id {r['id']}")
        seen.add(r["id"])

texts = {}
for name, rows in (("attacks.jsonl", attacks), ("benign.jsonl", benign)):
    for r in rows:
        t = r["text"]
        if t in texts:
            errors.append(f"duplicate text: {name} {r['id']} and {texts[t]}")
        else:
            texts[t] = f"{name} {r['id']}"

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
    errors.append(f"README.md: cannot open ({e})")

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
