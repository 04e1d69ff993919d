"""Check the fresh11 blind set: format, ids, uniqueness and README totals.

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
        for lineno, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON ({exc})")
                continue
            n += 1
            if not isinstance(rec, dict) or set(rec) != FIELDS:
                errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                continue
            for key in FIELDS:
                if not isinstance(rec[key], str) or not rec[key].strip():
                    errors.append(f"{where}: {key} must be a non-empty string")
            if not rec["id"].startswith(prefix):
                errors.append(f"{where}: id {rec['id']!r} lacks prefix {prefix}")
            if rec["id"] in ids:
                errors.append(f"{where}: duplicate id {rec['id']}")
            ids.add(rec["id"])
            if rec["where"] not in WHERES:
                errors.append(f"{where}: bad where {rec['where']!r}")
            text = rec["text"]
            if text in seen_text:
                errors.append(f"{where}: text duplicates {seen_text[text]}")
            else:
                seen_text[text] = where
        counts[name] = n
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for name, n in counts.items():
        m = re.search(rf"^- {re.escape(name)}: (\d+) texts$", readme, re.MULTILINE)
        if not m:
            errors.append(f"README.md: no total line for {name}")
        elif int(m.group(1)) != n:
            errors.append(f"README.md: {name} total {m.group(1)} != {n} in file")
    for err in errors:
        print(err, file=sys.stderr)
    if errors:
        return 1
    print(f"ok: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
