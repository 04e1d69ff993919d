"""Validate the fresh8 blind prompt-injection set (stdlib only).

Usage: python validate.py  (exit code 1 on any error)
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
    seen_ids = set()
    seen_texts = {}
    counts = {}
    for name, prefix in FILES.items():
        path = HERE / name
        n = 0
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(f"{name}: cannot read: {exc}")
            continue
        for lineno, line in enumerate(lines, 1):
            where = f"{name}:{lineno}"
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
            for key in FIELDS:
                if not isinstance(obj[key], str) or not obj[key].strip():
                    errors.append(f"{where}: field {key!r} must be a non-empty string")
            if not isinstance(obj["id"], str) or not isinstance(obj["text"], str):
                continue
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
            if obj["id"] in seen_ids:
                errors.append(f"{where}: duplicate id {obj['id']}")
            seen_ids.add(obj["id"])
            if obj["where"] not in WHERES:
                errors.append(f"{where}: bad where {obj['where']!r}")
            if obj["text"] in seen_texts:
                errors.append(f"{where}: text duplicates {seen_texts[obj['text']]}")
            seen_texts[obj["text"]] = where
            n += 1
        counts[name] = n
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for name, label in (("attacks.jsonl", "attacks"), ("benign.jsonl", "benign")):
        m = re.search(rf"Total {label}: (\d+)", readme)
        if not m:
            errors.append(f"README.md: no 'Total {label}: N' line")
        elif int(m.group(1)) != counts.get(name, -1):
            errors.append(f"README.md says {m.group(1)} {label}, file has {counts.get(name)}")
    for err in errors:
        print("ERROR:", err)
    if errors:
        return 1
    print(f"OK: {counts['attacks.jsonl']} attacks, {counts['benign.jsonl']} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
