import json, collections, re

allt = set()
ok = True
stats = {}
for fn, pre in (("attacks.jsonl", "ja"), ("benign.jsonl", "jb")):
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    rows = []
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print("blank", fn, i)
            ok = False
            continue
        d = json.loads(l)
        if set(d) != {"id", "text", "category", "lang", "where"}:
            print("keys", fn, i)
            ok = False
        if any(not isinstance(v, str) or not v.strip() for v in d.values()):
            print("empty", fn, i)
            ok = False
        if d["id"] != "%s-%03d" % (pre, i):
            print("id", fn, i)
            ok = False
        if d["where"] not in ("argument", "tool_result"):
            print("where", fn, i)
            ok = False
        if not re.fullmatch(r"[a-z]{2}", d["lang"]):
            print("lang", fn, i)
            ok = False
        if not re.fullmatch(r"[a-z0-9_]+", d["category"]):
            print("cat", fn, i)
            ok = False
        if d["text"] in allt:
            print("dup", fn, i)
            ok = False
        allt.add(d["text"])
        rows.append(d)
    stats[fn] = rows
    w = collections.Counter(r["where"] for r in rows)
    print(
        fn,
        len(rows),
        dict(w),
        "short",
        sum(len(r["text"]) < 60 for r in rows),
        "nonEN",
        sum(r["lang"] != "en" for r in rows),
    )
langs = collections.Counter()
la = collections.Counter(r["lang"] for r in stats["attacks.jsonl"])
lb = collections.Counter(r["lang"] for r in stats["benign.jsonl"])
for l in sorted(set(la) | set(lb)):
    print(l, la[l], lb[l])
print("langs", len(set(la) | set(lb)))
print("ok" if ok else "FAIL")
