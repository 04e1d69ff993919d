import json, glob, collections, re
ns = {"json": json}
files = sorted(glob.glob("parts/a[0-9]*.py"), key=lambda p: int(re.search(r"(\d+)", p.split('/')[-1]).group(1))) 
for f in files: exec(open(f).read(), ns)
bfiles = sorted(glob.glob("parts/b[0-9]*.py"), key=lambda p: int(re.search(r"(\d+)", p.split('/')[-1]).group(1)))
for f in bfiles: exec(open(f).read(), ns)
A, B = ns["A"], ns["B"]
def write(rows, fn, pre):
    with open(fn, "w", encoding="utf-8") as fh:
        for i, (c, l, w, t) in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"{pre}{i:03d}", "text": t, "category": c, "lang": l, "where": w}, ensure_ascii=False) + "\n")
write(A, "attacks.jsonl", "t15f-a"); write(B, "benign.jsonl", "t15f-b")
def counts(rows):
    t = lambda k: dict(sorted(collections.Counter(r[k] for r in rows).items()))
    rows = [dict(category=c, lang=l, where=w) for c, l, w, _ in rows]
    return {"total": len(rows), "category": t("category"), "lang": t("lang"), "where": t("where")}
out = {"attacks": counts(A), "benign": counts(B)}
json.dump(out, open("parts/counts.json", "w"), indent=2, ensure_ascii=False)
# checks
lens = [len(t) for *_, t in A + B]
print(len(A), len(B), min(lens), max(lens))
print("nonen A", sum(l != "en" for _, l, _, _ in A), "nonen B", sum(l != "en" for _, l, _, _ in B))
# sentence overlap check
sents = collections.defaultdict(list)
for i, (*_, t) in enumerate(A + B):
    for s in re.split(r"(?<=[.!?])\s+|\n", t):
        s = s.strip()
        if len(s) > 25: sents[s].append(i)
for s, ids in sents.items():
    if len(set(ids)) > 1: print("DUP:", s[:80], ids)
