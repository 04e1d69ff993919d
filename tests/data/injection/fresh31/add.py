import sys, json, os

# usage: python3 add.py attacks|benign < lines "category|lang|a/t|text"
kind = sys.argv[1]
fn = kind + ".jsonl"
pre = "ka-" if kind == "attacks" else "kb-"
n = 0
if os.path.exists(fn):
    with open(fn, encoding="utf-8") as f:
        n = sum(1 for l in f if l.strip())
out = []
for line in sys.stdin.read().split("\n"):
    if not line.strip():
        continue
    cat, lang, w, text = line.split("|", 3)
    text = text.replace("\\n", "\n")
    n += 1
    out.append(
        {
            "id": f"{pre}{n:03d}",
            "text": text,
            "category": cat,
            "lang": lang,
            "where": "argument" if w == "a" else "tool_result",
        }
    )
with open(fn, "a", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(kind, "added", len(out), "total", n)
