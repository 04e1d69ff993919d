import json, sys, os

f = sys.argv[1]
pre = sys.argv[2]
items = json.load(sys.stdin)
seen = set()
for fn in ("attacks.jsonl", "benign.jsonl"):
    if os.path.exists(fn):
        for l in open(fn, encoding="utf-8"):
            seen.add(json.loads(l)["text"])
n = 0
if os.path.exists(f):
    n = sum(1 for _ in open(f, encoding="utf-8"))
added = 0
with open(f, "a", encoding="utf-8") as o:
    for t, c, lg, w in items:
        if t in seen:
            continue
        seen.add(t)
        n += 1
        added += 1
        o.write(
            json.dumps(
                {"id": "%s%03d" % (pre, n), "text": t, "category": c, "lang": lg, "where": w}, ensure_ascii=False
            )
            + "\n"
        )
print("added", added, "total", n)
