"""Check train13f/attacks.jsonl and benign.jsonl against README.md (stdlib only).

Exit status 0 when everything matches, 1 on any error.
"""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks.jsonl": "t13f-a", "benign.jsonl": "t13f-b"}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
ROW = re.compile(r"^\| (\S+\.jsonl) \| (\w+) \| ([^|]+?) \| (\d+) \|$")


def load(name, errors):
    records = []
    path = HERE / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(f"{name}: cannot read: {exc}")
        return records
    for n, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{n}: bad JSON: {exc}")
            continue
        if not isinstance(rec, dict) or set(rec) != FIELDS:
            errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
            continue
        bad = [k for k in FIELDS if not isinstance(rec[k], str) or not rec[k].strip()]
        if bad:
            errors.append(f"{name}:{n}: empty or non-string fields {sorted(bad)}")
            continue
        records.append(rec)
    return records


def readme_counts(errors):
    expected = collections.Counter()
    try:
        text = (HERE / "README.md").read_text(encoding="utf-8")
    except OSError as exc:
        errors.append(f"README.md: cannot read: {exc}")
        return expected
    for line in text.splitlines():
        m = ROW.match(line.strip())
        if m:
            expected[(m.group(1), m.group(2), m.group(3))] = int(m.group(4))
    if not expected:
        errors.append("README.md: no count table found")
    return expected


def main():
    errors = []
    expected = readme_counts(errors)
    actual = collections.Counter()
    ids = set()
    texts = {}
    for name, prefix in FILES.items():
        records = load(name, errors)
        actual[(name, "total", "all")] = len(records)
        for rec in records:
            rid = rec["id"]
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", rid):
                errors.append(f"{name}: id {rid!r} lacks prefix {prefix}")
            if rid in ids:
                errors.append(f"{name}: duplicate id {rid}")
            ids.add(rid)
            if rec["where"] not in WHERES:
                errors.append(f"{name}: {rid}: bad where {rec['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", rec["lang"]):
                errors.append(f"{name}: {rid}: lang {rec['lang']!r} is not ISO 639-1")
            key = rec["text"].strip()
            if key in texts:
                errors.append(f"{name}: {rid}: text duplicates {texts[key]}")
            texts[key] = rid
            for field in ("where", "lang", "category"):
                actual[(name, field, rec[field])] += 1
    for key in sorted(set(expected) | set(actual)):
        if expected.get(key, 0) != actual.get(key, 0):
            errors.append(f"count mismatch {key}: README {expected.get(key, 0)}, files {actual.get(key, 0)}")
    for err in errors:
        print("ERROR:", err)
    if errors:
        return 1
    print(f"ok: {actual[('attacks.jsonl', 'total', 'all')]} attacks, {actual[('benign.jsonl', 'total', 'all')]} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
