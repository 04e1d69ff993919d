"""The Go backend of the MCP parser: go/mcp behind the extension, one parser per option set."""

from __future__ import annotations

import json
import threading
from binascii import b2a_base64
from typing import Any, Union

from .. import _backend
from .._handle import call
from ..errors import from_native
from ._message import Message

_lock = threading.Lock()
_parsers: dict[tuple[bool, int, int, int], int] = {}
_MAX_PARSERS = 64  # distinct option sets kept; older ones are closed


def _parser(strict: bool, max_bytes: int, max_depth: int, max_batch: int) -> tuple[int, bool]:
    """A parser handle for these options, and whether the caller must close it after use.

    Parsers are immutable and shared; past _MAX_PARSERS distinct option sets, a parser is
    built for the one call (never closing a shared parser another thread may be using).
    """
    key = (strict, max_bytes, max_depth, max_batch)
    h = _parsers.get(key)
    if h is not None:
        return h, False
    m = _backend.native()
    options = json.dumps({"strict": strict, "max_bytes": max_bytes, "max_depth": max_depth, "max_batch": max_batch})
    h = int(call(m.sarkbind_MCPParserNew, options))
    with _lock:
        existing = _parsers.get(key)
        if existing is None and len(_parsers) < _MAX_PARSERS:
            _parsers[key] = h
            return h, False
    if existing is not None:  # another thread won the race
        m.sarkbind_MCPParserClose(h)
        return existing, False
    return h, True


def parse(
    data: Union[bytes, bytearray, memoryview, str], strict: bool, max_bytes: int, max_depth: int, max_batch: int
) -> tuple[bool, list[Message]]:
    """Parse in Go; returns (is_batch, messages), the same as the reference's parse_summary."""
    h, temporary = _parser(strict, max_bytes, max_depth, max_batch)
    m = _backend.native()
    try:
        try:
            text = data if isinstance(data, str) else bytes(data).decode("utf-8")
            out = m.sarkbind_MCPParse(h, text)
        except (ValueError, UnicodeError):
            # NUL, invalid UTF-8 or lone surrogates cannot cross as a str: send the bytes.
            raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
            out = m.sarkbind_MCPParseEncoded(h, b2a_base64(raw, newline=False).decode("ascii"))
    except RuntimeError as exc:
        raise from_native(exc) from None
    finally:
        if temporary:
            m.sarkbind_MCPParserClose(h)
    return _unframe(out, data)


def _scalar(field: str) -> Any:
    """Decode a canonical JSON string or integer field ("" for none)."""
    if not field:
        return None
    if field[0] == '"':
        return field[1:-1] if "\\" not in field else json.loads(field)
    return int(field)


def _unframe(out: str, data: Any) -> tuple[bool, list[Message]]:
    """Split MCPParse's framed summary (see go/sarkbind/mcp.go) into Messages."""
    messages = []
    for record in out.split("\x1e")[1:]:
        kind, id_, method, tool, token, params, args, meta, result, error = record.split("\x1f")
        messages.append(
            Message(
                kind,  # type: ignore[arg-type]
                _scalar(id_),
                _scalar(method),
                _scalar(tool),
                _scalar(token),
                params or None,
                args or None,
                meta or None,
                result or None,
                json.loads(error) if error else None,
                data,
            )
        )
    return out[0] == "B", messages
