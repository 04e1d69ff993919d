"""The Message type: what parse_message returns for each message (or batch element)."""

from __future__ import annotations

import json
from typing import Any, Callable, Literal, Optional, Union

Kind = Literal["request", "notification", "result", "error", "invalid"]
Id = Union[str, int, None]
Loads = Callable[[str], Any]

try:  # orjson builds the same dicts 2-5x faster, but turns integers beyond 64 bits into floats
    import orjson

    def loads_short_ints(raw: str) -> Any:
        """json.loads for text whose integer literals all have at most 18 digits (the Go
        scanner says so per input): then orjson gives the same values as json.loads."""
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:  # a number beyond double range: json's answer (inf)
            return json.loads(raw)

except ImportError:  # pragma: no cover - orjson is optional
    loads_short_ints = json.loads  # type: ignore[assignment]

_UNSET: Any = object()

# Positions in Message._f.
_KIND, _ID, _METHOD, _TOOL, _TOKEN, _PARAMS_RAW, _ARGS_RAW, _META_RAW, _RESULT_RAW, _ERROR, _RAW, _LOADS = range(12)
_PARAMS, _ARGS, _META, _RESULT = range(12, 16)  # built on first access
# From the go backend, a raw field may still be a pending span: a (start, end) tuple of
# decimal character offsets into the input text held at _TEXT, sliced on first access.
_TEXT = 16


class Message:
    """One parsed, validated JSON-RPC 2.0 / MCP message. Immutable.

    ``kind`` is ``"request"``, ``"notification"``, ``"result"``, ``"error"``, or ``"invalid"``
    for a bad element of a batch (its ``error`` then holds ``{"code", "message", "data"}``).
    ``params_raw``, ``arguments_raw``, ``meta_raw`` and ``result_raw`` are the values' JSON text
    exactly as written in the input (validated, not re-serialised: the sender's whitespace, key
    order and escapes are kept; pass one to ``sark_accel.mcp.canonicalize`` for canonical JSON).
    ``params``, ``arguments``, ``meta`` and ``result`` are built from them on first access
    (the values ``json.loads`` gives; from the go backend with orjson when it is installed and
    the input has no integer literal longer than 18 characters, which gives the same values
    faster); ``raw`` is the input the message came from (for a batch element, the whole batch).
    """

    # All state in one list: building a Message sets one slot (parsing is the hot path).
    __slots__ = ("_f",)
    _f: list[Any]

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
        loads: Loads = json.loads,
    ) -> None:
        fields: list[Any] = [kind, id, method, tool_name, progress_token, params_raw, arguments_raw, meta_raw]
        fields += (result_raw, error, raw, loads, _UNSET, _UNSET, _UNSET, _UNSET, None)
        object.__setattr__(self, "_f", fields)

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

    @property
    def kind(self) -> Kind:
        """``"request"``, ``"notification"``, ``"result"``, ``"error"`` or ``"invalid"``."""
        return self._f[_KIND]  # type: ignore[no-any-return]

    @property
    def id(self) -> Id:
        """The id (string or integer), or None for notifications and ``null`` ids."""
        return self._f[_ID]  # type: ignore[no-any-return]

    @property
    def method(self) -> Optional[str]:
        """The method of a request or notification."""
        return self._f[_METHOD]  # type: ignore[no-any-return]

    @property
    def tool_name(self) -> Optional[str]:
        """``params.name`` of a tools/call request."""
        return self._f[_TOOL]  # type: ignore[no-any-return]

    @property
    def progress_token(self) -> Union[str, int, None]:
        """``params._meta.progressToken`` when it is a valid id."""
        return self._f[_TOKEN]  # type: ignore[no-any-return]

    @property
    def params_raw(self) -> Optional[str]:
        """``params`` as written in the input, or None."""
        v = self._f[_PARAMS_RAW]
        return self._slice(_PARAMS_RAW) if type(v) is tuple else v

    @property
    def arguments_raw(self) -> Optional[str]:
        """``params.arguments`` as written in the input, or None."""
        f = self._f
        v = f[_ARGS_RAW]
        if type(v) is tuple:  # inlined _slice: the field a gateway reads on every call
            v = f[_ARGS_RAW] = f[_TEXT][int(v[0]) : int(v[1])]
        return v  # type: ignore[no-any-return]

    @property
    def meta_raw(self) -> Optional[str]:
        """``params._meta`` (``result._meta`` for results) as written in the input, or None."""
        v = self._f[_META_RAW]
        return self._slice(_META_RAW) if type(v) is tuple else v

    @property
    def result_raw(self) -> Optional[str]:
        """``result`` as written in the input, or None."""
        v = self._f[_RESULT_RAW]
        return self._slice(_RESULT_RAW) if type(v) is tuple else v

    @property
    def error(self) -> Optional[dict[str, Any]]:
        """``{"code", "message", "data_raw"}`` for error responses, ``{"code", "message",
        "data"}`` for invalid batch elements, else None."""
        return self._f[_ERROR]  # type: ignore[no-any-return]

    @property
    def raw(self) -> Union[bytes, bytearray, memoryview, str]:
        """The input this message came from (for a batch element, the whole batch)."""
        return self._f[_RAW]  # type: ignore[no-any-return]

    def _slice(self, raw_slot: int) -> str:
        f = self._f
        start, end = f[raw_slot]
        raw = f[raw_slot] = f[_TEXT][int(start) : int(end)]
        return raw  # type: ignore[no-any-return]

    def _lazy(self, slot: int, raw_slot: int) -> Any:
        f = self._f
        value = f[slot]
        if value is _UNSET:  # first access
            raw = f[raw_slot]
            if type(raw) is tuple:
                raw = self._slice(raw_slot)
            value = f[slot] = None if raw is None else f[_LOADS](raw)
        return value

    @property
    def params(self) -> Optional[dict[str, Any]]:
        """The ``params`` object, or None when absent."""
        return self._lazy(_PARAMS, _PARAMS_RAW)  # type: ignore[no-any-return]

    @property
    def arguments(self) -> Optional[dict[str, Any]]:
        """``params.arguments`` (tools/call, prompts/get ...), or None when absent."""
        return self._lazy(_ARGS, _ARGS_RAW)  # type: ignore[no-any-return]

    @property
    def meta(self) -> Optional[dict[str, Any]]:
        """``params._meta``, or None when absent."""
        return self._lazy(_META, _META_RAW)  # type: ignore[no-any-return]

    @property
    def result(self) -> Optional[dict[str, Any]]:
        """The ``result`` object of a result response, or None."""
        return self._lazy(_RESULT, _RESULT_RAW)  # type: ignore[no-any-return]

    def summary(self) -> dict[str, Any]:
        """The fields as a dict (the shape both backends produce)."""
        f = self._f
        return {
            "kind": f[_KIND],
            "id": f[_ID],
            "method": f[_METHOD],
            "tool_name": f[_TOOL],
            "progress_token": f[_TOKEN],
            "params_raw": self.params_raw,
            "arguments_raw": self.arguments_raw,
            "meta_raw": self.meta_raw,
            "result_raw": self.result_raw,
            "error": f[_ERROR],
        }

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
