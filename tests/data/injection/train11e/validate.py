"""Validate train11e: attacks.jsonl, benign.jsonl and the counts in README.md."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "t11e-a"), "benign": ("benign.jsonl", "t11e-b")}


def main() -> int:
    errors = []
    seen_ids = set()
    seen_texts = {}
    counts = {}
    for name, (fname, prefix) in FILES.items():
        recs = []
        path = HERE / fname
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{fname}:{n}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON ({exc})")
                continue
            if not isinstance(rec, dict) or set(rec) != FIELDS:
                errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                continue
            if not all(isinstance(v, str) and v.strip() for v in rec.values()):
                errors.append(f"{where}: all fields must be non-empty strings")
                continue
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", rec["id"]):
                errors.append(f"{where}: id {rec['id']!r} lacks prefix {prefix}")
            if rec["id"] in seen_ids:
                errors.append(f"{where}: duplicate id {rec['id']}")
            seen_ids.add(rec["id"])
            if rec["where"] not in WHERES:
                errors.append(f"{where}: bad where {rec['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", rec["lang"]):
                errors.append(f"{where}: bad lang {rec['lang']!r}")
            if rec["text"] in seen_texts:
                errors.append(f"{where}: text duplicates {seen_texts[rec['text']]}")
            seen_texts[rec["text"]] = where
            recs.append(rec)
        counts[f"{name}.total"] = len(recs)
        for key in ("where", "lang", "category"):
            for k, v in Counter(r[key] for r in recs).items():
                counts[f"{name}.{key}.{k}"] = v
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```counts\n(.*?)```", readme, re.S)
    if not block:
        errors.append("README.md: no counts block")
    else:
        stated = {}
        for line in block.group(1).splitlines():
            key, _, val = line.partition(": ")
            stated[key.strip()] = int(val)
        if stated != counts:
            for key in sorted(set(stated) | set(counts)):
                if stated.get(key) != counts.get(key):
                    errors.append(f"README count {key}: stated {stated.get(key)}, actual {counts.get(key)}")
    for err in errors:
        print(err, file=sys.stderr)
    if errors:
        return 1
    print(f"ok: {counts['attacks.total']} attacks, {counts['benign.total']} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
