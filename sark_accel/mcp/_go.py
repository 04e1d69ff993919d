"""The go backend of MCPParser: one go/mcp parser behind the extension, freed by NativeHandle."""

from __future__ import annotations

from binascii import b2a_base64
from typing import Any, Callable

from .._handle import NativeHandle
from ..errors import InvalidArgument, from_native
from ._message import Message, json_loads, loads_short_ints
from ._types import Data, MCPOptions, Parsed


class GoMCPBackend(NativeHandle):
    """Parses and canonicalizes in Go; returns the python backend's types."""

    def __init__(self, options: MCPOptions) -> None:
        super().__init__("sarkbind_MCPParserNew", "sarkbind_MCPParserClose", options._asdict())
        m = self._m
        # Bound once: no lookups on the hot path, and _native disarms them in a forked child.
        self._parse_text = m.sarkbind_MCPParse
        self._parse_encoded = m.sarkbind_MCPParseEncoded
        self._canonicalize_text = m.sarkbind_MCPCanonicalize
        self._canonicalize_encoded = m.sarkbind_MCPCanonicalizeEncoded

    def _cross(
        self, text_fn: Callable[[int, str], str], encoded_fn: Callable[[int, str], str], data: Any
    ) -> tuple[str, str]:
        """``(output, input text)`` of a call that takes the input as a str.

        NUL, invalid UTF-8 and lone surrogates cannot cross as a str: such input crosses as
        base64 of its bytes (it never parses, so no span ever refers to its text).
        """
        try:
            try:
                if type(data) is bytes:
                    text = data.decode()
                elif isinstance(data, str):
                    text = data
                elif isinstance(data, (bytearray, memoryview)):
                    text = bytes(data).decode()
                else:
                    raise InvalidArgument("mcp: data must be bytes or str")
                return text_fn(self._h, text), text
            except (UnicodeError, ValueError) as exc:
                if isinstance(exc, InvalidArgument):
                    raise
                raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else bytes(data)
                out = encoded_fn(self._h, b2a_base64(raw, newline=False).decode("ascii"))
                return out, raw.decode("utf-8", "replace")
        except RuntimeError as exc:
            raise from_native(exc) from None

    def parse(self, data: Data) -> Parsed:
        out, text = self._cross(self._parse_text, self._parse_encoded, data)
        # Framing: go/sarkbind/mcp.go (MCPParse).
        loads = json_loads if out[1] == "L" else loads_short_ints
        build = Message._from_fields
        if out[0] == "S":
            return build(out[3:].split("\x1f"), text, data, loads)
        return [build(record.split("\x1f"), text, data, loads) for record in out[3:].split("\x1e")]

    def canonicalize(self, data: Data) -> bytes:
        return self._cross(self._canonicalize_text, self._canonicalize_encoded, data)[0].encode()
