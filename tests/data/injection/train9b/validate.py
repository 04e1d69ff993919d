"""Validate train9b: both JSONL files parse, fields are right, counts match README.

Stdlib only. Exit status 0 when everything checks out, 1 on any error.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks": ("attacks.jsonl", "t9b-a"), "benign": ("benign.jsonl", "t9b-b")}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}


def load(path, prefix, errors):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{path.name}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON: {e}")
                continue
            if not isinstance(obj, dict) or set(obj) != FIELDS:
                errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                continue
            bad = [k for k in FIELDS if not isinstance(obj[k], str) or not obj[k].strip()]
            if bad:
                errors.append(f"{where}: non-string or empty fields {sorted(bad)}")
                continue
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
            if obj["where"] not in WHERES:
                errors.append(f"{where}: invalid where {obj['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                errors.append(f"{where}: lang {obj['lang']!r} is not ISO 639-1")
            rows.append(obj)
    return rows


def counts(rows):
    return {
        "total": len(rows),
        "where": dict(Counter(r["where"] for r in rows)),
        "lang": dict(Counter(r["lang"] for r in rows)),
        "category": dict(Counter(r["category"] for r in rows)),
    }


def readme_counts(errors):
    text = (HERE / "README.md").read_text(encoding="utf-8")
    m = re.search(r"```json\n(.*?)\n```", text, re.S)
    if not m:
        errors.append("README.md: no machine-readable counts block")
        return None
    return json.loads(m.group(1))


def main():
    errors = []
    data = {name: load(HERE / fn, prefix, errors) for name, (fn, prefix) in FILES.items()}
    ids = Counter(r["id"] for rows in data.values() for r in rows)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    texts = Counter(r["text"] for rows in data.values() for r in rows)
    errors += [f"duplicate text: {t[:60]!r}" for t, c in texts.items() if c > 1]
    expected = readme_counts(errors)
    if expected is not None:
        for name, rows in data.items():
            if counts(rows) != expected.get(name):
                errors.append(f"README counts for {name} do not match the file")
            if len(rows) < 300:
                errors.append(f"{name}: only {len(rows)} rows, need at least 300")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print({name: len(rows) for name, rows in data.items()}, "OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
