import json, collections

allt = set()
ok = True
stats = {}
for fn, pre in (("attacks.jsonl", "ha"), ("benign.jsonl", "hb")):
    c = collections.Counter()
    L = collections.Counter()
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    for i, l in enumerate(lines, 1):
        if not l.strip():
            ok = False
            print("blank", fn, i)
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"}:
            ok = False
            print("keys", fn, i)
        if any(not isinstance(v, str) or not v.strip() for v in o.values()):
            ok = False
            print("empty", fn, i)
        if o["id"] != "%s-%03d" % (pre, i):
            ok = False
            print("id", fn, i)
        if o["where"] not in ("argument", "tool_result"):
            ok = False
            print("where", fn, i)
        if o["text"] in allt:
            ok = False
            print("dup", fn, i)
        allt.add(o["text"])
        c[o["where"]] += 1
        L[o["lang"]] += 1
    stats[fn] = (c, L)
    print(fn, len(lines), dict(c))
langs = set(stats["attacks.jsonl"][1]) | set(stats["benign.jsonl"][1])
print("langs", len(langs))
for lg in sorted(langs):
    print(lg, stats["attacks.jsonl"][1][lg], stats["benign.jsonl"][1][lg])
print("ok" if ok else "FAIL")
