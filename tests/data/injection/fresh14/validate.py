"""Validate the fresh14 blind set (stdlib only). Exit 1 on any error."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks.jsonl": ("ha-", "attacks"), "benign.jsonl": ("hb-", "benign")}


def main() -> int:
    errors = []
    seen_ids = set()
    seen_texts = {}
    counts = {}
    for name, (prefix, label) in FILES.items():
        n = 0
        for lineno, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON ({exc})")
                continue
            if not isinstance(obj, dict) or set(obj) != FIELDS:
                errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                continue
            if not all(isinstance(obj[k], str) and obj[k].strip() for k in FIELDS):
                errors.append(f"{where}: every field must be a non-empty string")
                continue
            n += 1
            if not re.fullmatch(re.escape(prefix) + r"\d{3}", obj["id"]):
                errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}NNN")
            if obj["id"] in seen_ids:
                errors.append(f"{where}: duplicate id {obj['id']}")
            seen_ids.add(obj["id"])
            if obj["where"] not in WHERES:
                errors.append(f"{where}: bad where {obj['where']!r}")
            key = obj["text"].strip()
            if key in seen_texts:
                errors.append(f"{where}: text duplicates {seen_texts[key]}")
            else:
                seen_texts[key] = where
        counts[label] = n
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for label, n in counts.items():
        m = re.search(rf"^Total {label}: (\d+)$", readme, re.MULTILINE)
        if not m:
            errors.append(f"README.md: no 'Total {label}: N' line")
        elif int(m.group(1)) != n:
            errors.append(f"README.md: Total {label} {m.group(1)} != {n}")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"attacks={counts.get('attacks')} benign={counts.get('benign')} errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
