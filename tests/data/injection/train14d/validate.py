"""Check attacks.jsonl and benign.jsonl of train14d against the rules and README counts.

Stdlib only. Exit status 1 on any error.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "t14d-a"), "benign": ("benign.jsonl", "t14d-b")}


def load(name, prefix, errors, seen_ids, seen_texts):
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
        if not all(isinstance(v, str) and v.strip() for v in obj.values()):
            errors.append(f"{where}: every field must be a non-empty string")
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
            errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
        if obj["id"] in seen_ids:
            errors.append(f"{where}: duplicate id {obj['id']}")
        seen_ids.add(obj["id"])
        if obj["where"] not in WHERES:
            errors.append(f"{where}: bad where {obj['where']!r}")
        if obj["text"] in seen_texts:
            errors.append(f"{where}: text duplicated (also {seen_texts[obj['text']]})")
        seen_texts.setdefault(obj["text"], where)
        rows.append(obj)
    return rows


def readme_counts(errors):
    text = (HERE / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- counts -->\s*```json\s*(\{.*?\})\s*```", text, re.S)
    if not m:
        errors.append("README.md: counts block not found")
        return None
    return json.loads(m.group(1))


def main():
    errors = []
    seen_ids, seen_texts = set(), {}
    actual = {}
    for key, (name, prefix) in FILES.items():
        rows = load(name, prefix, errors, seen_ids, seen_texts)
        actual[key] = {
            "total": len(rows),
            "where": dict(sorted(Counter(r["where"] for r in rows).items())),
            "category": dict(sorted(Counter(r["category"] for r in rows).items())),
            "lang": dict(sorted(Counter(r["lang"] for r in rows).items())),
        }
    expected = readme_counts(errors)
    if expected is not None and expected != actual:
        for key in actual:
            for field in actual[key]:
                if expected.get(key, {}).get(field) != actual[key][field]:
                    errors.append(f"README counts differ for {key}.{field}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {actual['attacks']['total']} attacks, {actual['benign']['total']} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
