#!/usr/bin/env python3
"""Check the fresh2 blind set: every line parses, fields are well-formed, ids and
texts are unique, and the per-category counts match the tables in README.md."""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
LANGS = {"en", "fr", "de", "es", "ru", "zh", "pt", "it", "ja"}


def main() -> int:
    errors = []
    ids, texts = set(), set()
    counts = collections.Counter()
    totals = collections.Counter()
    places = collections.Counter()
    langs = collections.Counter()
    for name, prefix in (("attacks", "f2a-"), ("benign", "f2b-")):
        for n, line in enumerate((HERE / f"{name}.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}.jsonl:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: does not parse: {e}")
                continue
            if set(row) != FIELDS:
                errors.append(f"{where}: fields {sorted(row)}")
                continue
            if not re.fullmatch(re.escape(prefix) + r"\d{3}", row["id"]):
                errors.append(f"{where}: bad id {row['id']!r}")
            if row["id"] in ids:
                errors.append(f"{where}: duplicate id {row['id']}")
            ids.add(row["id"])
            if not isinstance(row["text"], str) or not row["text"].strip():
                errors.append(f"{where}: empty text")
            elif row["text"] in texts:
                errors.append(f"{where}: duplicate text")
            texts.add(row["text"])
            if row["lang"] not in LANGS:
                errors.append(f"{where}: lang {row['lang']!r}")
            if row["where"] not in ("argument", "tool_result"):
                errors.append(f"{where}: where {row['where']!r}")
            counts[(name, row["category"])] += 1
            totals[name] += 1
            places[(name, row["where"])] += 1
            langs[row["lang"]] += 1

    readme = (HERE / "README.md").read_text(encoding="utf-8")
    table = {
        (m.group(1), m.group(2)): int(m.group(3))
        for m in re.finditer(r"^\| (attacks|benign) \| (\w+) \| (\d+) \|", readme, re.M)
    }
    if table != dict(counts):
        for key in sorted(set(table) | set(counts)):
            if table.get(key) != counts.get(key):
                errors.append(f"README count for {key}: {table.get(key)}, files: {counts.get(key)}")
    for name, label in (("attacks", "Attacks"), ("benign", "Benign")):
        m = re.search(rf"^{label}: (\d+) \((\d+) `argument`, (\d+) `tool_result`\)", readme, re.M)
        found = m and tuple(int(g) for g in m.groups())
        want = (totals[name], places[(name, "argument")], places[(name, "tool_result")])
        if found != want:
            errors.append(f"README total/argument/tool_result for {name}: {found}, files: {want}")
    m = re.search(r"^Languages, both files together: (.*)\.$", readme, re.M)
    found = m and {k: int(v) for k, v in re.findall(r"(\w+) (\d+)", m.group(1))}
    if found != dict(langs):
        errors.append(f"README languages: {found}, files: {dict(langs)}")

    for e in errors:
        print(e, file=sys.stderr)
    print(f"attacks {totals['attacks']}, benign {totals['benign']}, {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
