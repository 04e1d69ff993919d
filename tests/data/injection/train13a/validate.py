"""Check train13a/attacks.jsonl and benign.jsonl against each other and README.md."""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": "t13a-a", "benign": "t13a-b"}


def main() -> int:
    errors = []
    texts = {}
    ids = set()
    counts = collections.Counter()
    totals = {}
    for name, prefix in FILES.items():
        path = HERE / f"{name}.jsonl"
        n = 0
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{lineno}"
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
            if not re.fullmatch(r"[a-z]{2}", row["lang"]):
                errors.append(f"{where}: bad lang {row['lang']!r}")
            if row["text"] in texts:
                errors.append(f"{where}: text duplicates {texts[row['text']]}")
            texts[row["text"]] = where
            for field in ("where", "lang", "category"):
                counts[(name, field, row[field])] += 1
        totals[name] = n
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    for name, n in totals.items():
        m = re.search(rf"^- {name}\.jsonl: (\d+)$", readme, re.M)
        if not m or int(m.group(1)) != n:
            errors.append(f"README total for {name} does not match {n}")
    table = collections.Counter()
    for m in re.finditer(r"^\| (attacks|benign) \| (\w+) \| ([^|]+?) \| (\d+) \|$", readme, re.M):
        table[(m.group(1), m.group(2), m.group(3))] = int(m.group(4))
    if table != counts:
        diff = set(table.items()) ^ set(counts.items())
        errors.append(f"README count table differs from the files: {sorted(diff)[:10]}")
    for err in errors:
        print(err, file=sys.stderr)
    if errors:
        return 1
    print(f"ok: {totals['attacks']} attacks, {totals['benign']} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
