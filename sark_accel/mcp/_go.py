"""The Go backend of the MCP parser: go/mcp behind the extension, one parser per option set."""

from __future__ import annotations

import json
import threading
from binascii import b2a_base64
from typing import Any, Optional, Union

from .. import _backend
from .._handle import call
from ..errors import from_native
from ._message import Message, json_loads, loads_short_ints
from ._python import DEFAULT_MAX_BATCH, DEFAULT_MAX_BATCH_BYTES, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH

_lock = threading.Lock()
_Limits = tuple[int, int, int, int]  # max_bytes, max_depth, max_batch, max_batch_bytes
_parsers: dict[tuple[bool, _Limits], int] = {}
_MAX_PARSERS = 64  # distinct option sets kept; older ones are closed


def _parser(strict: bool, limits: _Limits) -> tuple[int, bool]:
    """A parser handle for these options, and whether the caller must close it after use.

    Parsers are immutable and shared; past _MAX_PARSERS distinct option sets, a parser is
    built for the one call (never closing a shared parser another thread may be using).
    """
    key = (strict, limits)
    h = _parsers.get(key)
    if h is not None:
        return h, False
    m = _backend.native()
    names = ("max_bytes", "max_depth", "max_batch", "max_batch_bytes")
    options = json.dumps({"strict": strict, **dict(zip(names, limits, strict=True))})
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


_native: Any = None  # the extension module, once the go backend is in use
_MB, _MD, _MBATCH, _MBB = DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_BATCH, DEFAULT_MAX_BATCH_BYTES
_default_parsers: list[Optional[int]] = [None, None]  # [strict] -> handle, for the default limits


def parse(
    data: Union[bytes, bytearray, memoryview, str],
    strict: bool,
    max_bytes: int,
    max_depth: int,
    max_batch: int,
    max_batch_bytes: int,
) -> Union[Message, list[Message]]:
    """Parse in Go; returns what parse_message returns (a Message, or a list for a batch)."""
    global _native
    m = _native
    if m is None:
        m = _native = _backend.native()
    default_limits = max_bytes == _MB and max_depth == _MD and max_batch == _MBATCH and max_batch_bytes == _MBB
    h = _default_parsers[strict] if default_limits else None
    temporary = False
    if h is None:
        h, temporary = _parser(strict, (max_bytes, max_depth, max_batch, max_batch_bytes))
        if default_limits and not temporary:
            _default_parsers[strict] = h
    try:
        try:
            text = data.decode() if type(data) is bytes else data if isinstance(data, str) else bytes(data).decode()
            out = m.sarkbind_MCPParse(h, text)
        except (ValueError, UnicodeError):
            # NUL, invalid UTF-8 or lone surrogates cannot cross as a str: send the bytes.
            # (Such input never parses, so no span ever refers to it.)
            raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
            out = m.sarkbind_MCPParseEncoded(h, b2a_base64(raw, newline=False).decode("ascii"))
            text = raw.decode("utf-8", "replace")
    except RuntimeError as exc:
        raise from_native(exc) from None
    finally:
        if temporary:
            m.sarkbind_MCPParserClose(h)
    loads = json_loads if out[1] == "L" else loads_short_ints
    build = Message._from_fields
    if out[0] == "S":
        return build(out[3:].split("\x1f"), text, data, loads)
    return [build(record.split("\x1f"), text, data, loads) for record in out[3:].split("\x1e")]
