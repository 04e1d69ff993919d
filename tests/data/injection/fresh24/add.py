import json, sys, os

fn = sys.argv[1]
pre = "ga" if "attacks" in fn else "gb"
seen = set()
for f in ("attacks.jsonl", "benign.jsonl"):
    if os.path.exists(f):
        for l in open(f, encoding="utf-8"):
            seen.add(json.loads(l)["text"])
n = sum(1 for _ in open(fn, encoding="utf-8")) if os.path.exists(fn) else 0
items = json.loads(sys.stdin.read())
added = 0
with open(fn, "a", encoding="utf-8") as o:
    for t, c, la, w in items:
        if t in seen or not t.strip():
            continue
        seen.add(t)
        n += 1
        added += 1
        o.write(
            json.dumps(
                {"id": "%s-%03d" % (pre, n), "text": t, "category": c, "lang": la, "where": w}, ensure_ascii=False
            )
            + "\n"
        )
print(fn, "added", added, "total", n)
