import json, importlib, sys, pathlib, collections
sys.path.insert(0, str(pathlib.Path(__file__).parent))
HERE = pathlib.Path(__file__).resolve().parent.parent
def load(prefix):
    out = []
    for i in range(1, 100):
        try: m = importlib.import_module(f"{prefix}{i}")
        except ModuleNotFoundError: break
        out += m.ITEMS
    return out
A, B = load("a"), load("b")
def write(items, fname, pre):
    with open(HERE / fname, "w", encoding="utf-8") as f:
        for n, (cat, lang, where, text) in enumerate(items, 1):
            f.write(json.dumps({"id": f"{pre}{n:03d}", "text": text, "category": cat, "lang": lang, "where": where}, ensure_ascii=False) + "\n")
write(A, "attacks.jsonl", "t15b-a"); write(B, "benign.jsonl", "t15b-b")
def counts(rows):
    t = lambda k: dict(sorted(collections.Counter(r[k] for r in rows).items()))
    return {"total": len(rows), "category": t(0), "lang": t(1), "where": t(2)}
got = {"attacks": counts(A), "benign": counts(B)}
lens = [len(x[3]) for x in A + B]
print(json.dumps(got, indent=1, ensure_ascii=False)); print("minlen", min(lens), "maxlen", max(lens))
(HERE / "src" / "counts.json").write_text(json.dumps(got, indent=2, ensure_ascii=False))
