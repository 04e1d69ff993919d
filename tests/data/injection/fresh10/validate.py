"""Validate the fresh10 blind set (stdlib only). Exit 1 on any error."""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}


def load(name, prefix, errors, seen_texts):
    rows = []
    ids = set()
    for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"{name}:{n}: empty line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{n}: bad JSON: {exc}")
            continue
        if not isinstance(obj, dict) or set(obj) != FIELDS:
            errors.append(f"{name}:{n}: fields must be exactly {sorted(FIELDS)}")
            continue
        for key in FIELDS:
            if not isinstance(obj[key], str) or not obj[key].strip():
                errors.append(f"{name}:{n}: field {key!r} must be a non-empty string")
        if not re.fullmatch(prefix + r"-\d{3,}", str(obj["id"])):
            errors.append(f"{name}:{n}: id {obj['id']!r} lacks prefix {prefix}-")
        if obj["id"] in ids:
            errors.append(f"{name}:{n}: duplicate id {obj['id']}")
        ids.add(obj["id"])
        if obj["where"] not in WHERES:
            errors.append(f"{name}:{n}: bad where {obj['where']!r}")
        if obj["text"] in seen_texts:
            errors.append(f"{name}:{n}: text duplicated ({seen_texts[obj['text']]})")
        else:
            seen_texts[obj["text"]] = f"{name}:{n}"
        rows.append(obj)
    return rows


def main():
    errors = []
    seen = {}
    attacks = load("attacks.jsonl", "ha", errors, seen)
    benign = load("benign.jsonl", "hb", errors, seen)
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    m = re.search(r"Totals: (\d+) attacks, (\d+) benign", readme)
    if not m:
        errors.append("README.md: no 'Totals: N attacks, M benign' line")
    else:
        if int(m.group(1)) != len(attacks):
            errors.append(f"README says {m.group(1)} attacks, file has {len(attacks)}")
        if int(m.group(2)) != len(benign):
            errors.append(f"README says {m.group(2)} benign, file has {len(benign)}")
    for e in errors:
        print("ERROR:", e)
    if errors:
        return 1
    print(f"ok: {len(attacks)} attacks, {len(benign)} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
