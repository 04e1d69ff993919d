"""MCPParser, the engine: backend chosen once, close(), context manager, canonicalize on both
backends, and the default parsers behind parse_message (bounded, freed when dropped)."""

from __future__ import annotations

import gc
import json
import threading
from pathlib import Path
from types import ModuleType
from typing import Any, Union

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import sark_accel.mcp as mcp
from sark_accel import Closed, InvalidArgument
from sark_accel.mcp import MCPError, MCPParser, Message, canonicalize, parse_message
from sark_accel.mcp._go import GoMCPBackend
from sark_accel.mcp._python import PythonMCPBackend

DATA = Path(__file__).resolve().parents[1] / "data" / "mcp"
PING = b'{"jsonrpc":"2.0","id":1,"method":"ping"}'


def outcome(fn: Any, data: Any) -> Any:
    try:
        return ("ok", fn(data))
    except MCPError as e:
        return ("error", e.code, e.message, e.data, e.id, e.to_response())


def test_backend_is_resolved_once_and_implemented_by_its_class(backend: str) -> None:
    with MCPParser(backend=backend, strict=True, max_depth=9) as p:
        assert p.backend == backend
        assert isinstance(p._impl, GoMCPBackend if backend == "go" else PythonMCPBackend)
        assert p.options == mcp.MCPOptions(
            True, mcp.DEFAULT_MAX_BYTES, 9, mcp.DEFAULT_MAX_BATCH, mcp.DEFAULT_MAX_BATCH_BYTES
        )
        m = p.parse(PING)
        assert isinstance(m, Message) and m.method == "ping"
        with pytest.raises(MCPError) as info:
            p.parse(b'{"jsonrpc":"2.0","id":1,"method":"vendor/x"}')  # strict
        assert info.value.code == -32601


def test_close_is_idempotent_and_then_every_call_raises_closed(backend: str) -> None:
    p = MCPParser(backend=backend)
    p.close()
    p.close()
    for call in (lambda: p.parse(PING), lambda: p.canonicalize(PING), lambda: p.parse(b"\x00")):
        with pytest.raises(Closed):
            call()
    with MCPParser(backend=backend) as q:
        assert q.canonicalize(b'{"b":1,"a":2}') == b'{"a":2,"b":1}'
    with pytest.raises(Closed):
        q.parse(PING)


def test_close_frees_the_go_parser(native: ModuleType) -> None:
    gc.collect()
    before = native.sarkbind_HandleCount()
    p = MCPParser(backend="go")
    assert native.sarkbind_HandleCount() == before + 1
    p.close()
    assert native.sarkbind_HandleCount() == before
    MCPParser(backend="go")  # dropped at once: freed by its finalizer
    gc.collect()
    assert native.sarkbind_HandleCount() == before


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"backend": "rust"}, InvalidArgument),
        ({"max_bytes": 0}, InvalidArgument),
        ({"max_depth": 513}, InvalidArgument),
        ({"max_batch": -1}, InvalidArgument),
        ({"max_batch_bytes": 2**30 + 1}, InvalidArgument),
        ({"max_depth": [1]}, InvalidArgument),
        ({"strict": 1}, TypeError),
    ],
)
def test_bad_options_are_refused_at_construction(kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        MCPParser(**kwargs)
    with pytest.raises(error):  # parse_message refuses them the same way, cached parser or not
        parse_message(PING, **kwargs)
    with pytest.raises(error):
        parse_message(PING, **kwargs)


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        MCPParser("go")  # type: ignore[call-arg]


CANON_FILES = sorted(DATA.glob("valid/*.json")) + sorted(DATA.glob("invalid/*.json"))


@pytest.mark.usefixtures("native")
@pytest.mark.parametrize("path", CANON_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_canonicalize_parity_on_the_corpus(path: Path) -> None:
    data = path.read_bytes()
    with MCPParser(backend="go", max_depth=6) as go, MCPParser(backend="python", max_depth=6) as py:
        assert outcome(go.canonicalize, data) == outcome(py.canonicalize, data)
    assert outcome(lambda d: canonicalize(d, backend="go"), data) == outcome(
        lambda d: canonicalize(d, backend="python"), data
    )


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=4),
    max_leaves=12,
)


@pytest.mark.usefixtures("native")
@settings(max_examples=200, deadline=None)
@given(value=json_values, ascii_only=st.booleans(), junk=st.binary(max_size=40))
def test_canonicalize_parity_generated(value: Any, ascii_only: bool, junk: bytes) -> None:
    inputs: list[Union[bytes, str, bytearray]] = [
        json.dumps(value, ensure_ascii=ascii_only, indent=1),
        json.dumps(value).encode(),
        bytearray(junk),  # mostly invalid: NUL, bad UTF-8, bad grammar
    ]
    for data in inputs:
        go = outcome(lambda d: canonicalize(d, backend="go", max_bytes=400, max_depth=4), data)
        py = outcome(lambda d: canonicalize(d, backend="python", max_bytes=400, max_depth=4), data)
        assert go == py


def test_default_parsers_are_bounded_and_freed_when_dropped(native: ModuleType) -> None:
    parse_message(PING, backend="go")
    gc.collect()
    before = native.sarkbind_HandleCount()
    for depth in range(1, 3 * mcp._MAX_PARSERS):
        m = parse_message(PING, backend="go", max_depth=depth + 1)
        assert isinstance(m, Message) and m.method == "ping"
    gc.collect()
    assert len(mcp._parsers) <= mcp._MAX_PARSERS
    assert native.sarkbind_HandleCount() <= before + mcp._MAX_PARSERS


def test_default_parsers_are_shared_across_threads(backend: str) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def work(i: int) -> None:
        try:
            barrier.wait()
            for k in range(50):
                m = parse_message(PING, backend=backend, max_depth=2 + (i + k) % 3)
                assert isinstance(m, Message) and m.method == "ping"
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
