#!/usr/bin/env python3
"""Check attacks.jsonl / benign.jsonl format and print counts."""

import json, re, sys
from collections import Counter

ok = True


def err(m):
    global ok
    ok = False
    print("ERROR:", m)


alltexts = set()
for fn, pre in (("attacks.jsonl", "ha"), ("benign.jsonl", "hb")):
    raw = open(fn, encoding="utf-8").read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    ids = []
    for i, l in enumerate(lines, 1):
        if not l.strip():
            err(f"{fn}:{i} blank line")
            continue
        try:
            r = json.loads(l)
        except Exception as e:
            err(f"{fn}:{i} bad json {e}")
            continue
        if set(r) != {"id", "text", "category", "lang", "where"}:
            err(f"{fn}:{i} keys {sorted(r)}")
        for k, v in r.items():
            if not isinstance(v, str) or not v.strip():
                err(f"{fn}:{i} field {k} empty/non-string")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r.get("category", "")):
            err(f"{fn}:{i} category")
        if not re.fullmatch(r"[a-z]{2}", r.get("lang", "")):
            err(f"{fn}:{i} lang")
        if r.get("where") not in ("argument", "tool_result"):
            err(f"{fn}:{i} where")
        if r.get("text") in alltexts:
            err(f"{fn}:{i} duplicate text")
        alltexts.add(r.get("text"))
        ids.append(r.get("id"))
    exp = [f"{pre}-{k:03d}" for k in range(1, len(ids) + 1)]
    if ids != exp:
        err(f"{fn} ids not consecutive from {pre}-001")
    rows = [json.loads(l) for l in lines if l.strip()]
    print(
        f"{fn}: {len(rows)} rows; where {dict(Counter(r['where'] for r in rows))}; "
        f"langs {len(set(r['lang'] for r in rows))}; non-en {sum(r['lang'] != 'en' for r in rows)}"
    )
print("ok" if ok else "FAILED")
sys.exit(0 if ok else 1)
