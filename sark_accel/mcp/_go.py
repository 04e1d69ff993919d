"""The Go backend of the MCP parser: go/mcp behind the extension, one parser per option set."""

from __future__ import annotations

import json
import threading
from binascii import b2a_base64
from typing import Any, Union

from .. import _backend
from ..errors import from_native

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
    try:
        h = int(m.sarkbind_MCPParserNew(options))
    except RuntimeError as exc:
        raise from_native(exc) from None
    with _lock:
        existing = _parsers.get(key)
        if existing is None and len(_parsers) < _MAX_PARSERS:
            _parsers[key] = h
            return h, False
    if existing is not None:  # another thread won the race
        m.sarkbind_MCPParserClose(h)
        return existing, False
    return h, True


def parse_summary(
    data: Union[bytes, bytearray, memoryview, str], strict: bool, max_bytes: int, max_depth: int, max_batch: int) -> dict[str, Any]:
    """The same summary dict as the Python reference's parse_summary, computed in Go."""
    h, temporary = _parser(strict, max_bytes, max_depth, max_batch)
    m = _backend.native()
    try:
        try:
            text = data if type(data) is str else bytes(data).decode("utf-8")
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
    return json.loads(out)  # type: ignore[no-any-return]
