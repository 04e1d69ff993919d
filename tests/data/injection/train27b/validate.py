import json, re, collections

res = {}
texts = set()
ok = True
for kind, fn in (("a", "attacks.jsonl"), ("b", "benign.jsonl")):
    raw = open(fn, "rb").read().decode("utf-8")
    lines = raw.split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
    c = {"category": collections.Counter(), "lang": collections.Counter(), "where": collections.Counter()}
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print("blank", fn, i)
            ok = False
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"}:
            print("keys", fn, i)
            ok = False
        if any(not isinstance(v, str) or not v for v in o.values()):
            print("empty", fn, i)
            ok = False
        if o["id"] != "t27b-%s%03d" % (kind, i):
            print("id", fn, i)
            ok = False
        if not re.fullmatch(r"[a-z0-9_]+", o["category"]):
            print("cat", fn, i)
            ok = False
        if not re.fullmatch(r"[a-z]{2}", o["lang"]):
            print("lang", fn, i)
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print("where", fn, i)
            ok = False
        if o["text"] in texts:
            print("dup", fn, i)
            ok = False
        texts.add(o["text"])
        for k in c:
            c[k][o[k]] += 1
    res[fn] = {"total": len(lines), **{k: dict(sorted(v.items())) for k, v in c.items()}}
print(json.dumps(res, ensure_ascii=False, indent=1))
print("ok" if ok else "FAIL")
