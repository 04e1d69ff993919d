"""MCP / JSON-RPC 2.0 message parsing and validation (MCP revision 2025-06-18).

>>> from sark_accel.mcp import parse_message
>>> msg = parse_message(b'{"jsonrpc":"2.0","id":7,"method":"tools/call",'
...                     b'"params":{"name":"db.query","arguments":{"sql":"select 1"}}}')
>>> msg.kind, msg.id, msg.tool_name, msg.arguments
('request', 7, 'db.query', {'sql': 'select 1'})

Both backends (``go``: go/mcp; ``python``: the reference in ``_python.py``) accept, classify
and reject identically, with the same error codes and byte-identical error responses. The
full specification (order of checks, reasons, params schemas, differences from the official
SDK) is in tests/mcp/README.md of the source tree.
"""

from __future__ import annotations

from typing import Callable, Optional, Union

from .. import _backend
from ..errors import InvalidArgument
from ._message import Id, Kind, Message
from ._python import (
    DEFAULT_MAX_BATCH,
    DEFAULT_MAX_BATCH_BYTES,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    KNOWN_METHODS,
    PROTOCOL_VERSION,
    _check_options,
    parse_summary,
)
from ._python import canonicalize as canonicalize
from ._python import get_path as get_path
from .errors import MCPError

__all__ = [
    "parse_message",
    "Message",
    "MCPError",
    "Kind",
    "Id",
    "canonicalize",
    "get_path",
    "KNOWN_METHODS",
    "PROTOCOL_VERSION",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_BATCH",
    "DEFAULT_MAX_BATCH_BYTES",
]

Data = Union[bytes, bytearray, memoryview, str]


def parse_message(
    data: Data,
    *,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_batch: int = DEFAULT_MAX_BATCH,
    max_batch_bytes: int = DEFAULT_MAX_BATCH_BYTES,
    backend: Optional[str] = None,
) -> Union[Message, list[Message]]:
    """Parse, validate and classify one message (-> Message) or a batch (-> list[Message]).

    Args:
        data: the message as bytes (UTF-8) or str.
        strict: reject members outside the JSON-RPC envelope (-32600) and unknown methods (-32601).
        max_bytes: largest input, in UTF-8 bytes (1..2**30; default 4 MiB).
        max_depth: deepest nesting of arrays/objects (1..512; default 64).
        max_batch: longest batch (0..2**20, 0 refuses batches; default 1000).
        max_batch_bytes: largest batch, in UTF-8 bytes (1..2**30; default 4 MiB), checked right
            after max_bytes and apart from it: raising max_bytes for large single messages does
            not admit batches of a million tiny elements (each costs about a kilobyte).
        backend: ``"go"`` or ``"python"``; None lets the flags decide.

    Raises:
        MCPError: the input is unacceptable. ``.code`` is the JSON-RPC code (-32700, -32600,
            -32601, -32602), ``.data["reason"]`` says why, ``.id`` is the message id when it
            could be recovered, and ``.to_response()`` is the JSON-RPC error response to send.
            In a batch, a bad element does not raise: it becomes a Message of kind "invalid".
        InvalidArgument: an option is out of range or ``data`` is not bytes/str.
        TypeError: ``strict`` is not a bool.
    """
    if type(strict) is not bool:
        raise TypeError(f"strict must be a bool, not {type(strict).__name__}")
    if (max_bytes, max_depth, max_batch, max_batch_bytes) != _DEFAULT_LIMITS:
        _check_options(max_bytes, max_depth, max_batch, max_batch_bytes)
    go = _go_parse  # set once the go backend has run: backend="go" needs no resolving then
    if (backend == "go" and go is not None) or _backend.resolve("mcp", backend) == "go":
        if not isinstance(data, (bytes, bytearray, memoryview, str)):
            raise InvalidArgument("mcp: data must be bytes or str")
        return (go or _load_go_parse())(data, strict, max_bytes, max_depth, max_batch, max_batch_bytes)
    summary = parse_summary(
        data,
        strict=strict,
        max_bytes=max_bytes,
        max_depth=max_depth,
        max_batch=max_batch,
        max_batch_bytes=max_batch_bytes,
    )
    messages = [Message.from_summary(e, data) for e in summary["messages"]]
    return messages if summary["batch"] else messages[0]


_DEFAULT_LIMITS = (DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_BATCH, DEFAULT_MAX_BATCH_BYTES)


_go_parse: Optional[Callable[..., Union[Message, list[Message]]]] = None


def _load_go_parse() -> Callable[..., Union[Message, list[Message]]]:
    """The go backend's parse, imported on first use (an import inside the hot path costs us)."""
    global _go_parse
    from ._go import parse

    _go_parse = parse
    return parse
