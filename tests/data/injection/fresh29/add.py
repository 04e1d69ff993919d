import json, sys, os

fn = sys.argv[1]
pre = "ka" if "attacks" in fn else "kb"
seen = set()
for f in ("attacks.jsonl", "benign.jsonl"):
    if os.path.exists(f):
        for l in open(f, encoding="utf-8"):
            seen.add(json.loads(l)["text"])
n = sum(1 for _ in open(fn, encoding="utf-8")) if os.path.exists(fn) else 0
items = json.loads(sys.stdin.read())
added = 0
with open(fn, "a", encoding="utf-8") as o:
    for t, c, lg, w in items:
        t = t.strip()
        if not t or t in seen:
            continue
        seen.add(t)
        n += 1
        added += 1
        o.write(
            json.dumps(
                {"id": "%s-%03d" % (pre, n), "text": t, "category": c, "lang": lg, "where": w}, ensure_ascii=False
            )
            + "\n"
        )
print(fn, "added", added, "total", n)
