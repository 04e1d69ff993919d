"""Validate the train13d training texts (stdlib only). Exit 1 on any error."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks.jsonl": "t13d-a", "benign.jsonl": "t13d-b"}


def main() -> int:
    errors = []
    seen_ids = set()
    seen_texts = {}
    counts = {}
    for name, prefix in FILES.items():
        path = HERE / name
        n = arg = tool = 0
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
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
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", row["id"]):
                errors.append(f"{where}: id {row['id']!r} lacks prefix {prefix}")
            if row["id"] in seen_ids:
                errors.append(f"{where}: duplicate id {row['id']}")
            seen_ids.add(row["id"])
            if row["where"] not in WHERES:
                errors.append(f"{where}: bad where {row['where']!r}")
            if row["text"] in seen_texts:
                errors.append(f"{where}: text duplicates {seen_texts[row['text']]}")
            seen_texts[row["text"]] = where
            n += 1
            arg += row["where"] == "argument"
            tool += row["where"] == "tool_result"
        counts[name] = (n, arg, tool)

    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for name, (n, arg, tool) in counts.items():
        expected = f"- {name}: {n} (argument {arg}, tool_result {tool})"
        if expected not in readme:
            errors.append(f"README.md: missing or wrong count line {expected!r}")

    for err in errors:
        print(err, file=sys.stderr)
    if errors:
        return 1
    for name, (n, arg, tool) in counts.items():
        print(f"{name}: {n} rows (argument {arg}, tool_result {tool}) OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
