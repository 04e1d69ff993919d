import json, sys

f = sys.argv[1]
pre = {"attacks.jsonl": "t25c-a", "benign.jsonl": "t25c-b"}[f]
seen = set()
for fn in ("attacks.jsonl", "benign.jsonl"):
    try:
        for l in open(fn, encoding="utf-8"):
            seen.add(json.loads(l)["text"])
    except FileNotFoundError:
        pass
try:
    n = sum(1 for _ in open(f, encoding="utf-8"))
except FileNotFoundError:
    n = 0
items = json.loads(sys.stdin.read())
add = 0
with open(f, "a", encoding="utf-8") as o:
    for t, c, lg, w in items:
        t = t.strip()
        if not t or t in seen:
            continue
        assert w in ("argument", "tool_result")
        seen.add(t)
        n += 1
        add += 1
        o.write(
            json.dumps(
                {"id": "%s%03d" % (pre, n), "text": t, "category": c, "lang": lg, "where": w}, ensure_ascii=False
            )
            + "\n"
        )
print(f, "added", add, "total", n)
