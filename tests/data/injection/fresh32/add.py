import sys, json, os

fn = sys.argv[1]
prefix = "ka" if "attack" in fn else "kb"
n = 0
if os.path.exists(fn):
    with open(fn, encoding="utf-8") as f:
        n = sum(1 for l in f if l.strip())
batch = []
for line in sys.stdin.read().split("\n"):
    if not line.strip():
        continue
    cat, lang, w, text = line.split("|", 3)
    batch.append(
        {
            "category": cat,
            "lang": lang,
            "where": {"a": "argument", "t": "tool_result"}[w],
            "text": text.replace("\\n", "\n").replace("\\u200b", "\u200b"),
        }
    )
with open(fn, "a", encoding="utf-8") as f:
    for d in batch:
        n += 1
        o = {
            "id": "%s-%03d" % (prefix, n),
            "text": d["text"],
            "category": d["category"],
            "lang": d["lang"],
            "where": d["where"],
        }
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(fn, n)
