"""MCPParser: the MCP engine, one parser with fixed options on the backend chosen at construction."""

from __future__ import annotations

from types import TracebackType
from typing import Optional

from .. import _backend
from ._python import (
    DEFAULT_MAX_BATCH,
    DEFAULT_MAX_BATCH_BYTES,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    PythonMCPBackend,
    _check_options,
)
from ._types import Data, MCPBackend, MCPOptions, Parsed


class MCPParser:
    """Parses, validates and classifies MCP / JSON-RPC 2.0 messages with fixed options.

    Args:
        backend: ``"go"`` or ``"python"``; None lets the flags decide (once, here).
        strict: reject members outside the JSON-RPC envelope (-32600), unknown methods and methods
            the revision a message claims lacks (-32601).
        max_bytes: largest input, in UTF-8 bytes (1..2**30; default 4 MiB).
        max_depth: deepest nesting of arrays/objects (1..512; default 64).
        max_batch: longest batch (0..2**20, 0 refuses batches; default 1000).
        max_batch_bytes: largest batch, in UTF-8 bytes (1..2**30; default 4 MiB), checked right
            after max_bytes and apart from it: raising max_bytes for large single messages does
            not admit batches of a million tiny elements (each costs about a kilobyte).

    Raises:
        InvalidArgument: an option is out of range, or ``backend`` is unknown.
        TypeError: ``strict`` is not a bool.
    """

    def __init__(
        self,
        *,
        backend: Optional[str] = None,
        strict: bool = False,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_depth: int = DEFAULT_MAX_DEPTH,
        max_batch: int = DEFAULT_MAX_BATCH,
        max_batch_bytes: int = DEFAULT_MAX_BATCH_BYTES,
    ) -> None:
        if type(strict) is not bool:
            raise TypeError(f"strict must be a bool, not {type(strict).__name__}")
        _check_options(max_bytes, max_depth, max_batch, max_batch_bytes)
        options = MCPOptions(strict, max_bytes, max_depth, max_batch, max_batch_bytes)
        self.backend = _backend.resolve("mcp", backend)
        self.options = options
        self._impl: MCPBackend
        if self.backend == "go":
            from ._go import GoMCPBackend  # the extension loads only when go is used

            self._impl = GoMCPBackend(options)
        else:
            self._impl = PythonMCPBackend(options)

    def parse(self, data: Data) -> Parsed:
        """Parse one message (-> Message) or a batch (-> list[Message]).

        Raises:
            MCPError: the input is unacceptable. ``.code`` is the JSON-RPC code (-32700, -32600,
                -32601, -32602), ``.data["reason"]`` says why, ``.id`` is the message id when it
                could be recovered, and ``.to_response()`` is the JSON-RPC error response to send.
                In a batch, a bad element does not raise: it becomes a Message of kind "invalid".
            InvalidArgument: ``data`` is not bytes/str.
            Closed: the parser was closed.
        """
        return self._impl.parse(data)

    def canonicalize(self, data: Data) -> bytes:
        """Canonical JSON of any JSON document, after the same whole-input checks as parse
        (max_bytes and max_depth apply; the other options do not)."""
        return self._impl.canonicalize(data)

    def close(self) -> None:
        """Free the parser; idempotent. Later calls raise ``sark_accel.Closed``."""
        self._impl.close()

    def __enter__(self) -> MCPParser:
        return self

    def __exit__(
        self, exc_type: Optional[type[BaseException]], exc: Optional[BaseException], tb: Optional[TracebackType]
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"MCPParser(backend={self.backend!r}, {', '.join(f'{k}={v!r}' for k, v in self.options._asdict().items())})"
        )
