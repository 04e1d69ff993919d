#!/usr/bin/env python3
"""Validate fresh21 (stdlib only)."""

import json, re, sys, os
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
FIELDS = {"id", "text", "category", "lang", "where"}


def load(fn, prefix):
    rows = []
    with open(os.path.join(here, fn), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                sys.exit(f"{fn}:{i}: blank line")
            o = json.loads(line)
            assert set(o) == FIELDS, f"{fn}:{i}: fields {sorted(o)}"
            for k in FIELDS:
                assert isinstance(o[k], str) and o[k], f"{fn}:{i}: {k} not a non-empty string"
            assert re.fullmatch(prefix + r"\d{3}", o["id"]), f"{fn}:{i}: bad id {o['id']}"
            assert o["where"] in ("argument", "tool_result"), f"{fn}:{i}: bad where"
            assert re.fullmatch(r"[a-z]{2}", o["lang"]), f"{fn}:{i}: bad lang"
            assert re.fullmatch(r"[a-z0-9_]+", o["category"]), f"{fn}:{i}: bad category"
            rows.append(o)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), f"{fn}: duplicate ids"
    return rows


a = load("attacks.jsonl", "ha-")
b = load("benign.jsonl", "hb-")
texts = [r["text"] for r in a + b]
assert len(texts) == len(set(texts)), "duplicate texts"
readme = open(os.path.join(here, "README.md"), encoding="utf-8").read()
m1 = re.search(r"Attacks:\s*(\d+)", readme)
m2 = re.search(r"Benign:\s*(\d+)", readme)
assert m1 and m2, "README lacks totals"
assert int(m1.group(1)) == len(a), f"README attacks {m1.group(1)} != {len(a)}"
assert int(m2.group(1)) == len(b), f"README benign {m2.group(1)} != {len(b)}"
print("ok")
