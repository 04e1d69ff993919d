#!/usr/bin/env python3
"""Append lines 'category|lang|a-or-t|text' from stdin to a file. Usage: add.py attacks|benign"""

import json, sys, os

kind = sys.argv[1]
fn = {"attacks": "attacks.jsonl", "benign": "benign.jsonl"}[kind]
prefix = {"attacks": "ha", "benign": "hb"}[kind]
rows, texts = [], set()
for f in ("attacks.jsonl", "benign.jsonl"):
    if os.path.exists(f):
        for l in open(f, encoding="utf-8"):
            if l.strip():
                o = json.loads(l)
                texts.add(o["text"])
                if f == fn:
                    rows.append(o)
n = len(rows)
added = 0
with open(fn, "a", encoding="utf-8") as out:
    for line in sys.stdin.read().splitlines():
        if not line.strip():
            continue
        parts = line.split("|", 3)
        if len(parts) != 4:
            print("bad line:", line[:60], file=sys.stderr)
            continue
        cat, lang, w, text = (p.strip() for p in parts)
        text = text.replace("\\n", "\n")
        if text in texts:
            print("dup:", text[:60], file=sys.stderr)
            continue
        where = {"a": "argument", "t": "tool_result"}[w]
        n += 1
        added += 1
        texts.add(text)
        out.write(
            json.dumps(
                {"id": f"{prefix}-{n:03d}", "text": text, "category": cat, "lang": lang, "where": where},
                ensure_ascii=False,
            )
            + "\n"
        )
print(kind, "added", added, "total", n)
