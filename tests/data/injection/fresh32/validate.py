import json, re, collections

FIELDS = {"id", "text", "category", "lang", "where"}
ok = True
seen = {}
for fn, pre in (("attacks.jsonl", "ka"), ("benign.jsonl", "kb")):
    raw = open(fn, encoding="utf-8").read()
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    recs = []
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print(fn, "blank line", i)
            ok = False
            continue
        try:
            d = json.loads(l)
        except Exception as e:
            print(fn, "bad json", i, e)
            ok = False
            continue
        if set(d) != FIELDS:
            print(fn, "fields", i, sorted(d))
            ok = False
        for k in FIELDS:
            if not isinstance(d.get(k), str) or not d.get(k).strip():
                print(fn, "empty/non-string", k, i)
                ok = False
        if d.get("id") != "%s-%03d" % (pre, i):
            print(fn, "id", i, d.get("id"))
            ok = False
        if d.get("where") not in ("argument", "tool_result"):
            print(fn, "where", i)
            ok = False
        if not re.fullmatch(r"[a-z]{2}", d.get("lang", "")):
            print(fn, "lang", i)
            ok = False
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", d.get("category", "")):
            print(fn, "category", i)
            ok = False
        t = d.get("text")
        if t in seen:
            print(fn, "duplicate text", d.get("id"), "also", seen[t])
            ok = False
        else:
            seen[t] = d.get("id")
        recs.append(d)
    w = collections.Counter(d["where"] for d in recs)
    langs = collections.Counter(d["lang"] for d in recs)
    print(
        "%s: total=%d argument=%d tool_result=%d languages=%d non_english=%d under60=%d"
        % (
            fn,
            len(recs),
            w["argument"],
            w["tool_result"],
            len(langs),
            sum(1 for d in recs if d["lang"] != "en"),
            sum(1 for d in recs if len(d["text"]) < 60),
        )
    )
print("ok" if ok else "FAIL")
