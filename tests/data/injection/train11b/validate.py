"""Validate train11b: attacks.jsonl, benign.jsonl and the counts in README.md.

Stdlib only. Exit status 1 on any error.
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = (("attacks.jsonl", "t11b-a", "Attacks"), ("benign.jsonl", "t11b-b", "Benign"))


def load(name, prefix, errors):
    rows = []
    path = HERE / name
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{n}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON: {exc}")
            continue
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
            continue
        if not all(isinstance(v, str) and v.strip() for v in obj.values()):
            errors.append(f"{where}: every field must be a non-empty string")
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
            errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
        if obj["where"] not in WHERES:
            errors.append(f"{where}: invalid where {obj['where']!r}")
        if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
            errors.append(f"{where}: lang {obj['lang']!r} is not ISO 639-1")
        rows.append(obj)
    return rows


def readme_tables(text):
    tables = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"### (\w+) by (\w+)", line)
        if m:
            current = (m.group(1), m.group(2))
            tables[current] = {}
            continue
        m = re.match(r"\| (\S+) \| (\d+) \|$", line)
        if m and current:
            tables[current][m.group(1)] = int(m.group(2))
    return tables


def main():
    errors = []
    data = {}
    for name, prefix, label in FILES:
        data[label] = load(name, prefix, errors)
    all_rows = data["Attacks"] + data["Benign"]
    for key in ("id", "text"):
        counts = collections.Counter(r[key] for r in all_rows)
        for value, c in counts.items():
            if c > 1:
                errors.append(f"duplicate {key} ({c}x): {value[:60]!r}")
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    tables = readme_tables(readme)
    for name, _prefix, label in FILES:
        rows = data[label]
        if not re.search(rf"`{re.escape(name)}`: {len(rows)} ", readme):
            errors.append(f"README total for {name} does not match {len(rows)}")
        for field in ("category", "lang", "where"):
            actual = dict(collections.Counter(r[field] for r in rows))
            if tables.get((label, field)) != actual:
                errors.append(f"README table '{label} by {field}' does not match data")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(data['Attacks'])} attacks, {len(data['Benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
