import json, re, collections

res = {}
allt = set()
ok = True
for fn, pre in (("attacks.jsonl", "t26c-a"), ("benign.jsonl", "t26c-b")):
    c = {"category": collections.Counter(), "lang": collections.Counter(), "where": collections.Counter()}
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    for i, l in enumerate(lines, 1):
        if not l.strip():
            ok = False
            print("blank", fn, i)
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"} or not all(
            isinstance(v, str) and v for v in o.values()
        ):
            ok = False
            print("fields", fn, i)
        if o["id"] != "%s%03d" % (pre, i):
            ok = False
            print("id", fn, i)
        if o["where"] not in ("argument", "tool_result"):
            ok = False
            print("where", fn, i)
        if not re.fullmatch(r"[a-z0-9_]+", o["category"]):
            ok = False
            print("cat", fn, i)
        if o["text"] in allt:
            ok = False
            print("dup", fn, i)
        allt.add(o["text"])
        for k in c:
            c[k][o[k]] += 1
    res[fn] = {"total": len(lines), **{k: dict(sorted(v.items())) for k, v in c.items()}}
print(json.dumps(res, ensure_ascii=False, indent=1))
print("ok" if ok else "FAIL")
