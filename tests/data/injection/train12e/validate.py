"""Validate the train12e training texts (stdlib only).

Checks that attacks.jsonl and benign.jsonl parse, that every record has exactly
the five fields as non-empty strings, that ids are unique with the right
prefixes, that "where" is valid, that no text repeats within or across files,
and that the counts match the JSON block in README.md. Exits 1 on any error.
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks.jsonl": "t12e-a", "benign.jsonl": "t12e-b"}


def load(name, prefix, errors, seen_ids, seen_texts):
    rows = []
    path = HERE / name
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{name}:{n}"
        if not line.strip():
            errors.append(f"{where}: empty line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON ({exc})")
            continue
        if not isinstance(rec, dict) or set(rec) != FIELDS:
            errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
            continue
        if not all(isinstance(v, str) and v.strip() for v in rec.values()):
            errors.append(f"{where}: every field must be a non-empty string")
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", rec["id"]):
            errors.append(f"{where}: bad id {rec['id']!r}")
        if rec["id"] in seen_ids:
            errors.append(f"{where}: duplicate id {rec['id']}")
        seen_ids.add(rec["id"])
        if rec["where"] not in WHERES:
            errors.append(f"{where}: bad where {rec['where']!r}")
        key = rec["text"].strip()
        if key in seen_texts:
            errors.append(f"{where}: text duplicates {seen_texts[key]}")
        else:
            seen_texts[key] = rec["id"]
        rows.append(rec)
    return rows


def counts(rows, key):
    return dict(collections.Counter(r[key] for r in rows))


def readme_counts(errors):
    text = (HERE / "README.md").read_text(encoding="utf-8")
    match = re.search(r"```json\n(.*?)\n```", text, re.S)
    if not match:
        errors.append("README.md: no ```json counts block")
        return None
    try:
        return json.loads(match.group(1))
    except json.JSONDecodeError as exc:
        errors.append(f"README.md: bad counts block ({exc})")
        return None


def main():
    errors = []
    seen_ids, seen_texts = set(), {}
    data = {n: load(n, p, errors, seen_ids, seen_texts) for n, p in FILES.items()}
    expected = readme_counts(errors)
    if expected is not None:
        for name, rows in data.items():
            exp = expected.get(name, {})
            if exp.get("total") != len(rows):
                errors.append(f"{name}: total {len(rows)} != README {exp.get('total')}")
            for key in ("where", "lang", "category"):
                if exp.get(key) != counts(rows, key):
                    errors.append(f"{name}: {key} counts differ from README")
    for err in errors:
        print(err, file=sys.stderr)
    if errors:
        print(f"FAILED: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print(", ".join(f"{n}: {len(r)}" for n, r in data.items()) + " - OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
