import json, collections

res = {}
texts = set()
ok = True
for kind, fn in (("a", "attacks.jsonl"), ("b", "benign.jsonl")):
    c = {"total": 0, "category": collections.Counter(), "lang": collections.Counter(), "where": collections.Counter()}
    raw = open(fn, encoding="utf-8").read()
    for i, l in enumerate(raw.split("\n")[:-1], 1):
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
        if o["id"] != f"t24a-{kind}{i:03d}":
            print("bad id", fn, i, o["id"])
            ok = False
        if o["where"] != "argument":
            print("bad where", fn, i)
            ok = False
        if o["text"] in texts:
            print("dup", fn, i)
            ok = False
        texts.add(o["text"])
        c["total"] += 1
        c["category"][o["category"]] += 1
        c["lang"][o["lang"]] += 1
        c["where"][o["where"]] += 1
    res[fn] = {k: (dict(sorted(v.items())) if isinstance(v, collections.Counter) else v) for k, v in c.items()}
print(json.dumps(res, ensure_ascii=False, indent=1))
print("OK" if ok else "ERRORS")
