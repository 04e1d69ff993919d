import json, collections

res = {}
allt = set()
ok = True
for fn, pre in (("attacks.jsonl", "t25a-a"), ("benign.jsonl", "t25a-b")):
    c = collections.Counter()
    l = collections.Counter()
    w = collections.Counter()
    i = 0
    for line in open(fn, encoding="utf-8"):
        if not line.strip():
            ok = False
            print("blank")
            continue
        d = json.loads(line)
        i += 1
        if set(d) != {"id", "text", "category", "lang", "where"}:
            ok = False
            print("fields", d)
        if any(not isinstance(v, str) or not v.strip() for v in d.values()):
            ok = False
            print("empty", d)
        if d["id"] != "%s%03d" % (pre, i):
            ok = False
            print("id", d["id"])
        if d["where"] not in ("argument", "tool_result"):
            ok = False
            print("where", d)
        if d["text"] in allt:
            ok = False
            print("dup", d["text"])
        allt.add(d["text"])
        c[d["category"]] += 1
        l[d["lang"]] += 1
        w[d["where"]] += 1
    res[fn] = {"total": i, "category": dict(c.most_common()), "lang": dict(sorted(l.items())), "where": dict(w)}
print(json.dumps(res, ensure_ascii=False, indent=1))
print("ok" if ok else "FAIL")
