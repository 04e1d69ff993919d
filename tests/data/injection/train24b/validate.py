import json, re, collections

counts = {}
texts = set()
ok = True
for fn, k in (("attacks.jsonl", "a"), ("benign.jsonl", "b")):
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
            print("bad", fn, i)
            ok = False
        if o["id"] != "t24b-%s%03d" % (k, i):
            print("id", fn, i)
            ok = False
        if (
            o["where"] != "tool_result"
            or not re.fullmatch(r"[a-z0-9_]+", o["category"])
            or not re.fullmatch(r"[a-z]{2}", o["lang"])
        ):
            print("field", fn, i)
            ok = False
        if o["text"] in texts:
            print("dup", fn, i)
            ok = False
        texts.add(o["text"])
        c["total"] += 1
        c["category"][o["category"]] += 1
        c["lang"][o["lang"]] += 1
        c["where"][o["where"]] += 1
    counts[fn] = {
        "total": c["total"],
        "category": dict(c["category"].most_common()),
        "lang": dict(c["lang"].most_common()),
        "where": dict(c["where"]),
    }
print(json.dumps(counts, ensure_ascii=False, indent=1))
print("OK" if ok else "ERRORS")
