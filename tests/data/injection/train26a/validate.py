import json, re, collections, sys

ok = True
allt = set()
out = {}
for fn, pre in (("attacks.jsonl", "t26a-a"), ("benign.jsonl", "t26a-b")):
    raw = open(fn, encoding="utf-8").read()
    lines = raw.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    cc = collections.Counter()
    lc = collections.Counter()
    wc = collections.Counter()
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print("blank", fn, i)
            ok = False
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"}:
            print("keys", fn, i)
            ok = False
        if any(not isinstance(v, str) or not v for v in o.values()):
            print("empty", fn, i)
            ok = False
        if o["id"] != "%s%03d" % (pre, i):
            print("id", fn, i)
            ok = False
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", o["category"]):
            print("cat", fn, i)
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print("where", fn, i)
            ok = False
        if o["text"] in allt:
            print("dup", fn, i)
            ok = False
        allt.add(o["text"])
        cc[o["category"]] += 1
        lc[o["lang"]] += 1
        wc[o["where"]] += 1
    out[fn] = {
        "total": len(lines),
        "category": dict(sorted(cc.items())),
        "lang": dict(sorted(lc.items())),
        "where": dict(wc),
    }
print(json.dumps(out, ensure_ascii=False, indent=1))
print("ok" if ok else "FAIL")
