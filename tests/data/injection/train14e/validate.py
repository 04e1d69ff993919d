"""Check attacks.jsonl and benign.jsonl in this folder against README.md (stdlib only)."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks.jsonl": "t14e-a", "benign.jsonl": "t14e-b"}


def readme_counts(text):
    """Parse lines like `- attacks.jsonl: 365` and `| attacks | where | argument | 220 |`."""
    totals = {}
    for m in re.finditer(r"^- (attacks|benign)\.jsonl: (\d+)", text, re.M):
        totals[m.group(1)] = int(m.group(2))
    table = {}
    for m in re.finditer(
        r"^\| (attacks|benign) \| (category|lang|where) \| ([^|]+?) \| (\d+) \|$",
        text,
        re.M,
    ):
        table[(m.group(1), m.group(2), m.group(3))] = int(m.group(4))
    return totals, table


def main():
    errors = []
    seen_ids = set()
    seen_texts = {}
    counts = {}
    for name, prefix in FILES.items():
        kind = name.split(".")[0]
        rows = []
        path = HERE / name
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{n}"
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
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
                errors.append(f"{where}: id {obj['id']!r} must start with {prefix}")
            if obj["id"] in seen_ids:
                errors.append(f"{where}: duplicate id {obj['id']}")
            seen_ids.add(obj["id"])
            if obj["where"] not in WHERES:
                errors.append(f"{where}: invalid where {obj['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                errors.append(f"{where}: lang must be an ISO 639-1 code")
            key = obj["text"].strip()
            if key in seen_texts:
                errors.append(f"{where}: text duplicates {seen_texts[key]}")
            seen_texts[key] = where
            rows.append(obj)
        counts[kind] = rows

    totals, table = readme_counts((HERE / "README.md").read_text(encoding="utf-8"))
    for kind, rows in counts.items():
        if totals.get(kind) != len(rows):
            errors.append(f"README total for {kind}: {totals.get(kind)} != {len(rows)}")
        for field in ("category", "lang", "where"):
            actual = Counter(r[field] for r in rows)
            documented = {v: c for (k, f, v), c in table.items() if k == kind and f == field}
            if dict(actual) != documented:
                errors.append(f"README {kind}/{field} counts differ: {dict(actual)} vs {documented}")

    for e in errors:
        print(e)
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print(f"OK: {len(counts['attacks'])} attacks, {len(counts['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
