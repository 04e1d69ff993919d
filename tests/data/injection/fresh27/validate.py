import json, collections

allt = set()
ok = True
stats = {}
for fn, pre in (("attacks.jsonl", "ia"), ("benign.jsonl", "ib")):
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    rows = []
    for i, l in enumerate(lines, 1):
        if not l.strip():
            ok = False
            print("blank", fn, i)
            continue
        r = json.loads(l)
        if set(r) != {"id", "text", "category", "lang", "where"}:
            ok = False
            print("keys", fn, i)
        if any(not isinstance(v, str) or not v for v in r.values()):
            ok = False
            print("empty", fn, i)
        if r["id"] != "%s-%03d" % (pre, i):
            ok = False
            print("id", fn, i)
        if r["where"] not in ("argument", "tool_result"):
            ok = False
            print("where", fn, i)
        if r["text"] in allt:
            ok = False
            print("dup", fn, i)
        allt.add(r["text"])
        rows.append(r)
    stats[fn] = rows
    w = collections.Counter(r["where"] for r in rows)
    print(
        fn,
        len(rows),
        dict(w),
        "short<60:",
        sum(len(r["text"]) < 60 for r in rows),
        "nonEN:",
        sum(r["lang"] != "en" for r in rows),
    )
langs = collections.Counter()
la = collections.Counter(r["lang"] for r in stats["attacks.jsonl"])
lb = collections.Counter(r["lang"] for r in stats["benign.jsonl"])
for k in sorted(set(la) | set(lb)):
    print(k, la[k], lb[k])
print("langs", len(set(la) | set(lb)), "total", sum(len(v) for v in stats.values()))
print("ok" if ok else "FAIL")
