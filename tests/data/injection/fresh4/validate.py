"""Check fresh4's JSONL files: every line parses, fields and ids are sound, counts match README.md."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}


def readme_tables() -> dict[str, dict[str, int]]:
    """Return {"attacks": {category: count}, "benign": {...}} from the README's two tables."""
    tables: dict[str, dict[str, int]] = {}
    current = None
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        head = re.match(r"^(Attacks|Benign) \((\d+)\):$", line)
        if head:
            current = head.group(1).lower()
            tables[current] = {}
            continue
        row = re.match(r"^\| ([a-z_]+) \| (\d+) \|$", line)
        if row and current:
            tables[current][row.group(1)] = int(row.group(2))
    return tables


def check(name: str, prefix: str, expected: dict[str, int], seen_ids: set[str]) -> list[str]:
    errors = []
    counts: Counter[str] = Counter()
    texts: set[str] = set()
    lines = (HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{n}: does not parse: {exc}")
            continue
        if set(obj) != FIELDS:
            errors.append(f"{name}:{n}: fields {sorted(obj)} != {sorted(FIELDS)}")
            continue
        if not re.fullmatch(prefix + r"-\d{3}", obj["id"]):
            errors.append(f"{name}:{n}: bad id {obj['id']!r}")
        if obj["id"] in seen_ids:
            errors.append(f"{name}:{n}: duplicate id {obj['id']}")
        seen_ids.add(obj["id"])
        if obj["where"] not in WHERES:
            errors.append(f"{name}:{n}: bad where {obj['where']!r}")
        if not obj["text"].strip():
            errors.append(f"{name}:{n}: empty text")
        if obj["text"] in texts:
            errors.append(f"{name}:{n}: duplicate text")
        texts.add(obj["text"])
        counts[obj["category"]] += 1
    if dict(counts) != expected:
        errors.append(f"{name}: counts {dict(counts)} != README {expected}")
    if len(lines) < 200:
        errors.append(f"{name}: only {len(lines)} lines")
    print(f"{name}: {len(lines)} lines, {len(counts)} categories")
    return errors


def main() -> int:
    tables = readme_tables()
    seen: set[str] = set()
    errors = check("attacks", "fa", tables.get("attacks", {}), seen)
    errors += check("benign", "fb", tables.get("benign", {}), seen)
    for error in errors:
        print(error, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
