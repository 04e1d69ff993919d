"""Errors of the MCP / JSON-RPC 2.0 message parser.

The Go binding raises ``RuntimeError("sark:mcp:<json>")`` where ``<json>`` is the canonical JSON
object ``{"code": int, "data": object|null, "id": str|int|null, "message": str}``.
:func:`sark_accel.errors.from_native` calls ``MCPError(text)`` with that JSON text, and
:class:`MCPError` accepts it as its single argument, so both backends raise the same class with the
same attributes.
"""

from __future__ import annotations

import json
from typing import Any

from sark_accel.errors import InvalidArgument, register_kind

__all__ = [
    "PARSE_ERROR",
    "INVALID_REQUEST",
    "METHOD_NOT_FOUND",
    "INVALID_PARAMS",
    "MCPError",
    "error_response",
    "canonical_dumps_plain",
]

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602

#: The standard JSON-RPC 2.0 message of each code.
STANDARD_MESSAGES: dict[int, str] = {
    PARSE_ERROR: "Parse error",
    INVALID_REQUEST: "Invalid Request",
    METHOD_NOT_FOUND: "Method not found",
    INVALID_PARAMS: "Invalid params",
}


_CANONICAL_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), sort_keys=True, allow_nan=False)


def _json_canonical(value: Any) -> str:
    return _CANONICAL_ENCODER.encode(value)


try:  # orjson with OPT_SORT_KEYS writes the same bytes, 4-10x faster
    import orjson

    def canonical_dumps_plain(value: Any) -> str:
        """Canonical JSON of a value made of dict/list/str/int/bool/None (no floats).

        Compact, keys sorted by code point, non-ASCII kept literal, the same escapes as Go.
        """
        try:
            text: str = orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode("utf-8")  # typed without orjson too
            return text
        except orjson.JSONEncodeError:  # nesting beyond orjson's limit, ints beyond 64 bits
            return _CANONICAL_ENCODER.encode(value)

except ImportError:  # pragma: no cover - orjson is optional
    canonical_dumps_plain = _json_canonical


def error_response(code: int, message: str, data: Any, id: str | int | None) -> bytes:
    """The ready-to-send JSON-RPC error response (canonical JSON, UTF-8), identical to Go's."""
    body = {"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message, "data": data}}
    return canonical_dumps_plain(body).encode("utf-8")


@register_kind
class MCPError(InvalidArgument):
    """An MCP / JSON-RPC message failed to parse or validate.

    Attributes:
        code: the JSON-RPC error code (-32700, -32600, -32601 or -32602).
        message: the standard JSON-RPC message of the code.
        data: a dict with at least ``"reason"`` (and ``"limit"``, ``"method"`` or ``"member"``
            for some reasons), or None.
        id: the id of the offending message when it could be recovered, else None.
    """

    kind = "mcp"

    def __init__(
        self,
        code: int | str,
        message: str | None = None,
        data: Any = None,
        id: str | int | None = None,
    ) -> None:
        if isinstance(code, str) and message is None:
            # Built by sark_accel.errors.from_native from "sark:mcp:<json>".
            try:
                obj = json.loads(code)
                code, message, data, id = obj["code"], obj["message"], obj.get("data"), obj.get("id")
            except (ValueError, KeyError, TypeError):
                code, message, data, id = -32603, "Internal error", {"reason": str(code)}, None
        assert isinstance(code, int)
        self.code: int = code
        self.message: str = message if message is not None else STANDARD_MESSAGES.get(code, "Error")
        self.data: Any = data
        self.id: str | int | None = id
        reason = data.get("reason") if isinstance(data, dict) else None
        super().__init__(f"{self.code} {self.message}" + (f": {reason}" if reason else ""))

    @property
    def reason(self) -> str | None:
        """The ``data["reason"]`` text, if any."""
        return self.data.get("reason") if isinstance(self.data, dict) else None

    def to_dict(self) -> dict[str, Any]:
        """``{"code", "message", "data", "id"}`` (the shape the Go binding sends)."""
        return {"code": self.code, "message": self.message, "data": self.data, "id": self.id}

    def to_response(self) -> bytes:
        """The ready-to-send JSON-RPC error response, byte-identical to Go's ``(*Error).Response``."""
        return error_response(self.code, self.message, self.data, self.id)

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, (self.code, self.message, self.data, self.id))
