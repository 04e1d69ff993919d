"""The Message type: what parse_message returns for each message (or batch element)."""

from __future__ import annotations

import json
from typing import Any, Literal, Optional, Union

Kind = Literal["request", "notification", "result", "error", "invalid"]
Id = Union[str, int, None]

_UNSET: Any = object()


class Message:
    """One parsed, validated JSON-RPC 2.0 / MCP message. Immutable.

    ``kind`` is ``"request"``, ``"notification"``, ``"result"``, ``"error"``, or ``"invalid"``
    for a bad element of a batch (its ``error`` then holds ``{"code", "message", "data"}``).
    ``params``, ``arguments``, ``meta`` and ``result`` are built from their canonical JSON
    (``*_raw``) on first access; ``raw`` is the input the message came from (for a batch
    element, the whole batch).
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
    raw: Union[bytes, str]

    def __init__(self, entry: dict[str, Any], raw: Union[bytes, str]) -> None:
        setattr_ = object.__setattr__
        for name in ("kind", "id", "method", "tool_name", "progress_token"):
            setattr_(self, name, entry[name])
        for name in ("params_raw", "arguments_raw", "meta_raw", "result_raw", "error"):
            setattr_(self, name, entry[name])
        setattr_(self, "raw", raw)
        for name in ("_params", "_arguments", "_meta", "_result"):
            setattr_(self, name, _UNSET)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Message is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Message is immutable (cannot delete {name!r})")

    def _lazy(self, slot: str, raw: Optional[str]) -> Any:
        value = object.__getattribute__(self, slot)
        if value is _UNSET:
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
