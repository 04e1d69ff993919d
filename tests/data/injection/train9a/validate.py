"""Validate train9a/attacks.jsonl and train9a/benign.jsonl against README.md.

Stdlib only. Exits 1 on any error.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "t9a-a"), "benign": ("benign.jsonl", "t9a-b")}
ROW = re.compile(r"^\|\s*(category|lang|where)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|$")
TOTAL = re.compile(r"^- `(attacks|benign)\.jsonl`: (\d+) texts")


def load(errors):
    data = {}
    seen_ids = set()
    seen_texts = {}
    for key, (name, prefix) in FILES.items():
        rows = []
        for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
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
            if not re.fullmatch(re.escape(prefix) + r"\d{3}", obj["id"]):
                errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
            if obj["id"] in seen_ids:
                errors.append(f"{where}: duplicate id {obj['id']}")
            seen_ids.add(obj["id"])
            if obj["where"] not in WHERES:
                errors.append(f"{where}: bad where {obj['where']!r}")
            if obj["text"] in seen_texts:
                errors.append(f"{where}: text duplicates {seen_texts[obj['text']]}")
            seen_texts[obj["text"]] = obj["id"]
            rows.append(obj)
        data[key] = rows
    return data


def readme_counts(errors):
    totals, table = {}, {}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        m = TOTAL.match(line.strip())
        if m:
            totals[m.group(1)] = int(m.group(2))
        m = ROW.match(line.strip())
        if m:
            table[(m.group(1), m.group(2))] = (int(m.group(3)), int(m.group(4)))
    if set(totals) != set(FILES):
        errors.append("README.md: missing total lines for attacks/benign")
    if not table:
        errors.append("README.md: no count tables found")
    return totals, table


def main():
    errors = []
    data = load(errors)
    totals, table = readme_counts(errors)
    for key, rows in data.items():
        if totals.get(key) != len(rows):
            errors.append(f"README total for {key} is {totals.get(key)}, file has {len(rows)}")
    actual = {}
    for i, key in enumerate(("attacks", "benign")):
        for field in ("category", "lang", "where"):
            for value, n in Counter(r[field] for r in data[key]).items():
                actual.setdefault((field, value), [0, 0])[i] = n
    for k in set(actual) | set(table):
        got = tuple(actual.get(k, (0, 0)))
        if table.get(k) != got:
            errors.append(f"README count {k}: README {table.get(k)}, files {got}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
