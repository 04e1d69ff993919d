import json, glob, importlib.util, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import h
for f in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "batch*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
DROP=set(json.load(open(os.path.join(os.path.dirname(__file__),"drop.json"))))
h.A[:]=[x for x in h.A if x[3] not in DROP]; h.B[:]=[x for x in h.B if x[3] not in DROP]
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for name, rows, p in (("attacks.jsonl", h.A, "t15a-a"), ("benign.jsonl", h.B, "t15a-b")):
    with open(os.path.join(out, name), "w", encoding="utf-8") as fh:
        for i, (cat, lang, where, text) in enumerate(rows, 1):
            fh.write(json.dumps({"id": f"{p}{i:03d}", "text": text, "category": cat, "lang": lang, "where": where}, ensure_ascii=False) + "\n")
print(len(h.A), len(h.B))
