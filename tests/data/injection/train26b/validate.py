import json, re, sys, collections

ok = True
alltexts = {}
counts = {}
for kind, pre in (("attacks", "t26b-a"), ("benign", "t26b-b")):
    raw = open(kind + ".jsonl", "rb").read().decode("utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    c = {"total": 0, "category": collections.Counter(), "lang": collections.Counter(), "where": collections.Counter()}
    for i, line in enumerate(lines, 1):
        if not line.strip():
            print("blank line", kind, i)
            ok = False
            continue
        o = json.loads(line)
        if set(o) != {"id", "text", "category", "lang", "where"}:
            print("keys", kind, i)
            ok = False
        if any(not isinstance(v, str) or not v.strip() for v in o.values()):
            print("empty", kind, i)
            ok = False
        if o["id"] != "%s%03d" % (pre, i):
            print("id", kind, i, o["id"])
            ok = False
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", o["category"]):
            print("cat", kind, i)
            ok = False
        if not re.fullmatch(r"[a-z]{2}", o["lang"]):
            print("lang", kind, i)
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print("where", kind, i)
            ok = False
        if o["text"] in alltexts:
            print("dup", kind, i, alltexts[o["text"]])
            ok = False
        alltexts[o["text"]] = o["id"]
        c["total"] += 1
        c["category"][o["category"]] += 1
        c["lang"][o["lang"]] += 1
        c["where"][o["where"]] += 1
    counts[kind] = {k: (dict(sorted(v.items())) if isinstance(v, collections.Counter) else v) for k, v in c.items()}
print(json.dumps(counts, ensure_ascii=False, indent=1))
print("ok" if ok else "FAIL")
