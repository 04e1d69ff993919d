import json, re

ok = True
seen = {}
stats = {}
for kind, pre in (("attacks", "ka-"), ("benign", "kb-")):
    fn = kind + ".jsonl"
    raw = open(fn, encoding="utf-8").read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    langs = {}
    c = {"total": 0, "argument": 0, "tool_result": 0, "non_en": 0, "short": 0}
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print(fn, "blank line", i)
            ok = False
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"}:
            print(fn, i, "bad fields")
            ok = False
        for k, v in o.items():
            if not isinstance(v, str) or not v.strip():
                print(fn, i, "empty/non-string", k)
                ok = False
        if o["id"] != f"{pre}{i:03d}":
            print(fn, i, "bad id", o["id"])
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print(fn, i, "bad where")
            ok = False
        if not re.fullmatch(r"[a-z][a-z0-9_]*", o["category"]):
            print(fn, i, "bad category")
            ok = False
        if not re.fullmatch(r"[a-z]{2}", o["lang"]):
            print(fn, i, "bad lang")
            ok = False
        t = o["text"]
        if t in seen:
            print(fn, i, "duplicate of", seen[t])
            ok = False
        seen[t] = o["id"]
        c["total"] += 1
        c[o["where"]] += 1
        if o["lang"] != "en":
            c["non_en"] += 1
        if len(t) < 60:
            c["short"] += 1
        langs[o["lang"]] = langs.get(o["lang"], 0) + 1
    c["languages"] = len(langs)
    stats[kind] = (c, langs)
    print(kind, c)
json.dump({k: {"counts": v[0], "langs": v[1]} for k, v in stats.items()}, open("stats.json", "w"), indent=1)
print("ok" if ok else "FAIL")
