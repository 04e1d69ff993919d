"""MCP / JSON-RPC 2.0 message parsing and validation (MCP revisions 2024-11-05 to 2026-07-28).

>>> from sark_accel.mcp import parse_message
>>> msg = parse_message(b'{"jsonrpc":"2.0","id":7,"method":"tools/call",'
...                     b'"params":{"name":"db.query","arguments":{"sql":"select 1"}}}')
>>> msg.kind, msg.id, msg.tool_name, msg.arguments
('request', 7, 'db.query', {'sql': 'select 1'})

``Message.protocol_version`` is the revision a message claims (``params._meta``'s
``io.modelcontextprotocol/protocolVersion``, else initialize's ``params.protocolVersion``), and
its params are validated as that revision has them (``PROTOCOL_VERSIONS``; ``method_revisions``
says which revisions define a method).

``parse_message`` and ``canonicalize`` use a default parser per backend and option set; an
:class:`MCPParser` is one parser with its own options (``with MCPParser(strict=True) as p: ...``).

Both backends (``go``: go/mcp; ``python``: the reference in ``_python.py``) accept, classify
and reject identically, with the same error codes and byte-identical error responses. The
full specification (order of checks, reasons, params schemas, differences from the official
SDK) is in tests/mcp/README.md of the source tree.
"""

from __future__ import annotations

import threading
from typing import Optional

from ._message import Id, Kind, Message
from ._parser import MCPParser
from ._python import (
    DEFAULT_MAX_BATCH,
    DEFAULT_MAX_BATCH_BYTES,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    KNOWN_METHODS,
    PROTOCOL_VERSION,
    PROTOCOL_VERSIONS,
)
from ._python import get_path as get_path
from ._python import method_revisions as method_revisions
from ._types import Data, MCPBackend, MCPOptions, Parsed
from .errors import MCPError

__all__ = [
    "parse_message",
    "MCPParser",
    "MCPBackend",
    "MCPOptions",
    "Message",
    "MCPError",
    "Kind",
    "Id",
    "canonicalize",
    "get_path",
    "KNOWN_METHODS",
    "PROTOCOL_VERSION",
    "PROTOCOL_VERSIONS",
    "method_revisions",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_BATCH",
    "DEFAULT_MAX_BATCH_BYTES",
]


def parse_message(
    data: Data,
    *,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    max_batch: int = DEFAULT_MAX_BATCH,
    max_batch_bytes: int = DEFAULT_MAX_BATCH_BYTES,
    backend: Optional[str] = None,
) -> Parsed:
    """Parse, validate and classify one message (-> Message) or a batch (-> list[Message]).

    The options, errors and result are MCPParser's (see there), from a default parser for this
    backend and option set (``backend=None``: the flags, read when that parser is built).

    Raises:
        MCPError: the input is unacceptable (see MCPParser.parse).
        InvalidArgument: an option is out of range or ``data`` is not bytes/str.
        TypeError: ``strict`` is not a bool.
    """
    if type(strict) is not bool:  # True and 1 are the same key below
        raise TypeError(f"strict must be a bool, not {type(strict).__name__}")
    key = (backend, strict, max_bytes, max_depth, max_batch, max_batch_bytes)
    try:
        parser = _parsers[key]
    except (KeyError, TypeError):  # TypeError: an unhashable option, which MCPParser refuses
        parser = _default_parser(key)
    return parser.parse(data)


def canonicalize(
    data: Data, *, max_bytes: int = DEFAULT_MAX_BYTES, max_depth: int = DEFAULT_MAX_DEPTH, backend: Optional[str] = None
) -> bytes:
    """Canonical JSON of any JSON document, after the same whole-input checks as parsing
    (MCPParser.canonicalize of a default parser)."""
    key = (backend, False, max_bytes, max_depth, DEFAULT_MAX_BATCH, DEFAULT_MAX_BATCH_BYTES)
    try:
        parser = _parsers[key]
    except (KeyError, TypeError):
        parser = _default_parser(key)
    return parser.canonicalize(data)


_Key = tuple[
    Optional[str], bool, int, int, int, int
]  # backend, strict, max_bytes, max_depth, max_batch, max_batch_bytes
_parsers: dict[_Key, MCPParser] = {}
_parsers_lock = threading.Lock()
_MAX_PARSERS = 64  # option sets kept; the oldest is dropped past this


def _default_parser(key: _Key) -> MCPParser:
    """The default parser for key, built on first use. A dropped parser is not closed (another
    thread may be using it): its Go object is freed with it, once nothing refers to it."""
    backend, strict, max_bytes, max_depth, max_batch, max_batch_bytes = key
    options = {
        "max_bytes": max_bytes,
        "max_depth": max_depth,
        "max_batch": max_batch,
        "max_batch_bytes": max_batch_bytes,
    }
    try:
        hash(key)
    except TypeError:  # not an int or str somewhere: MCPParser says which
        return MCPParser(backend=backend, strict=strict, **options)
    with _parsers_lock:
        parser = _parsers.get(key)
        if parser is None:
            parser = MCPParser(backend=backend, strict=strict, **options)
            if len(_parsers) >= _MAX_PARSERS:
                del _parsers[next(iter(_parsers))]
            _parsers[key] = parser
        return parser
