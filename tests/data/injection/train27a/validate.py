import json, re, collections, sys

ok = True
allt = set()
out = {}
for kind, fn in (("a", "attacks.jsonl"), ("b", "benign.jsonl")):
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    cat = collections.Counter()
    lang = collections.Counter()
    wh = collections.Counter()
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print("blank", fn, i)
            ok = False
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"}:
            print("keys", fn, i)
            ok = False
        if any(not isinstance(v, str) or not v.strip() for v in o.values()):
            print("empty", fn, i)
            ok = False
        if o["id"] != "t27a-%s%03d" % (kind, i):
            print("id", fn, i)
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print("where", fn, i)
            ok = False
        if not re.fullmatch(r"[a-z0-9_]+", o["category"]):
            print("cat", fn, i)
            ok = False
        if o["text"] in allt:
            print("dup", fn, i)
            ok = False
        allt.add(o["text"])
        cat[o["category"]] += 1
        lang[o["lang"]] += 1
        wh[o["where"]] += 1
    out[fn] = {
        "total": len(lines),
        "category": dict(cat.most_common()),
        "lang": dict(lang.most_common()),
        "where": dict(wh),
    }
print(json.dumps(out, ensure_ascii=False, indent=1))
print("ok" if ok else "FAIL")
