"""Check train14f: both JSONL files parse and agree with the README counts.

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
FILES = {"attacks": "t14f-a", "benign": "t14f-b"}


def main() -> int:
    errors = []
    texts = {}
    counts = collections.Counter()
    for name, prefix in FILES.items():
        path = HERE / f"{name}.jsonl"
        ids = set()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(f"{path.name}: cannot read: {exc}")
            continue
        for num, line in enumerate(lines, 1):
            where = f"{path.name}:{num}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON: {exc}")
                continue
            if not isinstance(row, dict) or set(row) != FIELDS:
                errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                continue
            if not all(isinstance(v, str) and v.strip() for v in row.values()):
                errors.append(f"{where}: every field must be a non-empty string")
                continue
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", row["id"]):
                errors.append(f"{where}: id {row['id']!r} lacks prefix {prefix}")
            if row["id"] in ids:
                errors.append(f"{where}: duplicate id {row['id']}")
            ids.add(row["id"])
            if row["where"] not in WHERES:
                errors.append(f"{where}: invalid where {row['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", row["lang"]):
                errors.append(f"{where}: lang {row['lang']!r} is not ISO 639-1")
            if row["text"] in texts:
                errors.append(f"{where}: text duplicates {texts[row['text']]}")
            else:
                texts[row["text"]] = where
            counts[f"{name}.total"] += 1
            for key in ("where", "lang", "category"):
                counts[f"{name}.{key}.{row[key]}"] += 1

    readme = (HERE / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```counts\n(.*?)```", readme, re.S)
    if not match:
        errors.append("README.md: no counts block")
    else:
        stated = {}
        for line in match.group(1).splitlines():
            key, _, value = line.partition(": ")
            stated[key] = int(value)
        for key in sorted(set(stated) | set(counts)):
            if stated.get(key, 0) != counts.get(key, 0):
                errors.append(f"README count {key}: stated {stated.get(key, 0)}, found {counts.get(key, 0)}")

    for err in errors:
        print(err, file=sys.stderr)
    if errors:
        print(f"FAILED: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print(f"ok: {counts['attacks.total']} attacks, {counts['benign.total']} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
