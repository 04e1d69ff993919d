import json, re, collections, sys

ok = True
seen = {}


def load(fn, pre):
    global ok
    rows = []
    lines = open(fn, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for i, l in enumerate(lines, 1):
        if not l.strip():
            print(fn, "blank line", i)
            ok = False
            continue
        o = json.loads(l)
        if set(o) != {"id", "text", "category", "lang", "where"}:
            print(fn, i, "fields")
            ok = False
        for k in o:
            if not isinstance(o[k], str) or not o[k].strip():
                print(fn, i, "empty", k)
                ok = False
        if o["id"] != "%s%03d" % (pre, i):
            print(fn, i, "id", o["id"])
            ok = False
        if o["where"] not in ("argument", "tool_result"):
            print(fn, i, "where")
            ok = False
        if not re.fullmatch(r"[a-z]{2}", o["lang"]):
            print(fn, i, "lang")
            ok = False
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", o["category"]):
            print(fn, i, "category")
            ok = False
        if o["text"] in seen:
            print(fn, i, "duplicate of", seen[o["text"]])
            ok = False
        seen[o["text"]] = o["id"]
        rows.append(o)
    return rows


res = {}
for fn, pre in (("attacks.jsonl", "ka-"), ("benign.jsonl", "kb-")):
    r = load(fn, pre)
    res[fn] = r
    w = collections.Counter(o["where"] for o in r)
    langs = collections.Counter(o["lang"] for o in r)
    print(
        f"{fn}: total={len(r)} argument={w['argument']} tool_result={w['tool_result']} languages={len(langs)} non_english={sum(1 for o in r if o['lang'] != 'en')} under60={sum(1 for o in r if len(o['text']) < 60)}"
    )
print("ok" if ok else "FAIL")
