"""The types both MCP backends share: options, input, results, and the backend protocol."""

from __future__ import annotations

from typing import NamedTuple, Protocol, Union

from ._message import Id, Kind, Message

__all__ = ["Data", "Id", "Kind", "MCPBackend", "MCPOptions", "Message", "Parsed"]

#: A message, a batch or a JSON document: bytes (UTF-8) or str.
Data = Union[bytes, bytearray, memoryview, str]

#: What parsing returns: a Message, or a list of them for a batch.
Parsed = Union[Message, list[Message]]


class MCPOptions(NamedTuple):
    """A parser's options, already validated (see MCPParser for their meaning and ranges)."""

    strict: bool
    max_bytes: int
    max_depth: int
    max_batch: int
    max_batch_bytes: int


class MCPBackend(Protocol):
    """One parser with fixed options; ``close()`` frees it, after which every call raises ``Closed``."""

    def parse(self, data: Data) -> Parsed: ...

    def canonicalize(self, data: Data) -> bytes: ...

    def close(self) -> None: ...
