import json, collections, re

allt = set()
ok = True
stats = {}
for fn, pre in (("attacks.jsonl", "ga"), ("benign.jsonl", "gb")):
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    st = collections.Counter()
    langs = collections.Counter()
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
        if o["id"] != "%s-%03d" % (pre, i):
            print("id", fn, i)
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print("where", fn, i)
            ok = False
        if not re.fullmatch(r"[a-z0-9_]+", o["category"]):
            print("cat", fn, i)
            ok = False
        if not re.fullmatch(r"[a-z]{2}", o["lang"]):
            print("lang", fn, i)
            ok = False
        if o["text"] in allt:
            print("dup", fn, i)
            ok = False
        allt.add(o["text"])
        st[o["where"]] += 1
        langs[o["lang"]] += 1
    stats[fn] = (len(lines), st, langs)
    print(fn, len(lines), dict(st))
la = collections.Counter()
lb = collections.Counter()
la = stats["attacks.jsonl"][2]
lb = stats["benign.jsonl"][2]
for k in sorted(set(la) | set(lb)):
    print(k, la[k], lb[k])
print("languages", len(set(la) | set(lb)), "non-en", sum(v for k, v in (la + lb).items() if k != "en"))
print("ok" if ok else "FAIL")
