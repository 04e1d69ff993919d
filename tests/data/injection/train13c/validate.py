"""Validate train13c: attacks.jsonl and benign.jsonl against README.md (stdlib only)."""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERE = {"argument", "tool_result"}
FILES = {"attacks": "t13c-a", "benign": "t13c-b"}
ROW = re.compile(r"^\|\s*(attacks|benign)\s*\|\s*(where|lang|category)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|$")


def main() -> int:
    errors = []
    texts = {}
    counts = {}
    for name, prefix in FILES.items():
        path = HERE / f"{name}.jsonl"
        ids = set()
        counter = collections.Counter()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            errors.append(f"{path.name}: {exc}")
            continue
        for n, line in enumerate(lines, 1):
            where = f"{path.name}:{n}"
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
                errors.append(f"{where}: invalid where {obj['where']!r}")
            if obj["text"] in texts:
                errors.append(f"{where}: text duplicates {texts[obj['text']]}")
            else:
                texts[obj["text"]] = where
            for field in ("where", "lang", "category"):
                counter[(field, obj[field])] += 1
        counts[name] = counter
    readme = collections.defaultdict(collections.Counter)
    try:
        for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
            m = ROW.match(line.strip())
            if m:
                readme[m.group(1)][(m.group(2), m.group(3))] = int(m.group(4))
    except OSError as exc:
        errors.append(f"README.md: {exc}")
    for name in FILES:
        if counts.get(name, collections.Counter()) != readme.get(name, collections.Counter()):
            errors.append(f"README.md: counts for {name} do not match the data")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    total = {k: sum(v for (f, _), v in c.items() if f == "where") for k, c in counts.items()}
    print(f"OK: {total.get('attacks', 0)} attacks, {total.get('benign', 0)} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
