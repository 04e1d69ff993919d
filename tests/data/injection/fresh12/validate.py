"""Validate the fresh12 blind set: format, ids, uniqueness and README totals."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}


def load(name, prefix, errors):
    rows = []
    path = HERE / name
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{n}: bad JSON: {exc}")
            continue
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
            continue
        for key in FIELDS:
            if not isinstance(obj[key], str) or not obj[key].strip():
                errors.append(f"{name}:{n}: field {key!r} must be a non-empty string")
        if not re.fullmatch(prefix + r"-\d{3,}", str(obj["id"])):
            errors.append(f"{name}:{n}: id {obj['id']!r} lacks prefix {prefix}-")
        if obj["where"] not in WHERES:
            errors.append(f"{name}:{n}: bad where {obj['where']!r}")
        rows.append(obj)
    return rows


def main():
    errors = []
    attacks = load("attacks.jsonl", "ha", errors)
    benign = load("benign.jsonl", "hb", errors)
    for rows, name in ((attacks, "attacks"), (benign, "benign")):
        ids = [r["id"] for r in rows]
        if len(ids) != len(set(ids)):
            errors.append(f"{name}: duplicate ids")
    seen = {}
    for r in attacks + benign:
        key = str(r["text"]).strip()
        if key in seen:
            errors.append(f"duplicate text: {seen[key]} and {r['id']}")
        seen[key] = r["id"]
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    m_a = re.search(r"attacks\.jsonl \((\d+) texts\)", readme)
    m_b = re.search(r"benign\.jsonl \((\d+) texts\)", readme)
    if not m_a or int(m_a.group(1)) != len(attacks):
        errors.append(f"README attack total does not match {len(attacks)}")
    if not m_b or int(m_b.group(1)) != len(benign):
        errors.append(f"README benign total does not match {len(benign)}")
    for e in errors:
        print("ERROR:", e)
    print(f"attacks={len(attacks)} benign={len(benign)} errors={len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
