import json, collections

allt = set()
ok = True
stats = {}
for fn, pre in [("attacks.jsonl", "ha"), ("benign.jsonl", "hb")]:
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    W = collections.Counter()
    L = collections.Counter()
    short = 0
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
        if o["id"] != f"{pre}-{i:03d}":
            ok = False
            print("id", fn, i)
        if o["where"] not in ("argument", "tool_result"):
            ok = False
            print("where", fn, i)
        if o["text"] in allt:
            ok = False
            print("dup", fn, i)
        allt.add(o["text"])
        W[o["where"]] += 1
        L[o["lang"]] += 1
        if len(o["text"]) < 60 and "\n" not in o["text"]:
            short += 1
    stats[fn] = (len(lines), dict(W), L, short)
    print(fn, len(lines), dict(W), "short", short, "nonEN", sum(v for k, v in L.items() if k != "en"))
langs = set(stats["attacks.jsonl"][2]) | set(stats["benign.jsonl"][2])
print("langs", len(langs))
for k in sorted(langs):
    print(k, stats["attacks.jsonl"][2][k], stats["benign.jsonl"][2][k])
print("ok" if ok else "FAIL")
