"""Check train10e/attacks.jsonl and train10e/benign.jsonl against README.md.

Stdlib only. Exits 1 on the first batch of errors, 0 when everything passes.
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
FIELDS = {"id", "text", "category", "lang", "where"}
WHERES = {"argument", "tool_result"}
FILES = {"attacks": ("attacks.jsonl", "t10e-a"), "benign": ("benign.jsonl", "t10e-b")}


def load(name, prefix, errors):
    records = []
    path = HERE / name
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            where = f"{name}:{lineno}"
            if not line.strip():
                errors.append(f"{where}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{where}: bad JSON: {exc}")
                continue
            if not isinstance(rec, dict) or set(rec) != FIELDS:
                errors.append(f"{where}: fields must be exactly {sorted(FIELDS)}")
                continue
            bad = [k for k in FIELDS if not isinstance(rec[k], str) or not rec[k].strip()]
            if bad:
                errors.append(f"{where}: non-string or empty fields {sorted(bad)}")
                continue
            if not re.fullmatch(re.escape(prefix) + r"\d{3,}", rec["id"]):
                errors.append(f"{where}: id {rec['id']!r} lacks prefix {prefix}")
            if rec["where"] not in WHERES:
                errors.append(f"{where}: invalid where {rec['where']!r}")
            if not re.fullmatch(r"[a-z]{2}", rec["lang"]):
                errors.append(f"{where}: lang {rec['lang']!r} is not ISO 639-1")
            records.append(rec)
    return records


def readme_counts(errors):
    text = (HERE / "README.md").read_text(encoding="utf-8")
    totals = re.search(r"Totals: attacks=(\d+) benign=(\d+)", text)
    if not totals:
        errors.append("README.md: no 'Totals: attacks=N benign=M' line")
        totals_d = {}
    else:
        totals_d = {"attacks": int(totals.group(1)), "benign": int(totals.group(2))}
    rows = collections.Counter()
    for m in re.finditer(
        r"^\| (attacks|benign) \| (category|lang|where) \| ([^|]+?) \| (\d+) \|$",
        text,
        re.M,
    ):
        key = (m.group(1), m.group(2), m.group(3))
        if key in rows:
            errors.append(f"README.md: duplicate row {key}")
        rows[key] = int(m.group(4))
    return totals_d, rows


def main():
    errors = []
    data = {k: load(fn, prefix, errors) for k, (fn, prefix) in FILES.items()}

    seen_ids = set()
    seen_texts = {}
    for kind, records in data.items():
        for rec in records:
            if rec["id"] in seen_ids:
                errors.append(f"{kind}: duplicate id {rec['id']}")
            seen_ids.add(rec["id"])
            norm = " ".join(rec["text"].split()).casefold()
            if norm in seen_texts:
                errors.append(f"{kind}: text of {rec['id']} duplicates {seen_texts[norm]}")
            else:
                seen_texts[norm] = rec["id"]

    totals, rows = readme_counts(errors)
    actual = collections.Counter()
    for kind, records in data.items():
        if totals.get(kind) != len(records):
            errors.append(f"README total for {kind} is {totals.get(kind)}, files have {len(records)}")
        for rec in records:
            for field in ("category", "lang", "where"):
                actual[(kind, field, rec[field])] += 1
    for key in sorted(set(actual) | set(rows)):
        if actual[key] != rows[key]:
            errors.append(f"README count {key} is {rows[key]}, files have {actual[key]}")

    if errors:
        for err in errors:
            print("ERROR:", err)
        print(f"{len(errors)} error(s)")
        return 1
    print(f"ok: {len(data['attacks'])} attacks, {len(data['benign'])} benign")
    return 0


if __name__ == "__main__":
    sys.exit(main())
