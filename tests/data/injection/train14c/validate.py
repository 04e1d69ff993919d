"""Check attacks.jsonl and benign.jsonl in this folder against README.md.

Stdlib only. Exits 1 on any error.
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "t14c-a"), "benign": ("benign.jsonl", "t14c-b")}


def load(name, prefix, errors):
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
        if not all(isinstance(v, str) and v.strip() for v in obj.values()):
            errors.append(f"{where}: every field must be a non-empty string")
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
            errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
        if obj["where"] not in WHERES:
            errors.append(f"{where}: bad where {obj['where']!r}")
        if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
            errors.append(f"{where}: bad lang {obj['lang']!r}")
        rows.append(obj)
    return rows


def readme_tables(errors):
    """Return {field: {key: (attacks, benign)}} and the stated totals."""
    text = (HERE / "README.md").read_text(encoding="utf-8")
    tables = {}
    for field in ("where", "lang", "category"):
        m = re.search(
            rf"### By {field}\n\n\| {field} \| attacks \| benign \|\n\|---\|---\|---\|\n((?:\|.*\|\n)+)", text
        )
        if not m:
            errors.append(f"README.md: table 'By {field}' not found")
            continue
        table = {}
        for row in m.group(1).splitlines():
            key, a, b = (c.strip() for c in row.strip("|").split("|"))
            table[key] = (int(a), int(b))
        tables[field] = table
    totals = {}
    for kind in FILES:
        m = re.search(rf"^- {kind}: (\d+)$", text, re.M)
        if not m:
            errors.append(f"README.md: total for {kind} not found")
        else:
            totals[kind] = int(m.group(1))
    return tables, totals


def main():
    errors = []
    data = {kind: load(fn, pre, errors) for kind, (fn, pre) in FILES.items()}
    ids = collections.Counter(r["id"] for rows in data.values() for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    texts = collections.Counter(r["text"] for rows in data.values() for r in rows)
    errors += [f"duplicate text {t[:60]!r}" for t, c in texts.items() if c > 1]
    tables, totals = readme_tables(errors)
    for kind, rows in data.items():
        if kind in totals and totals[kind] != len(rows):
            errors.append(f"{kind}: README says {totals[kind]}, file has {len(rows)}")
    for field, table in tables.items():
        got = {}
        for col, kind in enumerate(FILES):
            for key, n in collections.Counter(r[field] for r in data[kind]).items():
                got.setdefault(key, [0, 0])[col] = n
        got = {k: tuple(v) for k, v in got.items()}
        if got != table:
            for key in sorted(set(got) | set(table)):
                if got.get(key, (0, 0)) != table.get(key, (0, 0)):
                    errors.append(f"README by {field}, {key}: says {table.get(key)}, files {got.get(key)}")
    for e in errors:
        print(e)
    if errors:
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
