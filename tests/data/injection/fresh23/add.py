import json, sys, os

# usage: python3 add.py a|b < batch.json   (batch = JSON list of [text, category, lang, where])
kind = sys.argv[1]
fn, pre = ("attacks.jsonl", "fa") if kind == "a" else ("benign.jsonl", "fb")
seen = set()
for f in ("attacks.jsonl", "benign.jsonl"):
    if os.path.exists(f):
        for l in open(f, encoding="utf-8"):
            if l.strip():
                seen.add(json.loads(l)["text"])
n = 0
if os.path.exists(fn):
    n = sum(1 for l in open(fn, encoding="utf-8") if l.strip())
batch = json.load(sys.stdin)
added = 0
with open(fn, "a", encoding="utf-8") as out:
    for t, c, lg, w in batch:
        if t in seen:
            continue
        seen.add(t)
        n += 1
        added += 1
        out.write(
            json.dumps({"id": f"{pre}-{n:03d}", "text": t, "category": c, "lang": lg, "where": w}, ensure_ascii=False)
            + "\n"
        )
print(fn, "added", added, "total", n)
