"""Parity through the public API: parse_message on the go and python backends gives the same
messages, or the same MCPError (code, message, data, id, response bytes), for the shipped
corpus, for inputs that cannot cross the binding as text, and for generated documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Union

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sark_accel.mcp import MCPError, Message, parse_message

pytestmark = pytest.mark.usefixtures("native")

DATA = Path(__file__).resolve().parents[1] / "data" / "mcp"
FILES = sorted(DATA.glob("valid/*.json")) + sorted(DATA.glob("invalid/*.json"))
OPTION_SETS: list[dict[str, Any]] = [{}, {"strict": True}, {"max_depth": 4, "max_batch": 2}]


def outcome(data: Any, backend: str, **options: Any) -> Any:
    try:
        result = parse_message(data, backend=backend, **options)
    except MCPError as e:
        return ("error", e.code, e.message, e.data, e.id, e.to_response())
    messages = result if isinstance(result, list) else [result]
    return ("ok", isinstance(result, list), [m.summary() for m in messages])


def test_corpus_is_present() -> None:
    assert len(FILES) > 100


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
@pytest.mark.parametrize("options", OPTION_SETS, ids=["default", "strict", "tight"])
def test_corpus_parity(path: Path, options: dict[str, Any]) -> None:
    data = path.read_bytes()
    go, py = outcome(data, "go", **options), outcome(data, "python", **options)
    assert go == py
    if path.parent.name == "invalid" and not options:
        assert go[0] == "error" or any(m["kind"] == "invalid" for m in go[2])
    if path.parent.name == "valid" and not options:
        assert go[0] == "ok"


@pytest.mark.parametrize(
    "data",
    [
        b'{"jsonrpc":"2.0","id":1,"method":"ping"\x00}',
        b'{"jsonrpc":"2.0","id":1,"method":"p\xffing"}',
        '{"jsonrpc":"2.0","id":1,"method":"p\udc80"}',
        '{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":"\x00"}}',
        bytearray(b'{"jsonrpc":"2.0","id":"a","method":"ping"}'),
        memoryview(b'{"jsonrpc":"2.0","id":"a","method":"ping"}'),
        b"",
        "  ",
    ],
)
def test_inputs_that_cannot_cross_as_text(data: Union[bytes, str]) -> None:
    assert outcome(data, "go") == outcome(data, "python")


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=4),
    max_leaves=12,
)
methods = st.sampled_from(
    ["tools/call", "tools/list", "initialize", "resources/read", "ping", "x/unknown", "notifications/progress"]
)
envelopes = st.fixed_dictionaries(
    {"jsonrpc": st.sampled_from(["2.0", "1.0", 2])},
    optional={
        "id": st.one_of(st.integers(), st.text(max_size=4), st.none(), st.floats()),
        "method": methods,
        "params": json_values,
        "result": json_values,
        "error": json_values,
    },
)


@settings(max_examples=300, deadline=None)
@given(msg=st.one_of(envelopes, st.lists(envelopes, max_size=3), json_values), strict=st.booleans())
def test_generated_parity(msg: Any, strict: bool) -> None:
    text = json.dumps(msg)
    assert outcome(text, "go", strict=strict) == outcome(text, "python", strict=strict)
    raw = text.encode()
    assert outcome(raw, "go", strict=strict) == outcome(raw, "python", strict=strict)
    # non-ASCII and whitespace: the raw fields are spans, which must land on the same characters
    text = json.dumps(msg, ensure_ascii=False, indent=1)
    assert outcome(text, "go", strict=strict) == outcome(text, "python", strict=strict)
    raw = text.encode("utf-8", "surrogatepass")
    assert outcome(raw, "go", strict=strict) == outcome(raw, "python", strict=strict)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=120))
def test_arbitrary_bytes_parity(data: bytes) -> None:
    assert outcome(data, "go", max_depth=6) == outcome(data, "python", max_depth=6)


def test_message_is_immutable_and_lazy(backend: str) -> None:
    raw = b'{"jsonrpc":"2.0","id":"r1","method":"tools/call",'
    raw += b'"params":{"name":"t","arguments":{"n":1},"_meta":{"progressToken":5}}}'
    m = parse_message(raw, backend=backend)
    assert isinstance(m, Message) and m.raw is raw
    assert (m.kind, m.id, m.method, m.tool_name, m.progress_token) == ("request", "r1", "tools/call", "t", 5)
    assert m.arguments == {"n": 1} and m.arguments is m.arguments  # built once
    assert m.meta == {"progressToken": 5} and m.params is not None and m.result is None
    with pytest.raises(AttributeError):
        m.kind = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        m.other = 1  # type: ignore[attr-defined]


def test_batch_with_invalid_element(backend: str) -> None:
    batch = '[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"1.0","id":2,"method":"ping"}]'
    msgs = parse_message(batch, backend=backend)
    assert isinstance(msgs, list) and [m.kind for m in msgs] == ["request", "invalid"]
    assert msgs[1].error is not None and msgs[1].error["code"] == -32600 and msgs[1].id == 2


@pytest.mark.parametrize(
    "kwargs",
    [{"max_bytes": 0}, {"max_depth": 513}, {"max_batch": -1}, {"max_batch_bytes": 0}, {"max_batch_bytes": 2**30 + 1}],
)
def test_bad_options(backend: str, kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="mcp: invalid option"):
        parse_message("{}", backend=backend, **kwargs)


def test_bad_types(backend: str) -> None:
    with pytest.raises(ValueError, match="bytes or str"):
        parse_message(12, backend=backend)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_message("{}", backend=backend, strict="yes")  # type: ignore[arg-type]


def test_error_response_is_ready_to_send(backend: str) -> None:
    with pytest.raises(MCPError) as info:
        parse_message('{"jsonrpc":"2.0","id":9,"method":"tools/call","params":{"name":3}}', backend=backend)
    assert info.value.code == -32602 and info.value.id == 9
    assert json.loads(info.value.to_response()) == {
        "jsonrpc": "2.0",
        "id": 9,
        "error": {"code": -32602, "message": "Invalid params", "data": {"reason": "params.name must be a string"}},
    }


numbers = st.integers(min_value=-(2**80), max_value=2**80) | st.floats(allow_nan=False, allow_infinity=False)
number_texts = st.sampled_from(["-0", "1E3", "1e400", "-1e-400", "1.50", "123456789012345678", "-12345678901234567"])


@settings(max_examples=300, deadline=None)
@given(
    value=st.recursive(numbers | st.text(max_size=4), lambda c: st.lists(c, max_size=4), max_leaves=8),
    literal=number_texts,
)
def test_dicts_are_what_json_builds(value: Any, literal: str) -> None:
    """The go backend may build dicts with orjson (when no integer literal is long): the values
    must be exactly json.loads's (ints stay ints at any size, floats round the same)."""
    args = '{"v":' + json.dumps(value) + ',"n":' + literal + "}"
    raw = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t","arguments":' + args + "}}"
    for backend in ("go", "python"):
        m = parse_message(raw, backend=backend)
        assert isinstance(m, Message) and m.arguments_raw == args
        assert json.dumps(m.arguments) == json.dumps(json.loads(args))
