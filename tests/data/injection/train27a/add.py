import json, sys, os

kind = sys.argv[1]  # a or b
fn = {"a": "attacks.jsonl", "b": "benign.jsonl"}[kind]
seen = set()
for f in ("attacks.jsonl", "benign.jsonl"):
    if os.path.exists(f):
        for l in open(f, encoding="utf-8"):
            if l.strip():
                seen.add(json.loads(l)["text"].strip())
n = 0
if os.path.exists(fn):
    n = sum(1 for l in open(fn, encoding="utf-8") if l.strip())
items = json.load(sys.stdin)
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
                {"id": "t27a-%s%03d" % (kind, n), "text": t, "category": c, "lang": lg, "where": w}, ensure_ascii=False
            )
            + "\n"
        )
print(fn, "added", added, "total", n)
