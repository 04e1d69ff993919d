"""Check train13b/attacks.jsonl and benign.jsonl against the format and README counts.

Stdlib only. Exit status 0 when everything checks out, 1 otherwise.
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FILES = {"attacks": "t13b-a", "benign": "t13b-b"}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
ROW = re.compile(r"^\| (attacks|benign) \| (total|category|lang|where) \| ([^|]*?) \| (\d+) \|$")


def load(name, prefix, errors):
    rows = []
    path = HERE / f"{name}.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
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
            errors.append(f"{where}: lang {obj['lang']!r} is not ISO 639-1")
        rows.append(obj)
    return rows


def counts(name, rows):
    out = {(name, "total", ""): len(rows)}
    for field in ("category", "lang", "where"):
        for value, c in collections.Counter(r[field] for r in rows).items():
            out[(name, field, value)] = c
    return out


def main():
    errors = []
    data = {name: load(name, prefix, errors) for name, prefix in FILES.items()}
    ids = collections.Counter(r["id"] for rows in data.values() for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    texts = collections.Counter(r["text"] for rows in data.values() for r in rows)
    errors += [f"duplicate text: {t[:60]!r}" for t, c in texts.items() if c > 1]

    readme = {}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        m = ROW.match(line.strip())
        if m:
            readme[(m.group(1), m.group(2), m.group(3).strip())] = int(m.group(4))
    actual = {}
    for name, rows in data.items():
        actual.update(counts(name, rows))
    if not readme:
        errors.append("README.md has no count table")
    for key in sorted(set(readme) | set(actual)):
        if readme.get(key) != actual.get(key):
            errors.append(f"count {key}: README {readme.get(key)}, files {actual.get(key)}")

    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
