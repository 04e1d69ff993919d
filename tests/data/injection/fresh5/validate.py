"""Validate the fresh5 blind evaluation set: every line parses, ids are unique, counts match README.md."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = {"attacks": ("attacks.jsonl", "fa"), "benign": ("benign.jsonl", "fb")}
FIELDS = {"id", "text", "category", "lang", "where"}
LANGS = {"en", "fr", "de", "es", "ru", "zh", "pt", "it", "ja"}
WHERE = {"argument", "tool_result"}
ROW = re.compile(r"^\|\s*(attacks|benign)\s*\|\s*([\w*]+)\s*\|\s*(\d+)\s*\|\s*$")


def readme_counts() -> dict[str, Counter]:
    counts: dict[str, Counter] = {name: Counter() for name in FILES}
    for line in (HERE / "README.md").read_text(encoding="utf-8").splitlines():
        m = ROW.match(line)
        if m:
            counts[m.group(1)][m.group(2).strip("*")] = int(m.group(3))
    return counts


def main() -> int:
    errors: list[str] = []
    seen: set[str] = set()
    texts: set[str] = set()
    expected = readme_counts()
    for name, (filename, prefix) in FILES.items():
        found: Counter = Counter()
        for n, line in enumerate((HERE / filename).read_text(encoding="utf-8").splitlines(), 1):
            where = f"{filename}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: does not parse: {e}")
                continue
            if not isinstance(rec, dict) or set(rec) != FIELDS:
                errors.append(f"{where}: fields are {sorted(rec) if isinstance(rec, dict) else type(rec)}")
                continue
            if not re.fullmatch(prefix + r"-\d{3}", rec["id"]):
                errors.append(f"{where}: bad id {rec['id']!r}")
            if rec["id"] in seen:
                errors.append(f"{where}: duplicate id {rec['id']}")
            seen.add(rec["id"])
            if not isinstance(rec["text"], str) or not rec["text"].strip():
                errors.append(f"{where}: empty text")
            elif rec["text"] in texts:
                errors.append(f"{where}: duplicate text")
            texts.add(rec["text"])
            if rec["lang"] not in LANGS:
                errors.append(f"{where}: unknown lang {rec['lang']!r}")
            if rec["where"] not in WHERE:
                errors.append(f"{where}: bad where {rec['where']!r}")
            found[rec["category"]] += 1
        found["total"] = sum(found.values())
        if found != expected[name]:
            errors.append(f"{name}: counts {dict(found)} differ from README {dict(expected[name])}")
        if found["total"] < 200:
            errors.append(f"{name}: only {found['total']} texts, need at least 200")
        print(f"{name}: {found['total']} texts, {len(found) - 1} categories")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
