"""Check train14b/attacks.jsonl and benign.jsonl against the format and README counts.

Standard library only. Exit status 1 on any error.
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": "t14b-a", "benign": "t14b-b"}


def load(name, prefix, errors):
    rows = []
    path = HERE / f"{name}.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{n}: bad JSON: {exc}")
            continue
        if not isinstance(row, dict) or set(row) != FIELDS:
            errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
            continue
        for key in FIELDS:
            if not isinstance(row[key], str) or not row[key].strip():
                errors.append(f"{name}:{n}: {key} must be a non-empty string")
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", str(row["id"])):
            errors.append(f"{name}:{n}: id {row['id']!r} lacks prefix {prefix}")
        if row["where"] not in WHERES:
            errors.append(f"{name}:{n}: bad where {row['where']!r}")
        if not re.fullmatch(r"[a-z]{2}", str(row["lang"])):
            errors.append(f"{name}:{n}: lang {row['lang']!r} is not ISO 639-1")
        rows.append(row)
    return rows


def readme_tables():
    tables = {}
    current = None
    text = (HERE / "README.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        head = re.fullmatch(r"### (\w+) by (\w+)", line.strip())
        if head:
            current = (head.group(1), head.group(2))
            tables[current] = {}
            continue
        cell = re.fullmatch(r"\| (\S+) \| (\d+) \|", line.strip())
        if current and cell:
            tables[current][cell.group(1)] = int(cell.group(2))
    totals = {m.group(1): int(m.group(2)) for m in re.finditer(r"`(\w+)\.jsonl`: (\d+) texts", text)}
    return tables, totals


def main():
    errors = []
    data = {name: load(name, prefix, errors) for name, prefix in FILES.items()}
    ids = [r["id"] for rows in data.values() for r in rows]
    for key, count in collections.Counter(ids).items():
        if count > 1:
            errors.append(f"duplicate id {key}")
    texts = [r["text"] for rows in data.values() for r in rows]
    for key, count in collections.Counter(texts).items():
        if count > 1:
            errors.append(f"duplicate text: {key[:60]!r}")
    tables, totals = readme_tables()
    for name, rows in data.items():
        if totals.get(name) != len(rows):
            errors.append(f"README total for {name}: {totals.get(name)} != {len(rows)}")
        for field in ("category", "lang", "where"):
            actual = dict(collections.Counter(r[field] for r in rows))
            if tables.get((name, field)) != actual:
                errors.append(f"README table '{name} by {field}' does not match data")
    for err in errors:
        print(err)
    if errors:
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
