"""Validate the fresh13 blind set: attacks.jsonl, benign.jsonl and README totals.

Stdlib only. Exit status 1 on any error.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks.jsonl": "ha-", "benign.jsonl": "hb-"}


def main() -> int:
    errors = []
    counts = {}
    seen_text = {}
    for name, prefix in FILES.items():
        ids = set()
        n = 0
        path = HERE / name
        with path.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                where = f"{name}:{lineno}"
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{where}: bad JSON ({exc})")
                    continue
                if not isinstance(row, dict) or set(row) != FIELDS:
                    errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                    continue
                if not all(isinstance(v, str) and v.strip() for v in row.values()):
                    errors.append(f"{where}: every field must be a non-empty string")
                    continue
                n += 1
                if not re.fullmatch(re.escape(prefix) + r"\d{3,}", row["id"]):
                    errors.append(f"{where}: id {row['id']!r} lacks prefix {prefix}")
                if row["id"] in ids:
                    errors.append(f"{where}: duplicate id {row['id']}")
                ids.add(row["id"])
                if row["where"] not in WHERES:
                    errors.append(f"{where}: bad where {row['where']!r}")
                if row["text"] in seen_text:
                    errors.append(f"{where}: text duplicates {seen_text[row['text']]}")
                else:
                    seen_text[row["text"]] = where
        counts[name] = n
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    m = re.search(r"Totals: attacks\.jsonl (\d+), benign\.jsonl (\d+)\.", readme)
    if not m:
        errors.append("README.md: totals line not found")
    else:
        want = {"attacks.jsonl": int(m.group(1)), "benign.jsonl": int(m.group(2))}
        for name, n in want.items():
            if counts.get(name) != n:
                errors.append(f"{name}: {counts.get(name)} rows, README says {n}")
    for err in errors:
        print(err)
    if errors:
        return 1
    print(f"ok: {counts['attacks.jsonl']} attacks, {counts['benign.jsonl']} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
