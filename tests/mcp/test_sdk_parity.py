"""Parity with the official MCP Python SDK (``mcp`` on PyPI; a test-only dependency).

Rule: every corpus message the SDK's envelope validation accepts, the reference accepts, and
every message the SDK rejects, the reference rejects -- except the deliberate differences
listed in ``SDK_DIFFERENCES`` (each explained in tests/mcp/README.md). The direction that
matters for a gateway -- we never accept what the SDK rejects -- has no exception.

The SDK entry point: ``mcp.types.JSONRPCMessage.model_validate_json`` in mcp 1.x (a
RootModel); in mcp 2.x ``JSONRPCMessage`` is a plain Union and the same validation is
``mcp_types.jsonrpc.jsonrpc_message_adapter.validate_json``. Neither accepts a batch (an
array), so batches are compared element by element.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sark_accel.mcp._python import parse_summary
from sark_accel.mcp.errors import MCPError

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "mcp"


def _sdk_validator() -> Callable[[bytes], Any]:
    mcp_types = pytest.importorskip("mcp.types")
    msg = getattr(mcp_types, "JSONRPCMessage", None)
    if hasattr(msg, "model_validate_json"):
        return msg.model_validate_json  # type: ignore[union-attr]
    jsonrpc = pytest.importorskip("mcp_types.jsonrpc")
    return jsonrpc.jsonrpc_message_adapter.validate_json


# file -> why the SDK accepts what we reject (the category names match README.md).
SDK_DIFFERENCES: dict[str, str] = {
    # D1: duplicate keys (pydantic keeps the last one; we refuse, two parsers may disagree)
    "32600_duplicate_escaped_key.json": "D1",
    "32600_duplicate_id.json": "D1",
    "32600_duplicate_key.json": "D1",
    "32600_duplicate_nested_deep.json": "D1",
    # D2: NaN / Infinity (pydantic's JSON parser allows them; RFC 8259 does not)
    "32700_infinity.json": "D2",
    "32700_nan.json": "D2",
    # D3: a bad "id" next to "method" (the SDK's union falls through to a notification and
    # drops the id: a gateway would not answer a message the client waits on)
    "32600_id_array.json": "D3",
    "32600_id_below_int64.json": "D3",
    "32600_id_beyond_int64.json": "D3",
    "32600_id_bool.json": "D3",
    "32600_id_exponent.json": "D3",
    "32600_id_float.json": "D3",
    "32600_id_huge.json": "D3",
    "32600_id_null_request.json": "D3",
    "32600_id_object.json": "D3",
    "32600_notification_id_null.json": "D3",
    # D4: "params": null (JSON-RPC: params, when present, is a structured value)
    "32600_params_null.json": "D4",
    # D5: members of two kinds at once (the SDK ignores the extra member)
    "32600_request_with_error.json": "D5",
    "32600_request_with_result.json": "D5",
    "32600_result_and_error.json": "D5",
    # D6: error.code lax int (the SDK accepts -32600.0 and "-32600")
    "32600_error_code_float.json": "D6",
    "32600_error_code_string.json": "D6",
    # D7: nesting limit (the SDK has none)
    "32600_too_deep.json": "D7",
}
# D8: every -32602 (method params), checked by the SDK only later, in its session layer.


def _elements(data: bytes) -> list[bytes] | None:
    """The elements of a batch as separate documents, or None for a single message."""
    try:
        value = json.loads(data)
    except ValueError:
        return None
    if isinstance(value, list):
        return [json.dumps(v).encode() for v in value]
    return None


def _files() -> list[Path]:
    return sorted(DATA.glob("*/*.json"))


@pytest.mark.parametrize("path", _files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_parity_with_sdk(path: Path) -> None:
    validate = _sdk_validator()
    data = path.read_bytes()
    try:
        summary = parse_summary(data)
        ours: list[tuple[bool, int | None]] = [
            (m["kind"] != "invalid", m["error"]["code"] if m["kind"] == "invalid" else None)
            for m in summary["messages"]
        ]
        docs = _elements(data) if summary["batch"] else [data]
    except MCPError as e:
        ours, docs = [(False, e.code)], [data]
    assert docs is not None
    for doc, (accepted, code) in zip(docs, ours, strict=True):
        try:
            validate(doc)
            sdk_ok = True
        except Exception:  # pydantic.ValidationError
            sdk_ok = False
        if accepted:
            assert sdk_ok, f"we accept what the SDK rejects: {doc!r}"
        elif sdk_ok:
            assert code == -32602 or path.name in SDK_DIFFERENCES, f"undocumented difference: {path.name}"


def test_documented_differences_still_differ() -> None:
    """Keep SDK_DIFFERENCES honest: each listed file is still accepted by the SDK."""
    validate = _sdk_validator()
    for name in SDK_DIFFERENCES:
        validate((DATA / "invalid" / name).read_bytes())
