import json, sys, collections

ok = True
allt = set()
out = {}
for fn, pre in (("attacks.jsonl", "t27c-a"), ("benign.jsonl", "t27c-b")):
    cnt = {"category": collections.Counter(), "lang": collections.Counter(), "where": collections.Counter()}
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines[-1] == "":
        lines = lines[:-1]
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
        if o["id"] != "%s%03d" % (pre, i):
            print("id", fn, i)
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print("where", fn, i)
            ok = False
        if o["text"] in allt:
            print("dup", fn, i)
            ok = False
        allt.add(o["text"])
        for k in cnt:
            cnt[k][o[k]] += 1
    out[fn] = {"total": len(lines), **{k: dict(sorted(v.items())) for k, v in cnt.items()}}
print(json.dumps(out, ensure_ascii=False, indent=1))
print("ok" if ok else "FAIL")
