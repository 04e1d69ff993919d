#!/usr/bin/env python3
"""Check the fresh6 blind set: parse, fields, unique ids/texts, labels by file, counts vs README table."""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"attacks.jsonl": "fa", "benign.jsonl": "fb"}
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}


def main():
    errors, counts, ids, texts = [], Counter(), set(), set()
    for name, prefix in FILES.items():
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                where = f"{name}:{n}"
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    errors.append(f"{where}: bad JSON ({e})")
                    continue
                if not isinstance(obj, dict) or set(obj) != FIELDS:
                    errors.append(f"{where}: fields {sorted(obj) if isinstance(obj, dict) else type(obj)}")
                    continue
                if not all(isinstance(obj[k], str) and obj[k] for k in FIELDS):
                    errors.append(f"{where}: empty or non-string field")
                if not re.fullmatch(prefix + r"-\d{3}", obj["id"]):
                    errors.append(f"{where}: id {obj['id']!r} not {prefix}-NNN (wrong file for its label?)")
                if obj["id"] in ids:
                    errors.append(f"{where}: duplicate id {obj['id']}")
                ids.add(obj["id"])
                if obj["text"] in texts:
                    errors.append(f"{where}: duplicate text")
                texts.add(obj["text"])
                if obj["where"] not in WHERES:
                    errors.append(f"{where}: where={obj['where']!r}")
                if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
                    errors.append(f"{where}: lang={obj['lang']!r}")
                counts[(name, obj["category"])] += 1
                counts[(name, "where:" + obj["where"])] += 1
                counts[(name, "TOTAL")] += 1

    # README table rows: | file | category | count |
    table = Counter()
    with open(os.path.join(HERE, "README.md"), encoding="utf-8") as fh:
        for line in fh:
            m = re.fullmatch(
                r"\|\s*(attacks\.jsonl|benign\.jsonl)\s*\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*", line.rstrip("\n")
            )
            if m:
                table[(m.group(1), m.group(2))] = int(m.group(3))
    if not table:
        errors.append("README.md: no count table found")
    for key in set(table) | set(counts):
        if table.get(key) != counts.get(key):
            errors.append(f"count mismatch {key}: README {table.get(key)} vs data {counts.get(key)}")

    for e in errors:
        print("ERROR", e)
    for name in FILES:
        print(f"{name}: {counts[(name, 'TOTAL')]} lines, {counts[(name, 'where:tool_result')]} tool results")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
