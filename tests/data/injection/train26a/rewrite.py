import json, sys

m = json.loads(sys.stdin.read())
L = [json.loads(l) for l in open("attacks.jsonl", encoding="utf-8")]
for o in L:
    if o["id"] in m:
        o["text"] = m[o["id"]]
open("attacks.jsonl", "w", encoding="utf-8").write("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in L))
print("rewrote", len(m))
