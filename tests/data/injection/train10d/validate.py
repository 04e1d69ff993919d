#!/usr/bin/env python3
"""Check attacks.jsonl and benign.jsonl in this folder against README.md (stdlib only)."""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FILES = {"attacks": ("attacks.jsonl", "t10d-a"), "benign": ("benign.jsonl", "t10d-b")}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
COUNT_LINE = re.compile(r"^(attacks|benign) (total|where|category|lang)(?: (\S+))? (\d+)$")


def main() -> int:
    errors = []
    ids = set()
    texts = {}
    actual = collections.Counter()
    for name, (fname, prefix) in FILES.items():
        path = HERE / fname
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{fname}:{n}"
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
            if obj["where"] not in WHERES:
                errors.append(f"{where}: bad where {obj['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                errors.append(f"{where}: lang {obj['lang']!r} is not a two-letter code")
            if obj["text"] in texts:
                errors.append(f"{where}: text duplicates {texts[obj['text']]}")
            texts[obj["text"]] = where
            actual[(name, "total", None)] += 1
            actual[(name, "where", obj["where"])] += 1
            actual[(name, "category", obj["category"])] += 1
            actual[(name, "lang", obj["lang"])] += 1
    claimed = collections.Counter()
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        m = COUNT_LINE.match(line.strip())
        if m:
            claimed[(m.group(1), m.group(2), m.group(3))] = int(m.group(4))
    if not claimed:
        errors.append("README.md: no count lines found")
    for key in sorted(set(actual) | set(claimed), key=str):
        if actual[key] != claimed[key]:
            errors.append(f"README.md: {key} says {claimed[key]}, files have {actual[key]}")
    for e in errors:
        print(e)
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print(f"OK: {actual[('attacks', 'total', None)]} attacks, {actual[('benign', 'total', None)]} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
