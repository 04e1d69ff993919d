"""Tests of the pure-Python reference parser (sark_accel.mcp._python)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sark_accel.errors import InvalidArgument, from_native
from sark_accel.mcp._python import KNOWN_METHODS, canonicalize, get_path, parse_summary
from sark_accel.mcp.errors import MCPError

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "mcp"


def err(data: bytes | str, **opts: Any) -> MCPError:
    with pytest.raises(MCPError) as info:
        parse_summary(data, **opts)
    return info.value


def one(data: bytes | str, **opts: Any) -> dict[str, Any]:
    s = parse_summary(data, **opts)
    assert s["batch"] is False and len(s["messages"]) == 1
    return s["messages"][0]


# Each malformed kind, the code it must get, and its data["reason"].
BAD_INPUTS = [
    (b'{"jsonrpc":"2.0","id":1,"method":"\xff"}', -32700, "invalid UTF-8"),
    (b"\xed\xa0\x80", -32700, "invalid UTF-8"),
    ('"\ud800"', -32700, "invalid UTF-8"),  # a str holding a lone surrogate
    (b"", -32700, "invalid JSON"),
    (b'{"jsonrpc":"2.0"', -32700, "invalid JSON: unexpected end at byte 16"),  # cut short: says where
    (b'{"jsonrpc":"2.0","id":"\\', -32700, "invalid JSON: unexpected end at byte 24"),
    (b'{"a":"}]"', -32700, "invalid JSON: unexpected end at byte 9"),
    (b'{"a":1]', -32700, "invalid JSON"),
    (b'{"jsonrpc":"2.0","id":1,"method":"ping"} []', -32700, "invalid JSON"),
    (b'{"a":NaN}', -32700, "invalid JSON"),
    (b'{"a":Infinity}', -32700, "invalid JSON"),
    (b'{"a":-Infinity}', -32700, "invalid JSON"),
    (b'{"a":01}', -32700, "invalid JSON"),
    (b'{"a":"\t"}', -32700, "invalid JSON"),
    (b"\xef\xbb\xbf{}", -32700, "invalid JSON"),
    (b'{"a":"\\udc00"}', -32700, "lone surrogate escape"),
    (b'{"a":"\\ud83d"}', -32700, "lone surrogate escape"),
    (b'{"a":1,"a":1}', -32600, "duplicate key"),
    (b'{"a":{"b":1,"\\u0062":2}}', -32600, "duplicate key"),
    (b"[" * 65 + b"]" * 65, -32600, "nesting too deep"),
    (b"[]", -32600, "empty batch"),
    (b"1", -32600, "message must be an object"),
    (b'{"id":1,"method":"ping"}', -32600, "jsonrpc is required"),
    (b'{"jsonrpc":"2","id":1,"method":"ping"}', -32600, 'jsonrpc must be "2.0"'),
    (b'{"jsonrpc":"2.0","id":null,"method":"ping"}', -32600, "id must be a string or an integer"),
    (b'{"jsonrpc":"2.0","id":1.0,"method":"ping"}', -32600, "id must be a string or an integer"),
    (b'{"jsonrpc":"2.0","id":9223372036854775808,"method":"ping"}', -32600, "id must be a string or an integer"),
    (b'{"jsonrpc":"2.0","id":false,"method":"ping"}', -32600, "id must be a string or an integer"),
    (b'{"jsonrpc":"2.0","id":1,"method":["ping"]}', -32600, "method must be a string"),
    (b'{"jsonrpc":"2.0","id":1,"method":"ping","params":[1]}', -32600, "params must be an object"),
    (
        b'{"jsonrpc":"2.0","id":1,"result":{},"error":{"code":1,"message":""}}',
        -32600,
        "a response must not have both result and error",
    ),
    (b'{"jsonrpc":"2.0","id":1,"method":"ping","result":{}}', -32600, "a request must not have result or error"),
    (b'{"jsonrpc":"2.0","result":{}}', -32600, "id is required"),
    (b'{"jsonrpc":"2.0","id":1,"result":7}', -32600, "result must be an object"),
    (b'{"jsonrpc":"2.0","id":1,"error":{"code":1.5,"message":""}}', -32600, "error.code must be an integer"),
    (b'{"jsonrpc":"2.0","id":1,"error":{"code":1}}', -32600, "error.message is required"),
    (b'{"jsonrpc":"2.0","id":1}', -32600, "message must have method, result or error"),
    (b'{"jsonrpc":"2.0","id":1,"method":"tools/call"}', -32602, "params is required"),
    (b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":1}}', -32602, "params.name must be a string"),
    (
        b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":"x"}}',
        -32602,
        "params.arguments must be an object",
    ),
    (b'{"jsonrpc":"2.0","id":1,"method":"resources/read","params":{}}', -32602, "params.uri is required"),
    (
        b'{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"x","capabilities":{},'
        b'"clientInfo":{"version":"1"}}}',
        -32602,
        "params.clientInfo.name is required",
    ),
    (
        b'{"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":true,"progress":1}}',
        -32602,
        "params.progressToken must be a string or an integer",
    ),
]


@pytest.mark.parametrize(("data", "code", "reason"), BAD_INPUTS)
def test_bad_input_table(data: bytes | str, code: int, reason: str) -> None:
    e = err(data)
    assert (e.code, e.reason) == (code, reason)
    resp = json.loads(e.to_response())
    assert resp["jsonrpc"] == "2.0" and resp["error"]["code"] == code
    assert isinstance(e, InvalidArgument) and isinstance(e, ValueError)


def test_id_recovered_in_errors() -> None:
    e = err(b'{"jsonrpc":"2.0","id":"r-1","method":"tools/call","params":{"name":5}}')
    assert e.id == "r-1"
    assert e.to_response() == (
        b'{"error":{"code":-32602,"data":{"reason":"params.name must be a string"},"message":"Invalid params"},'
        b'"id":"r-1","jsonrpc":"2.0"}'
    )
    assert err(b'{"jsonrpc":"2.0","id":7,"id":7,"method":"x"}').id is None  # ambiguous id
    assert err(b'{"jsonrpc":"2.0","id":7,"method":"x","params":{"a":1,"a":2}}').id == 7
    assert err(b'{"jsonrpc":"1.0","id":-3,"method":"x"}').id == -3


def test_strict_mode() -> None:
    e = err(b'{"jsonrpc":"2.0","id":1,"method":"vendor/x"}', strict=True)
    assert (e.code, e.data) == (-32601, {"reason": "unknown method", "method": "vendor/x"})
    e = err(b'{"jsonrpc":"2.0","id":1,"method":"ping","extra":1}', strict=True)
    assert (e.code, e.data) == (-32600, {"reason": "unexpected member", "member": "extra"})
    assert one(b'{"jsonrpc":"2.0","id":1,"method":"vendor/x"}')["kind"] == "request"
    assert one(b'{"jsonrpc":"2.0","id":1,"method":"ping","extra":1}')["kind"] == "request"


def test_limits() -> None:
    msg = b'{"jsonrpc":"2.0","id":1,"method":"ping"}'
    e = err(msg, max_bytes=len(msg) - 1)
    assert (e.code, e.data) == (-32600, {"reason": "message too large", "limit": len(msg) - 1})
    assert one(msg, max_bytes=len(msg))["kind"] == "request"
    nested = b'{"jsonrpc":"2.0","id":1,"method":"x","params":{"a":{"b":[1]}}}'
    assert one(nested, max_depth=4)["kind"] == "request"
    assert err(nested, max_depth=3).data == {"reason": "nesting too deep", "limit": 3}
    # depth wins over grammar, and is lexical on broken input
    assert err(b"[1]]]]" + b"[" * 10, max_depth=5).reason == "nesting too deep"
    assert err(b'["[[[[[[[[[[', max_depth=5).reason == "invalid JSON: unexpected end at byte 12"
    batch = b"[" + b",".join([msg] * 3) + b"]"
    assert len(parse_summary(batch, max_batch=3)["messages"]) == 3
    assert err(batch, max_batch=2).data == {"reason": "batch too large", "limit": 2}
    assert err(batch, max_batch=0).data == {"reason": "batch too large", "limit": 0}
    assert err(b" [ ] ").reason == "empty batch"
    for bad in ({"max_bytes": 0}, {"max_depth": 0}, {"max_depth": 513}, {"max_batch": -1}):
        with pytest.raises(InvalidArgument) as info:
            parse_summary(msg, **bad)
        assert not isinstance(info.value, MCPError)


def test_huge_inputs_do_not_hang() -> None:
    for data in (
        b"[" * (4 << 20),
        b'"' + b"\\u0041" * 600_000 + b'"',
        b"[" + b"1," * 1_000_000 + b"1]",
        b"{" + b'"k":1,' * 500_000 + b'"k":2}',
        b"9" * 100_000,
    ):
        with pytest.raises(MCPError):
            parse_summary(data)


def test_batch_elements_get_their_own_errors() -> None:
    s = parse_summary(b'[{"jsonrpc":"2.0","id":1,"method":"ping"},7,{"jsonrpc":"2.0","id":2,"method":"tools/call"}]')
    assert s["batch"] is True
    kinds = [m["kind"] for m in s["messages"]]
    assert kinds == ["request", "invalid", "invalid"]
    assert s["messages"][1]["error"] == {
        "code": -32600,
        "message": "Invalid Request",
        "data": {"reason": "message must be an object"},
    }
    assert s["messages"][2]["id"] == 2 and s["messages"][2]["error"]["code"] == -32602


def test_extraction_and_raw_fields() -> None:
    """The raw fields are the values exactly as written (whitespace, key order, escapes kept);
    canonicalize() gives their canonical form."""
    m = one(
        b'{"jsonrpc":"2.0","id":"c1","method":"tools/call","params": {"name":"q","\\u0061rguments":\n'
        b' {"z":1.50, "a":[-0,1E3,"\\u00e9\\/\\u001f"]} ,"_meta":{"progressToken":"p","x":null}}}'
    )
    assert m["kind"] == "request" and m["id"] == "c1" and m["method"] == "tools/call"
    assert m["tool_name"] == "q" and m["progress_token"] == "p"
    assert m["arguments_raw"] == '{"z":1.50, "a":[-0,1E3,"\\u00e9\\/\\u001f"]}'
    assert canonicalize(m["arguments_raw"]) == '{"a":[-0,1E3,"\u00e9/\\u001f"],"z":1.50}'.encode()
    meta = '{"progressToken":"p","x":null}'
    assert m["meta_raw"] == meta
    assert m["params_raw"] == '{"name":"q","\\u0061rguments":\n ' + m["arguments_raw"] + ' ,"_meta":' + meta + "}"
    r = one(b'{"jsonrpc":"2.0","id":5,"result":{"b":true,"_meta": {"k":1}\t}}')
    assert (r["kind"], r["result_raw"], r["meta_raw"]) == ("result", '{"b":true,"_meta": {"k":1}\t}', '{"k":1}')
    e = one(b'{"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"boom","data":[1 ]}}')
    assert e["kind"] == "error" and e["id"] is None
    assert e["error"] == {"code": -32000, "message": "boom", "data_raw": "[1 ]"}
    n = one('{"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":3,"progress":0.5}}')
    assert n["kind"] == "notification" and n["id"] is None and n["progress_token"] is None
    batch = '[ {"jsonrpc":"2.0","method":"x","params":{"é":"日本"}} ,\n{"jsonrpc":"2.0","method":"y","params":{} }]'
    b = parse_summary(batch)
    assert [x["params_raw"] for x in b["messages"]] == ['{"é":"日本"}', "{}"]


def test_str_and_bytes_agree() -> None:
    text = '{"jsonrpc":"2.0","id":"é","method":"tools/call","params":{"name":"日本"}}'
    assert parse_summary(text) == parse_summary(text.encode())


def test_canonicalize_and_get_path() -> None:
    got = canonicalize(b' {"b": [1, 2.0], "a": {"d": "\\u0041", "c": null}} ')
    assert got == b'{"a":{"c":null,"d":"A"},"b":[1,2.0]}'
    doc = b'{"params":{"arguments":{"rows":[{"id":1},{"id":2}]}}}'
    assert get_path(doc, ["params", "arguments", "rows", 1, "id"]) == b"2"
    assert get_path(doc, ["params", "missing"]) is None
    assert get_path(doc, ["params", 0]) is None
    assert get_path(doc, ["params", "arguments", "rows", -1]) is None
    with pytest.raises(MCPError):
        get_path(b'{"a":1,"a":2}', ["a"])
    with pytest.raises(InvalidArgument):
        get_path(doc, [1.5])  # type: ignore[list-item]


def test_mcp_error_from_native_text() -> None:
    text = '{"code":-32601,"data":{"method":"x","reason":"unknown method"},"id":"7","message":"Method not found"}'
    e = from_native(RuntimeError("sark:mcp:" + text))
    assert isinstance(e, MCPError)
    data = {"method": "x", "reason": "unknown method"}
    assert (e.code, e.message, e.data, e.id) == (-32601, "Method not found", data, "7")
    assert e.to_response() == (
        b'{"error":{"code":-32601,"data":{"method":"x","reason":"unknown method"},'
        b'"message":"Method not found"},"id":"7","jsonrpc":"2.0"}'
    )


def test_known_methods_cover_the_issue_list() -> None:
    wanted = {
        "initialize",
        "ping",
        "tools/list",
        "tools/call",
        "resources/list",
        "resources/read",
        "resources/templates/list",
        "resources/subscribe",
        "resources/unsubscribe",
        "prompts/list",
        "prompts/get",
        "completion/complete",
        "logging/setLevel",
        "sampling/createMessage",
        "elicitation/create",
        "roots/list",
        "tasks/get",
        "tasks/result",
        "tasks/cancel",
        "tasks/list",
        "server/discover",
        "subscriptions/listen",
    } | {
        f"notifications/{n}"
        for n in (
            "initialized",
            "cancelled",
            "progress",
            "message",
            "resources/updated",
            "resources/list_changed",
            "tools/list_changed",
            "prompts/list_changed",
            "roots/list_changed",
            "elicitation/complete",
            "tasks/status",
            "subscriptions/acknowledged",
        )
    }
    assert KNOWN_METHODS == wanted


def _expected() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / "expected.jsonl").read_text(encoding="utf-8").split("\n") if line]


def test_corpus_matches_expected_file() -> None:
    """expected.jsonl (what the Go tests replay) is up to date with the reference."""
    entries = _expected()
    assert len(entries) > 300
    for e in entries:
        data = (DATA / e["file"]).read_bytes()
        if e.get("op") == "get_path":
            try:
                v = get_path(data, e["path"]) if e["path"] else canonicalize(data)
                assert e["value"] == (None if v is None else v.decode()), e
            except MCPError as exc:
                assert e["error"] == exc.to_dict() and e["response"] == exc.to_response().decode(), e
            continue
        try:
            got: dict[str, Any] = {"summary": parse_summary(data, **e["options"])}
        except MCPError as exc:
            got = {"error": exc.to_dict(), "response": exc.to_response().decode()}
        want = {k: e[k] for k in ("summary", "error", "response") if k in e}
        assert got == want, e["file"]


def test_corpus_codes_match_file_names() -> None:
    for path in sorted((DATA / "invalid").glob("*.json")):
        assert err(path.read_bytes()).code == -int(path.name.split("_")[0]), path.name
    for path in sorted((DATA / "valid").glob("*.json")):
        parse_summary(path.read_bytes())
