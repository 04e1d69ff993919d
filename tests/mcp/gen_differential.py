"""Write a large differential test file for the Go engine (not committed; default /tmp).

    python tests/mcp/gen_differential.py [OUT] [COUNT] [SEED]
    cd go/mcp && MCP_DIFF_FILE=OUT go test -run Differential .

The nox "go" session does this on every run (20000 inputs, seed 1) into its tmp directory.

Inputs are corpus files mutated at the byte level (insertions of JSON-significant bytes,
deletions, duplications of spans, bad UTF-8) and random JSON-RPC-shaped documents; each line
carries the input (base64), the options and the reference's summary or error.
"""

from __future__ import annotations

import base64
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sark_accel.mcp._python import (  # noqa: E402
    KNOWN_METHODS,
    META_PROTOCOL_VERSION,
    PROTOCOL_VERSIONS,
    parse_summary,
)
from sark_accel.mcp.errors import MCPError  # noqa: E402

TOKENS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"\\",
    b",",
    b":",
    b" ",
    b"0",
    b"-",
    b"1.5",
    b"e",
    b"null",
    b"true",
    b"\\u",
    b"\\ud800",
    b"\\udc00",
    b"\\u0041",
    b"\xff",
    b"\xc3\xa9",
    b'"id"',
    b'"jsonrpc"',
    b'"2.0"',
    b'"method"',
    b'"params"',
    b'"result"',
    b'"error"',
    b"NaN",
    b"\x00",
    b"\n",
    b'"a"',
    b"9" * 25,
]
KEYS = [
    "jsonrpc",
    "id",
    "method",
    "params",
    "result",
    "error",
    "code",
    "message",
    "data",
    "name",
    "arguments",
    "_meta",
    "progressToken",
    "uri",
    "cursor",
    "level",
    "a",
    "\u00e9",
    "x\ny",
]


def rand_value(r: random.Random, depth: int) -> Any:
    c = r.random()
    if depth > 4 or c < 0.35:
        return r.choice(
            [
                None,
                True,
                False,
                0,
                -1,
                2**63,
                1.5,
                "",
                "2.0",
                "tools/call",
                r.choice(sorted(KNOWN_METHODS)),
                "info",
                "\ud83d\ude00",
                'a"b',
                7,
            ]
        )
    if c < 0.7:
        return {r.choice(KEYS): rand_value(r, depth + 1) for _ in range(r.randint(0, 5))}
    return [rand_value(r, depth + 1) for _ in range(r.randint(0, 4))]


def rand_envelope(r: random.Random) -> dict[str, Any]:
    """A _meta that claims a revision (known, unknown or not a string), with some of the envelope."""
    meta: dict[str, Any] = {META_PROTOCOL_VERSION: r.choice([*PROTOCOL_VERSIONS, "", "1999-01-01", 7])}
    for key in ("clientCapabilities", "clientInfo", "logLevel"):
        if r.random() < 0.6:
            meta["io.modelcontextprotocol/" + key] = r.choice([{}, {"name": "c", "version": "1"}, "info", 1])
    return meta


def rand_message(r: random.Random) -> Any:
    m: dict[str, Any] = {}
    if r.random() < 0.9:
        m["jsonrpc"] = "2.0" if r.random() < 0.9 else rand_value(r, 5)
    kind = r.random()
    if r.random() < 0.8:
        m["id"] = r.choice([1, "x", None, 1.0, -0, 2**64, True]) if r.random() < 0.3 else r.randint(0, 9)
    if kind < 0.6:
        m["method"] = r.choice(sorted(KNOWN_METHODS)) if r.random() < 0.8 else rand_value(r, 5)
        if r.random() < 0.8:
            m["params"] = (
                rand_value(r, 1)
                if r.random() < 0.3
                else {r.choice(KEYS): rand_value(r, 2) for _ in range(r.randint(0, 4))}
            )
            if isinstance(m["params"], dict) and r.random() < 0.3:
                m["params"]["_meta"] = rand_envelope(r)
    elif kind < 0.8:
        m["result"] = rand_value(r, 1) if r.random() < 0.2 else {"_meta": rand_value(r, 2)}
    else:
        m["error"] = {"code": r.choice([-32600, 1.0, "x"]), "message": r.choice(["m", 1]), "data": rand_value(r, 2)}
    return m


def mutate(r: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(r.randint(1, 4)):
        op = r.random()
        pos = r.randint(0, len(b))
        if op < 0.4:
            b[pos:pos] = r.choice(TOKENS)
        elif op < 0.7 and b:
            del b[pos : pos + r.randint(1, 4)]
        elif b:
            a = r.randint(0, len(b) - 1)
            b[pos:pos] = b[a : a + r.randint(1, 30)]
    return bytes(b)


SPELLINGS = [
    '"a"',
    '"\\u0061"',
    '"b"',
    '"\\u0062"',
    '"\u00e9"',
    '"\\u00e9"',
    '"\\ud83d\\ude00"',
    '"\U0001f600"',
    '"id"',
    '"\\u0069d"',
    '"x\\ny"',
    '"x\\u000ay"',
]


def wide_object(r: random.Random) -> bytes:
    """A raw object with many keys, some spelled with escapes (duplicate detection paths)."""
    keys = [f'"k{i}"' for i in range(r.randint(0, 40))] + r.sample(SPELLINGS, r.randint(0, 4))
    r.shuffle(keys)
    values = ["1", "1.0", "-0", "[]", "{}", "null", '"v"']
    members = ",".join(k + ":" + r.choice(values) for k in keys)
    params = "{" + members + "}"
    return (
        '{"jsonrpc":"2.0","id":1,"method":"' + r.choice(["tools/call", "x/y"]) + '","params":{"name":"t",'
        '"arguments":' + params + "}}"
    ).encode()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/mcp_diff.jsonl")
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    r = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    corpus = [p.read_bytes() for p in sorted((ROOT / "tests/data/mcp").glob("*/*.json"))]
    codes: dict[str, int] = {}
    with out.open("w", encoding="utf-8") as f:
        for _ in range(count):
            c = r.random()
            if c < 0.1:
                data = wide_object(r)
            elif c < 0.5:
                data = mutate(r, r.choice(corpus))
            else:
                msg: Any = rand_message(r) if r.random() < 0.8 else [rand_message(r) for _ in range(r.randint(0, 4))]
                data = json.dumps(msg, ensure_ascii=r.random() < 0.5).encode("utf-8", "surrogatepass")
                if r.random() < 0.3:
                    data = mutate(r, data)
            opts: dict[str, Any] = {}
            if r.random() < 0.3:
                opts = {
                    "strict": r.random() < 0.5,
                    "max_depth": r.randint(1, 6),
                    "max_batch": r.randint(0, 3),
                    "max_bytes": r.randint(10, 400),
                }
            entry: dict[str, Any] = {"data": base64.b64encode(data).decode(), "options": opts}
            try:
                entry["summary"] = parse_summary(data, **opts)
                key = "ok"
            except MCPError as e:
                entry["error"] = e.to_dict()
                entry["response"] = e.to_response().decode("utf-8")
                key = f"{e.code} {e.reason}"
            codes[key] = codes.get(key, 0) + 1
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    for k, v in sorted(codes.items(), key=lambda kv: -kv[1]):
        print(f"{v:6d}  {k}")


if __name__ == "__main__":
    main()
