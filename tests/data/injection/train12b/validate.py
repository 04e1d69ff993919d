"""Validate train12b: attacks.jsonl, benign.jsonl and the counts in README.md.

Stdlib only. Exit status 0 when everything checks out, 1 otherwise.
"""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks": "t12b-a", "benign": "t12b-b"}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERE = {"argument", "tool_result"}
ROW = re.compile(r"^\| (attacks|benign) \| (where|category|lang) \| (\S+) \| (\d+) \|$")
TOTAL = re.compile(r"^\| (attacks|benign) \| (\d+) \|$")


def main() -> int:
    errors = []
    rows = {}
    ids = set()
    texts = {}
    for name, prefix in FILES.items():
        rows[name] = []
        path = HERE / f"{name}.jsonl"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}.jsonl:{n}"
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
            if obj["id"] in ids:
                errors.append(f"{where}: duplicate id {obj['id']}")
            ids.add(obj["id"])
            if obj["where"] not in WHERE:
                errors.append(f"{where}: bad where {obj['where']!r}")
            if obj["text"] in texts:
                errors.append(f"{where}: text duplicates {texts[obj['text']]}")
            texts.setdefault(obj["text"], where)
            rows[name].append(obj)

    expected = {}
    totals = {}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            expected[(m[1], m[2], m[3])] = int(m[4])
        m = TOTAL.match(line)
        if m:
            totals[m[1]] = int(m[2])
    actual = {}
    for name, objs in rows.items():
        if totals.get(name) != len(objs):
            errors.append(f"README total for {name}: {totals.get(name)} != {len(objs)}")
        for key in ("where", "category", "lang"):
            for value, count in collections.Counter(o[key] for o in objs).items():
                actual[(name, key, value)] = count
    for k in sorted(set(expected) | set(actual)):
        if expected.get(k) != actual.get(k):
            errors.append(f"README count {k}: {expected.get(k)} != actual {actual.get(k)}")

    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print(f"FAIL: {len(errors)} error(s)", file=sys.stderr)
        return 1
    print(f"OK: {len(rows['attacks'])} attacks, {len(rows['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
