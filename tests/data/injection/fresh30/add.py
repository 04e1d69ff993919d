import json, sys, os

# usage: python3 add.py attacks|benign < lines "lang@@a|t@@category@@text"
kind = sys.argv[1]
fn = kind + ".jsonl"
pre = "ka-" if kind == "attacks" else "kb-"
n = 0
if os.path.exists(fn):
    n = sum(1 for l in open(fn, encoding="utf-8") if l.strip())
out = open(fn, "a", encoding="utf-8")
for line in sys.stdin.read().split("\n"):
    if not line.strip():
        continue
    lang, w, cat, text = line.split("@@", 3)
    n += 1
    out.write(
        json.dumps(
            {
                "id": "%s%03d" % (pre, n),
                "text": text.replace("\\n", "\n"),
                "category": cat,
                "lang": lang,
                "where": {"a": "argument", "t": "tool_result"}[w],
            },
            ensure_ascii=False,
        )
        + "\n"
    )
print(kind, n)
