#!/usr/bin/env python3
"""Validate fresh20 (stdlib only). Prints 'ok' on success."""

import json, os, re, sys

D = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"id", "text", "category", "lang", "where"}
errs = []
texts = set()
counts = {}
for fname, prefix in (("attacks.jsonl", "ha-"), ("benign.jsonl", "hb-")):
    n = 0
    ids = set()
    with open(os.path.join(D, fname), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errs.append(f"{fname}:{ln} blank line")
                continue
            try:
                o = json.loads(line)
            except Exception as e:
                errs.append(f"{fname}:{ln} bad json {e}")
                continue
            if not isinstance(o, dict) or set(o) != FIELDS:
                errs.append(f"{fname}:{ln} fields {sorted(o) if isinstance(o, dict) else o}")
                continue
            if not all(isinstance(o[k], str) and o[k] for k in FIELDS):
                errs.append(f"{fname}:{ln} non-string or empty field")
            if not re.fullmatch(re.escape(prefix) + r"\d{3}", o["id"]):
                errs.append(f"{fname}:{ln} bad id {o['id']}")
            if o["id"] in ids:
                errs.append(f"{fname}:{ln} duplicate id {o['id']}")
            ids.add(o["id"])
            if o["where"] not in ("argument", "tool_result"):
                errs.append(f"{fname}:{ln} bad where {o['where']}")
            if not re.fullmatch(r"[a-z]{2}", o["lang"]):
                errs.append(f"{fname}:{ln} bad lang {o['lang']}")
            if not re.fullmatch(r"[a-z][a-z0-9_]*", o["category"]):
                errs.append(f"{fname}:{ln} bad category {o['category']}")
            t = o["text"].strip()
            if t in texts:
                errs.append(f"{fname}:{ln} duplicate text")
            texts.add(t)
            n += 1
    counts[fname] = n
readme = open(os.path.join(D, "README.md"), encoding="utf-8").read()
m_a = re.search(r"^- Attacks: (\d+)", readme, re.M)
m_b = re.search(r"^- Benign: (\d+)", readme, re.M)
if not m_a or int(m_a.group(1)) != counts["attacks.jsonl"]:
    errs.append(f"README attack total mismatch (files: {counts['attacks.jsonl']})")
if not m_b or int(m_b.group(1)) != counts["benign.jsonl"]:
    errs.append(f"README benign total mismatch (files: {counts['benign.jsonl']})")
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("ok")
