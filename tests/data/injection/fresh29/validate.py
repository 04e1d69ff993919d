import json, collections

allt = set()
ok = True
for fn, pre in (("attacks.jsonl", "ka"), ("benign.jsonl", "kb")):
    rows = [json.loads(l) for l in open(fn, encoding="utf-8")]
    for i, r in enumerate(rows, 1):
        if set(r) != {"id", "text", "category", "lang", "where"} or any(
            not isinstance(v, str) or not v for v in r.values()
        ):
            ok = False
            print("bad", r)
        if r["id"] != "%s-%03d" % (pre, i):
            ok = False
            print("id", r["id"])
        if r["where"] not in ("argument", "tool_result"):
            ok = False
            print("where", r["id"])
        if r["text"] in allt:
            ok = False
            print("dup", r["id"])
        allt.add(r["text"])
    w = collections.Counter(r["where"] for r in rows)
    L = collections.Counter(r["lang"] for r in rows)
    print(
        fn,
        len(rows),
        dict(w),
        "langs",
        len(L),
        "nonEN",
        sum(v for k, v in L.items() if k != "en"),
        "<60",
        sum(len(r["text"]) < 60 for r in rows),
    )
print("ok" if ok else "FAIL")
