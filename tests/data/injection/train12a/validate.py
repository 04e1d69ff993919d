"""Validate the train12a training texts (stdlib only). Exit 1 on any error."""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks.jsonl": "t12a-a", "benign.jsonl": "t12a-b"}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
ROW = re.compile(r"^\|\s*(\S+\.jsonl)\s*\|\s*(\w+)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|$")


def main() -> int:
    errors = []
    rows = {}
    seen_text = {}
    for name, prefix in FILES.items():
        rows[name] = []
        ids = set()
        path = HERE / name
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON ({exc})")
                continue
            if not isinstance(obj, dict) or set(obj) != FIELDS:
                errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                continue
            if not all(isinstance(v, str) and v.strip() for v in obj.values()):
                errors.append(f"{where}: every field must be a non-empty string")
                continue
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
            if obj["id"] in ids:
                errors.append(f"{where}: duplicate id {obj['id']}")
            ids.add(obj["id"])
            if obj["where"] not in WHERES:
                errors.append(f"{where}: bad where {obj['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                errors.append(f"{where}: bad lang {obj['lang']!r}")
            key = " ".join(obj["text"].split()).casefold()
            if key in seen_text:
                errors.append(f"{where}: text duplicates {seen_text[key]}")
            seen_text[key] = where
            rows[name].append(obj)

    expected = collections.defaultdict(dict)
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for line in readme.splitlines():
        m = ROW.match(line.strip())
        if m:
            name, field, value, count = m.groups()
            expected[(name, field)][value] = int(count)
    for name, objs in rows.items():
        actual = {("total"): {"all": len(objs)}}
        for field in ("where", "category", "lang"):
            actual[field] = dict(collections.Counter(o[field] for o in objs))
        for field, counts in actual.items():
            if expected.get((name, field)) != counts:
                errors.append(f"README counts for {name} {field} do not match the data")

    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    total = {k: len(v) for k, v in rows.items()}
    print(f"ok: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
