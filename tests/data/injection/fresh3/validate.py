#!/usr/bin/env python3
"""Validate the fresh3 blind set: parsing, fields, unique ids, counts vs README.

Does not run the scanner (the set is for evaluation only, never for tuning).
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
LANGS = {"en", "fr", "de", "es", "ru", "zh", "pt", "it", "ja", "mixed"}
WHERE = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "fa-"), "benign": ("benign.jsonl", "fb-")}


def main() -> int:
    errors = []
    ids = set()
    texts = set()
    counts = {k: collections.Counter() for k in FILES}
    for key, (name, prefix) in FILES.items():
        for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                errors.append(f"{name}:{n}: does not parse: {e}")
                continue
            if set(obj) != {"id", "text", "category", "lang", "where"}:
                errors.append(f"{name}:{n}: fields {sorted(obj)}")
                continue
            if not re.fullmatch(re.escape(prefix) + r"\d{3}", obj["id"]):
                errors.append(f"{name}:{n}: bad id {obj['id']!r}")
            if obj["id"] in ids:
                errors.append(f"{name}:{n}: duplicate id {obj['id']}")
            ids.add(obj["id"])
            if not isinstance(obj["text"], str) or not obj["text"].strip():
                errors.append(f"{name}:{n}: empty text")
            elif obj["text"] in texts:
                errors.append(f"{name}:{n}: duplicate text")
            texts.add(obj["text"])
            if obj["lang"] not in LANGS:
                errors.append(f"{name}:{n}: lang {obj['lang']!r}")
            if obj["where"] not in WHERE:
                errors.append(f"{name}:{n}: where {obj['where']!r}")
            counts[key][obj["category"]] += 1

    readme = {k: {} for k in FILES}
    for m in re.finditer(
        r"^\| (attacks|benign) \| ([^|]+?) \| (\d+) \|$", (HERE / "README.md").read_text(encoding="utf-8"), re.M
    ):
        readme[m.group(1)][m.group(2).strip()] = int(m.group(3))
    for key in FILES:
        total = readme[key].pop("**total**", None)
        if dict(counts[key]) != readme[key]:
            errors.append(f"{key}: counts {dict(counts[key])} != README {readme[key]}")
        if total != sum(counts[key].values()):
            errors.append(f"{key}: total {sum(counts[key].values())} != README {total}")
        print(f"{key}: {sum(counts[key].values())} texts, {len(counts[key])} categories")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
