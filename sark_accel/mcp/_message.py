"""The Message type: what parse_message returns for each message (or batch element)."""

from __future__ import annotations

import json
from typing import Any, Literal, Optional, Union

Kind = Literal["request", "notification", "result", "error", "invalid"]
Id = Union[str, int, None]


class Message:
    """One parsed, validated JSON-RPC 2.0 / MCP message. Immutable.

    ``kind`` is ``"request"``, ``"notification"``, ``"result"``, ``"error"``, or ``"invalid"``
    for a bad element of a batch (its ``error`` then holds ``{"code", "message", "data"}``).
    ``params_raw``, ``arguments_raw``, ``meta_raw`` and ``result_raw`` are the values' JSON text
    exactly as written in the input (validated, not re-serialised: the sender's whitespace, key
    order and escapes are kept; pass one to ``sark_accel.mcp.canonicalize`` for canonical JSON).
    ``params``, ``arguments``, ``meta`` and ``result`` are built from them on first access;
    ``raw`` is the input the message came from (for a batch element, the whole batch).
    """

    __slots__ = (
        "kind",
        "id",
        "method",
        "tool_name",
        "progress_token",
        "params_raw",
        "arguments_raw",
        "meta_raw",
        "result_raw",
        "error",
        "raw",
        "_params",
        "_arguments",
        "_meta",
        "_result",
    )

    kind: Kind
    id: Id
    method: Optional[str]
    tool_name: Optional[str]
    progress_token: Union[str, int, None]
    params_raw: Optional[str]
    arguments_raw: Optional[str]
    meta_raw: Optional[str]
    result_raw: Optional[str]
    error: Optional[dict[str, Any]]
    raw: Union[bytes, bytearray, memoryview, str]

    def __init__(
        self,
        kind: Kind,
        id: Id,
        method: Optional[str],
        tool_name: Optional[str],
        progress_token: Union[str, int, None],
        params_raw: Optional[str],
        arguments_raw: Optional[str],
        meta_raw: Optional[str],
        result_raw: Optional[str],
        error: Optional[dict[str, Any]],
        raw: Union[bytes, bytearray, memoryview, str],
    ) -> None:
        set_ = object.__setattr__
        set_(self, "kind", kind)
        set_(self, "id", id)
        set_(self, "method", method)
        set_(self, "tool_name", tool_name)
        set_(self, "progress_token", progress_token)
        set_(self, "params_raw", params_raw)
        set_(self, "arguments_raw", arguments_raw)
        set_(self, "meta_raw", meta_raw)
        set_(self, "result_raw", result_raw)
        set_(self, "error", error)
        set_(self, "raw", raw)

    @classmethod
    def from_summary(cls, entry: dict[str, Any], raw: Union[bytes, bytearray, memoryview, str]) -> Message:
        """Build from one entry of a summary dict (the Python reference's output)."""
        return cls(
            entry["kind"],
            entry["id"],
            entry["method"],
            entry["tool_name"],
            entry["progress_token"],
            entry["params_raw"],
            entry["arguments_raw"],
            entry["meta_raw"],
            entry["result_raw"],
            entry["error"],
            raw,
        )

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Message is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Message is immutable (cannot delete {name!r})")

    def _lazy(self, slot: str, raw: Optional[str]) -> Any:
        try:
            return object.__getattribute__(self, slot)
        except AttributeError:  # first access: the slot is still unset
            value = None if raw is None else json.loads(raw)
            object.__setattr__(self, slot, value)
            return value

    @property
    def params(self) -> Optional[dict[str, Any]]:
        """The ``params`` object, or None when absent."""
        return self._lazy("_params", self.params_raw)  # type: ignore[no-any-return]

    @property
    def arguments(self) -> Optional[dict[str, Any]]:
        """``params.arguments`` (tools/call, prompts/get ...), or None when absent."""
        return self._lazy("_arguments", self.arguments_raw)  # type: ignore[no-any-return]

    @property
    def meta(self) -> Optional[dict[str, Any]]:
        """``params._meta``, or None when absent."""
        return self._lazy("_meta", self.meta_raw)  # type: ignore[no-any-return]

    @property
    def result(self) -> Optional[dict[str, Any]]:
        """The ``result`` object of a result response, or None."""
        return self._lazy("_result", self.result_raw)  # type: ignore[no-any-return]

    def summary(self) -> dict[str, Any]:
        """The fields as a dict (the shape both backends produce)."""
        names = ("kind", "id", "method", "tool_name", "progress_token", "params_raw", "arguments_raw")
        out = {n: getattr(self, n) for n in names}
        out.update(meta_raw=self.meta_raw, result_raw=self.result_raw, error=self.error)
        return out

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.summary() == other.summary()

    def __hash__(self) -> int:
        return hash((self.kind, self.id, self.method, self.params_raw, self.result_raw))

    def __repr__(self) -> str:
        parts = [f"kind={self.kind!r}", f"id={self.id!r}"]
        if self.method is not None:
            parts.append(f"method={self.method!r}")
        if self.tool_name is not None:
            parts.append(f"tool_name={self.tool_name!r}")
        if self.error is not None:
            parts.append(f"error={self.error!r}")
        return f"Message({', '.join(parts)})"
