"""Validate train12f: attacks.jsonl and benign.jsonl against README.md (stdlib only)."""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "t12f-a"), "benign": ("benign.jsonl", "t12f-b")}


def load(name, prefix, errors):
    rows = []
    path = HERE / name
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{name}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            if not isinstance(obj, dict) or set(obj) != FIELDS:
                errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                continue
            for k in FIELDS:
                if not isinstance(obj[k], str) or not obj[k].strip():
                    errors.append(f"{where}: field {k!r} must be a non-empty string")
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", str(obj["id"])):
                errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
            if obj["where"] not in WHERES:
                errors.append(f"{where}: bad where {obj['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", str(obj["lang"])):
                errors.append(f"{where}: lang {obj['lang']!r} is not ISO 639-1")
            rows.append(obj)
    return rows


def readme_tables(text):
    """Return {section: {key: (attacks, benign)}} and totals from README tables."""
    tables, totals, section = {}, {}, None
    for line in text.splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
            continue
        m = re.fullmatch(r"\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|", line)
        if m and section:
            tables.setdefault(section, {})[m.group(1)] = (int(m.group(2)), int(m.group(3)))
            continue
        m = re.fullmatch(r"\|\s*(attacks|benign)\s*\|\s*(\d+)\s*\|", line)
        if m and section == "Totals":
            totals[m.group(1)] = int(m.group(2))
    return tables, totals


def main():
    errors = []
    data = {k: load(fn, p, errors) for k, (fn, p) in FILES.items()}
    ids, texts = collections.Counter(), collections.Counter()
    for rows in data.values():
        for r in rows:
            ids[r.get("id")] += 1
            texts[r.get("text")] += 1
    errors += [f"duplicate id {i!r}" for i, c in ids.items() if c > 1]
    errors += [f"duplicate text {t[:60]!r}" for t, c in texts.items() if c > 1]

    tables, totals = readme_tables((HERE / "README.md").read_text(encoding="utf-8"))
    for k, rows in data.items():
        if totals.get(k) != len(rows):
            errors.append(f"README total for {k} is {totals.get(k)}, file has {len(rows)}")
    for section, field in (("By where", "where"), ("By language", "lang"), ("By category", "category")):
        want = tables.get(section)
        if not want:
            errors.append(f"README lacks table {section!r}")
            continue
        ca = collections.Counter(r[field] for r in data["attacks"])
        cb = collections.Counter(r[field] for r in data["benign"])
        got = {key: (ca.get(key, 0), cb.get(key, 0)) for key in set(ca) | set(cb)}
        want = {key: v for key, v in want.items() if key != field}
        if got != want:
            errors.append(f"README table {section!r} does not match the files")

    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
