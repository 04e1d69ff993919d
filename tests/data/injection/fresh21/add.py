import json, sys, os

kind = sys.argv[1]  # a or b
fn = "attacks.jsonl" if kind == "a" else "benign.jsonl"
pre = "ha-" if kind == "a" else "hb-"
seen = set()
n = 0
if os.path.exists(fn):
    for l in open(fn, encoding="utf-8"):
        o = json.loads(l)
        seen.add(o["text"])
        n += 1
out = open(fn, "a", encoding="utf-8")
for line in sys.stdin.read().split("\n"):
    if not line.strip():
        continue
    c, lg, w, t = line.split("|", 3)
    t = t.replace("\\n", "\n")
    if t in seen:
        continue
    seen.add(t)
    n += 1
    out.write(
        json.dumps(
            {
                "id": f"{pre}{n:03d}",
                "text": t,
                "category": c,
                "lang": lg,
                "where": "argument" if w == "a" else "tool_result",
            },
            ensure_ascii=False,
        )
        + "\n"
    )
print(n)
