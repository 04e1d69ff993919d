#!/usr/bin/env python3
import json, re, collections

ok = True
alltexts = set()
for fn, p in (("attacks.jsonl", "ha"), ("benign.jsonl", "hb")):
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    byw, byl = collections.Counter(), collections.Counter()
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print(fn, i, "blank line")
            ok = False
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"}:
            print(fn, i, "keys")
            ok = False
        if not all(isinstance(v, str) and v.strip() for v in o.values()):
            print(fn, i, "empty/non-str")
            ok = False
        if o["id"] != f"{p}-{i:03d}":
            print(fn, i, "id", o["id"])
            ok = False
        if not re.fullmatch(r"[a-z]{2}", o["lang"]):
            print(fn, i, "lang")
            ok = False
        if not re.fullmatch(r"[a-z][a-z0-9_]*", o["category"]):
            print(fn, i, "category")
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print(fn, i, "where")
            ok = False
        if o["text"] in alltexts:
            print(fn, i, "dup text")
            ok = False
        alltexts.add(o["text"])
        byw[o["where"]] += 1
        byl[o["lang"]] += 1
    print(fn, len(lines), dict(byw), "langs", len(byl), "non-en", sum(v for k, v in byl.items() if k != "en"))
print("ok" if ok else "FAIL")
