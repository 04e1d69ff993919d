"""Check train10b/attacks.jsonl and benign.jsonl against README.md (stdlib only)."""

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks.jsonl": "t10b-a", "benign.jsonl": "t10b-b"}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}


def readme_counts():
    counts, current = {}, None
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        head = re.match(r"^### (\S+\.jsonl)\s*$", line)
        if head:
            current = head.group(1)
            counts[current] = {}
            continue
        item = re.match(r"^- (total|(?:where|lang|category)/\S+): (\d+)\s*$", line)
        if item and current:
            counts[current][item.group(1)] = int(item.group(2))
    return counts


def main():
    errors = []
    seen_ids, seen_texts = set(), {}
    expected = readme_counts()
    for name, prefix in FILES.items():
        got = collections.Counter()
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
                errors.append(f"{where}: invalid where {obj['where']!r}")
            if obj["text"] in seen_texts:
                errors.append(f"{where}: text duplicates {seen_texts[obj['text']]}")
            seen_texts[obj["text"]] = where
            got["total"] += 1
            for field in ("where", "lang", "category"):
                got[f"{field}/{obj[field]}"] += 1
        if dict(got) != expected.get(name):
            errors.append(f"{name}: counts differ from README.md")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(seen_ids)} texts, counts match README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
