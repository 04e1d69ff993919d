import json, re, collections, sys

out = {}
texts = set()
ok = True
for fn, pre in (("attacks.jsonl", "t25b-a"), ("benign.jsonl", "t25b-b")):
    rows = []
    for i, l in enumerate(open(fn, encoding="utf-8").read().split("\n")):
        if l == "":
            continue
        o = json.loads(l)
        rows.append(o)
        if set(o) != {"id", "text", "category", "lang", "where"} or not all(
            isinstance(v, str) and v.strip() for v in o.values()
        ):
            print("bad", fn, i)
            ok = False
        if o["id"] != "%s%03d" % (pre, len(rows)):
            print("id", fn, o["id"])
            ok = False
        if o["text"] in texts:
            print("dup", o["id"])
            ok = False
        texts.add(o["text"])
        if o["where"] not in ("argument", "tool_result"):
            ok = False
        if not re.fullmatch(r"[a-z0-9_]+", o["category"]):
            ok = False
    raw = open(fn, encoding="utf-8").read()
    if "\n\n" in raw or not raw.endswith("\n"):
        print("blank", fn)
        ok = False
    out[fn] = {
        "total": len(rows),
        "category": dict(collections.Counter(r["category"] for r in rows).most_common()),
        "lang": dict(collections.Counter(r["lang"] for r in rows).most_common()),
        "where": dict(collections.Counter(r["where"] for r in rows)),
    }
print(json.dumps(out, ensure_ascii=False, indent=1))
print("ok" if ok else "FAIL")
