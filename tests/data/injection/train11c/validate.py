"""Validate the train11c training texts (stdlib only). Exit 1 on any error."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks.jsonl": "t11c-a", "benign.jsonl": "t11c-b"}


def load(name, prefix, errors, seen_ids, seen_texts):
    rows = []
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
        if not all(isinstance(obj[k], str) and obj[k].strip() for k in FIELDS):
            errors.append(f"{where}: every field must be a non-empty string")
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
            errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
        if obj["id"] in seen_ids:
            errors.append(f"{where}: duplicate id {obj['id']}")
        seen_ids.add(obj["id"])
        if obj["where"] not in WHERES:
            errors.append(f"{where}: invalid where {obj['where']!r}")
        if obj["text"] in seen_texts:
            errors.append(f"{where}: duplicate text (also {seen_texts[obj['text']]})")
        seen_texts.setdefault(obj["text"], where)
        rows.append(obj)
    return rows


def readme_counts():
    """Parse lines like `- attacks.jsonl: 333` and `| attacks | where | argument | 199 |`."""
    text = (HERE / "README.md").read_text(encoding="utf-8")
    totals = {m[0]: int(m[1]) for m in re.findall(r"^- (\w+)\.jsonl: (\d+)", text, re.M)}
    table = {}
    for m in re.findall(r"^\| (\w+) \| (\w+) \| ([\w-]+) \| (\d+) \|$", text, re.M):
        table[(m[0], m[1], m[2])] = int(m[3])
    return totals, table


def main():
    errors = []
    seen_ids, seen_texts = set(), {}
    data = {}
    for name, prefix in FILES.items():
        data[name.split(".")[0]] = load(name, prefix, errors, seen_ids, seen_texts)
    totals, table = readme_counts()
    actual = {}
    for kind, rows in data.items():
        if totals.get(kind) != len(rows):
            errors.append(f"README total for {kind}: {totals.get(kind)} != {len(rows)}")
        for field in ("category", "lang", "where"):
            for value, count in Counter(r[field] for r in rows).items():
                actual[(kind, field, value)] = count
    if actual != table:
        for key in sorted(set(actual) | set(table)):
            if actual.get(key) != table.get(key):
                errors.append(f"README count {key}: {table.get(key)} != {actual.get(key)}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
