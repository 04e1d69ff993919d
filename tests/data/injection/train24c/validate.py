import json, re, collections

res = {}
allt = set()
ok = True
for kind, fn in (("a", "attacks.jsonl"), ("b", "benign.jsonl")):
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    c = collections.Counter()
    lg = collections.Counter()
    wh = collections.Counter()
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print("blank", fn, i)
            ok = False
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"} or not all(
            isinstance(v, str) and v.strip() for v in o.values()
        ):
            print("bad fields", fn, i)
            ok = False
        if o["id"] != "t24c-%s%03d" % (kind, i):
            print("bad id", fn, i)
            ok = False
        if not re.fullmatch(r"[a-z][a-z0-9_]*", o["category"]):
            print("bad cat", o["id"])
            ok = False
        if o["where"] != "argument":
            print("bad where", o["id"])
            ok = False
        if len(o["text"]) >= 500:
            print("long", o["id"])
            ok = False
        if o["text"] in allt:
            print("dup", o["id"])
            ok = False
        allt.add(o["text"])
        c[o["category"]] += 1
        lg[o["lang"]] += 1
        wh[o["where"]] += 1
    res[fn] = {
        "total": len(lines),
        "category": dict(sorted(c.items())),
        "lang": dict(sorted(lg.items())),
        "where": dict(wh),
    }
print(json.dumps(res, ensure_ascii=False, indent=1))
print("OK" if ok else "ERRORS")
