#!/usr/bin/env python3
"""Append lines 'category|lang|a-or-t|text' from stdin to a jsonl file.
Usage: python3 add.py attacks|benign < batch.txt   (\\n in text becomes a newline)"""

import json, sys, os

kind = sys.argv[1]
fn, pre = {"attacks": ("attacks.jsonl", "ha"), "benign": ("benign.jsonl", "hb")}[kind]
rows = []
if os.path.exists(fn):
    rows = [json.loads(l) for l in open(fn, encoding="utf-8") if l.strip()]
seen = {r["text"] for r in rows}
for o in ("attacks.jsonl", "benign.jsonl"):
    if o != fn and os.path.exists(o):
        seen |= {json.loads(l)["text"] for l in open(o, encoding="utf-8") if l.strip()}
n = len(rows)
added = 0
for line in sys.stdin:
    line = line.rstrip("\n")
    if not line.strip():
        continue
    parts = line.split("|", 3)
    if len(parts) != 4:
        print("skip bad line:", line[:60], file=sys.stderr)
        continue
    cat, lang, w, text = (p.strip() for p in parts)
    text = text.replace("\\n", "\n")
    where = {"a": "argument", "t": "tool_result"}.get(w)
    if not where or not cat or len(lang) != 2 or not text:
        print("skip bad fields:", line[:60], file=sys.stderr)
        continue
    if text in seen:
        print("skip dup:", text[:60], file=sys.stderr)
        continue
    seen.add(text)
    n += 1
    added += 1
    rows.append({"id": f"{pre}-{n:03d}", "text": text, "category": cat, "lang": lang, "where": where})
with open(fn, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(f"{kind}: +{added} -> {n}")
