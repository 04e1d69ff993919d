"""Property tests: the reference never fails with anything but MCPError, and canonical JSON
is a faithful, idempotent re-serialisation."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sark_accel.mcp._python import canonicalize, parse_summary
from sark_accel.mcp.errors import MCPError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_only_raise_mcp_error(data: bytes) -> None:
    try:
        parse_summary(data, max_depth=8)
    except MCPError as e:
        assert e.code in (-32700, -32600, -32601, -32602)
        json.loads(e.to_response())


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_canonical_roundtrip(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    try:
        c = canonicalize(text)
    except MCPError as e:
        assert e.reason in ("lone surrogate escape", "invalid UTF-8", "nesting too deep"), e
        return
    assert json.loads(c) == json.loads(text)
    assert canonicalize(c) == c


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["jsonrpc", "id", "method", "params", "result", "error"]), json_values))
def test_message_shapes_never_crash(msg: dict[str, Any]) -> None:
    try:
        s = parse_summary(json.dumps(msg), strict=True)
    except MCPError:
        return
    assert s["messages"][0]["kind"] in ("request", "notification", "result", "error")


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers(min_value=-(2**63), max_value=2**63 - 1) | st.text(),
        lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=5), c, max_size=4),
        max_leaves=20,
    )
)
def test_orjson_and_json_canonical_agree(value: Any) -> None:
    """The orjson fast path writes exactly what the json fallback writes."""
    from sark_accel.mcp import errors

    try:
        expected = errors._json_canonical(value)
    except UnicodeEncodeError:
        return
    try:
        got = errors.canonical_dumps_plain(value)
    except Exception:  # orjson refuses lone surrogates; the parser never produces them
        assert any("\ud800" <= ch <= "\udfff" for ch in json.dumps(value, ensure_ascii=False))
        return
    assert got == expected
