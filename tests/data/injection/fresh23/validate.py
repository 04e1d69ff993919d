import json, sys, collections

ok = True
texts = {}
stats = {}
for fn, pre in (("attacks.jsonl", "fa"), ("benign.jsonl", "fb")):
    raw = open(fn, encoding="utf-8").read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    where = collections.Counter()
    lang = collections.Counter()
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print(fn, i, "blank line")
            ok = False
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"}:
            print(fn, i, "bad keys")
            ok = False
        if any(not isinstance(v, str) or not v.strip() for v in o.values()):
            print(fn, i, "empty/non-string field")
            ok = False
        if o["id"] != f"{pre}-{i:03d}":
            print(fn, i, "bad id", o["id"])
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print(fn, i, "bad where")
            ok = False
        if o["text"] in texts:
            print(fn, i, "duplicate of", texts[o["text"]])
            ok = False
        texts[o["text"]] = o["id"]
        where[o["where"]] += 1
        lang[o["lang"]] += 1
    stats[fn] = (len(lines), where, lang)
    print(fn, len(lines), dict(where))
    print("  lang:", dict(sorted(lang.items())))
print("ok" if ok else "FAIL")
sys.exit(0 if ok else 1)
