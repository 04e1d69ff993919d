"""Check train20a: both JSONL files parse, fields, ids, where, duplicates, README counts."""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "t20a-a"), "benign": ("benign.jsonl", "t20a-b")}


def load(name, prefix, errors, seen_ids, seen_texts):
    rows = []
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
        if not all(isinstance(obj[k], str) and obj[k].strip() for k in FIELDS):
            errors.append(f"{where}: every field must be a non-empty string")
            continue
        if not re.fullmatch(re.escape(prefix) + r"\d{3,}", obj["id"]):
            errors.append(f"{where}: id {obj['id']!r} lacks prefix {prefix}")
        if obj["id"] in seen_ids:
            errors.append(f"{where}: duplicate id {obj['id']}")
        seen_ids.add(obj["id"])
        if obj["where"] not in WHERES:
            errors.append(f"{where}: bad where {obj['where']!r}")
        if not re.fullmatch(r"[a-z]{2}", obj["lang"]):
            errors.append(f"{where}: bad lang {obj['lang']!r}")
        if obj["text"] in seen_texts:
            errors.append(f"{where}: text duplicated (also {seen_texts[obj['text']]})")
        seen_texts.setdefault(obj["text"], where)
        rows.append(obj)
    return rows


def counts(rows):
    def tally(key):
        return dict(sorted(collections.Counter(r[key] for r in rows).items()))

    return {"total": len(rows), "category": tally("category"), "lang": tally("lang"), "where": tally("where")}


def main():
    errors = []
    seen_ids, seen_texts = set(), {}
    got = {}
    for side, (name, prefix) in FILES.items():
        got[side] = counts(load(name, prefix, errors, seen_ids, seen_texts))
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    m = re.search(r"```json\n(.*?)\n```", readme, re.S)
    if not m:
        errors.append("README.md: no ```json counts block")
    elif json.loads(m.group(1)) != got:
        errors.append("README.md: counts block does not match the files")
    for e in errors:
        print(e)
    if errors:
        return 1
    print(f"ok: {got['attacks']['total']} attacks, {got['benign']['total']} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
