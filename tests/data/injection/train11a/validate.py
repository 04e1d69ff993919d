"""Check train11a: both JSONL files parse, fields, ids, where, duplicates, README counts."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERE = {"argument", "tool_result"}
FILES = {"attacks": "t11a-a", "benign": "t11a-b"}
ROW = re.compile(r"^\|\s*(attacks|benign)\s*\|\s*(\w+)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|$")


def main() -> int:
    errors = []
    rows = {}
    seen_ids = set()
    seen_texts = {}
    for name, prefix in FILES.items():
        rows[name] = []
        path = HERE / f"{name}.jsonl"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}.jsonl:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON ({exc})")
                continue
            if not isinstance(obj, dict) or set(obj) != FIELDS:
                errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                continue
            if not all(isinstance(v, str) and v.strip() for v in obj.values()):
                errors.append(f"{where}: all fields must be non-empty strings")
                continue
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
            if obj["id"] in seen_ids:
                errors.append(f"{where}: duplicate id {obj['id']}")
            seen_ids.add(obj["id"])
            if obj["where"] not in WHERE:
                errors.append(f"{where}: bad where {obj['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                errors.append(f"{where}: bad lang {obj['lang']!r}")
            if obj["text"] in seen_texts:
                errors.append(f"{where}: text duplicates {seen_texts[obj['text']]}")
            seen_texts[obj["text"]] = obj["id"]
            rows[name].append(obj)

    actual = {}
    for name, items in rows.items():
        actual[(name, "total", "all")] = len(items)
        for field in ("where", "category", "lang"):
            for value, count in Counter(r[field] for r in items).items():
                actual[(name, field, value)] = count
    claimed = {}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        m = ROW.match(line.strip())
        if m:
            claimed[(m.group(1), m.group(2), m.group(3))] = int(m.group(4))
    if not claimed:
        errors.append("README.md: no count table found")
    for key in sorted(set(actual) | set(claimed)):
        if actual.get(key) != claimed.get(key):
            errors.append(f"README count {key}: README {claimed.get(key)}, files {actual.get(key)}")

    for err in errors:
        print("ERROR", err)
    if errors:
        return 1
    print(f"ok: {len(rows['attacks'])} attacks, {len(rows['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
