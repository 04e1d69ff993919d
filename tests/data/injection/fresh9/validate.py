"""Validate the fresh9 blind set: format, ids, uniqueness and README totals.

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
            bad = [k for k in FIELDS if not isinstance(obj[k], str) or not obj[k].strip()]
            if bad:
                errors.append(f"{where}: empty or non-string fields {sorted(bad)}")
                continue
            n += 1
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix!r}")
            if obj["id"] in seen_ids:
                errors.append(f"{where}: duplicate id {obj['id']!r}")
            seen_ids.add(obj["id"])
            if obj["where"] not in WHERES:
                errors.append(f"{where}: invalid where {obj['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                errors.append(f"{where}: lang {obj['lang']!r} is not ISO 639-1")
            key = obj["text"].strip()
            if key in seen_texts:
                errors.append(f"{where}: text duplicates {seen_texts[key]}")
            else:
                seen_texts[key] = where
        counts[name] = n
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for name, label in (("attacks.jsonl", "attacks"), ("benign.jsonl", "benign")):
        m = re.search(r"Total " + label + r": (\d+)", readme)
        if not m:
            errors.append(f"README.md: no 'Total {label}: N' line")
        elif int(m.group(1)) != counts.get(name):
            errors.append(f"README.md: {label} total {m.group(1)} != {counts.get(name)} in {name}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"OK: {counts['attacks.jsonl']} attacks, {counts['benign.jsonl']} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
