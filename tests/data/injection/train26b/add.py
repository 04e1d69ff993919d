import sys, json, os

# usage: python3 add.py attacks|benign < batch.json
kind = sys.argv[1]
fn = kind + ".jsonl"
pre = "t26b-a" if kind == "attacks" else "t26b-b"
seen = set()
for f in ("attacks.jsonl", "benign.jsonl"):
    if os.path.exists(f):
        for line in open(f, encoding="utf-8"):
            seen.add(json.loads(line)["text"].strip())
n = sum(1 for _ in open(fn, encoding="utf-8")) if os.path.exists(fn) else 0
batch = json.load(sys.stdin)
added = skipped = 0
with open(fn, "a", encoding="utf-8") as out:
    for text, cat, lang, where in batch:
        t = text.strip()
        if not t or t in seen:
            skipped += 1
            continue
        seen.add(t)
        n += 1
        added += 1
        out.write(
            json.dumps(
                {"id": "%s%03d" % (pre, n), "text": t, "category": cat, "lang": lang, "where": where},
                ensure_ascii=False,
            )
            + "\n"
        )
print(kind, "added", added, "skipped", skipped, "total", n)
