"""The Message type: what parse_message returns for each message (or batch element)."""

from __future__ import annotations

import decimal
import json
from typing import Any, Callable, Literal, Optional, Union

Kind = Literal["request", "notification", "result", "error", "invalid"]
Id = Union[str, int, None]
Loads = Callable[[str], Any]

_MAX_INT_DIGITS = 4300  # sys.get_int_max_str_digits() default; process-global, so left alone


def _exact_int(text: str) -> Union[int, decimal.Decimal]:
    """An integer literal as int, or as an exact Decimal beyond 4300 digits, where int(text)
    raises ValueError (and an exact int would take time quadratic in the length)."""
    if len(text) - text.startswith("-") <= _MAX_INT_DIGITS:
        return int(text)
    return decimal.Decimal(text)


#: json.loads for message values: integers of any length decode (see _exact_int).
json_loads: Callable[[str], Any] = json.JSONDecoder(parse_int=_exact_int).decode

try:  # orjson builds the same dicts 2-5x faster, but turns integers beyond 64 bits into floats
    import orjson

    def loads_short_ints(raw: str) -> Any:
        """json.loads for text whose integer literals all have at most 18 digits (the Go
        scanner says so per input): then orjson gives the same values as json.loads."""
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:  # a number beyond double range: json's answer (inf)
            return json_loads(raw)

except ImportError:  # pragma: no cover - orjson is optional
    loads_short_ints = json_loads  # type: ignore[assignment]

_UNSET: Any = object()

# Positions in Message._f. The go backend's framed fields come first, exactly as they crossed
# (see go/sarkbind/mcp.go): scalars as canonical JSON text and raw fields as decimal character
# offsets into the input text, "" for none. Each property decodes its field on first access
# into a cache slot; the python backend fills the cache slots when it builds the Message.
_KIND, _ID_J, _METHOD_J, _TOOL_J, _TOKEN_J = range(5)
_PARAMS_AT, _ARGS_AT, _META_AT, _RESULT_AT = 5, 7, 9, 11  # (start, end) pairs
_ERROR_J, _VERSION_J = 13, 14
_RAW, _LOADS, _TEXT = range(15, 18)
_ID, _METHOD, _TOOL, _TOKEN, _ERROR, _VERSION = range(18, 24)
_PARAMS_RAW, _ARGS_RAW, _META_RAW, _RESULT_RAW = range(24, 28)
_PARAMS, _ARGS, _META, _RESULT = range(28, 32)
_COLD = (_UNSET,) * 14  # every cache slot, not yet decoded
_NO_FIELDS = ("",) * 14  # the framed fields of a Message the python backend built


def _scalar(field: str) -> Any:
    """Decode a canonical JSON string or integer field ("" for none)."""
    if not field:
        return None
    if field[0] == '"':
        return field[1:-1] if "\\" not in field else json.loads(field)
    return int(field)


_new = object.__new__
_set = object.__setattr__


class Message:
    """One parsed, validated JSON-RPC 2.0 / MCP message. Immutable.

    ``kind`` is ``"request"``, ``"notification"``, ``"result"``, ``"error"``, or ``"invalid"``
    for a bad element of a batch (its ``error`` then holds ``{"code", "message", "data"}``).
    ``params_raw``, ``arguments_raw``, ``meta_raw`` and ``result_raw`` are the values' JSON text
    exactly as written in the input (validated, not re-serialised: the sender's whitespace, key
    order and escapes are kept; pass one to ``sark_accel.mcp.canonicalize`` for canonical JSON).
    ``params``, ``arguments``, ``meta`` and ``result`` are built from them on first access
    (the values ``json.loads`` gives, except that an integer of more than 4300 digits, which
    ``json.loads`` refuses, is an exact ``decimal.Decimal``; from the go backend with orjson
    when it is installed and the input has no integer literal longer than 18 characters, which
    gives the same values faster); ``raw`` is the input the message came from (for a batch element, the whole batch).
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
        loads: Loads = json_loads,
        *,
        protocol_version: Optional[str] = None,
    ) -> None:
        fields: list[Any] = [kind, *_NO_FIELDS, raw, loads, ""]
        fields += (id, method, tool_name, progress_token, error, protocol_version)
        fields += (params_raw, arguments_raw, meta_raw, result_raw)
        fields += (_UNSET, _UNSET, _UNSET, _UNSET)
        object.__setattr__(self, "_f", fields)

    @classmethod
    def _from_fields(cls, f: list[Any], text: str, raw: Any, loads: Loads) -> Message:
        """Build from the go backend's framed fields (``f`` is taken over, not copied)."""
        f += (raw, loads, text)
        f += _COLD
        m = _new(cls)
        _set(m, "_f", f)
        return m

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
            protocol_version=entry["protocol_version"],
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
        return self._decoded(_ID, _ID_J)  # type: ignore[no-any-return]

    @property
    def method(self) -> Optional[str]:
        """The method of a request or notification."""
        return self._decoded(_METHOD, _METHOD_J)  # type: ignore[no-any-return]

    @property
    def tool_name(self) -> Optional[str]:
        """``params.name`` of a tools/call request."""
        f = self._f
        v = f[_TOOL]
        if v is _UNSET:  # inlined _decoded: the field a gateway reads on every call
            v = f[_TOOL] = _scalar(f[_TOOL_J])
        return v  # type: ignore[no-any-return]

    @property
    def progress_token(self) -> Union[str, int, None]:
        """``params._meta.progressToken`` when it is a valid id."""
        return self._decoded(_TOKEN, _TOKEN_J)  # type: ignore[no-any-return]

    @property
    def protocol_version(self) -> Optional[str]:
        """The MCP revision the message claims: ``params._meta["io.modelcontextprotocol/protocolVersion"]``,
        else initialize's ``params.protocolVersion``, when a non-empty string (a revision unknown
        here too); None when the message does not say (results and errors never do)."""
        return self._decoded(_VERSION, _VERSION_J)  # type: ignore[no-any-return]

    @property
    def params_raw(self) -> Optional[str]:
        """``params`` as written in the input, or None."""
        return self._raw(_PARAMS_RAW, _PARAMS_AT)

    @property
    def arguments_raw(self) -> Optional[str]:
        """``params.arguments`` as written in the input, or None."""
        f = self._f
        v = f[_ARGS_RAW]
        if v is _UNSET:  # inlined _raw: the field a gateway reads on every call
            start = f[_ARGS_AT]
            v = f[_ARGS_RAW] = f[_TEXT][int(start) : int(f[_ARGS_AT + 1])] if start else None
        return v  # type: ignore[no-any-return]

    @property
    def meta_raw(self) -> Optional[str]:
        """``params._meta`` (``result._meta`` for results) as written in the input, or None."""
        return self._raw(_META_RAW, _META_AT)

    @property
    def result_raw(self) -> Optional[str]:
        """``result`` as written in the input, or None."""
        return self._raw(_RESULT_RAW, _RESULT_AT)

    @property
    def error(self) -> Optional[dict[str, Any]]:
        """``{"code", "message", "data_raw"}`` for error responses, ``{"code", "message",
        "data"}`` for invalid batch elements, else None."""
        f = self._f
        v = f[_ERROR]
        if v is _UNSET:
            v = f[_ERROR] = json_loads(f[_ERROR_J]) if f[_ERROR_J] else None
        return v  # type: ignore[no-any-return]

    @property
    def raw(self) -> Union[bytes, bytearray, memoryview, str]:
        """The input this message came from (for a batch element, the whole batch)."""
        return self._f[_RAW]  # type: ignore[no-any-return]

    def _decoded(self, slot: int, src: int) -> Any:
        f = self._f
        v = f[slot]
        if v is _UNSET:
            v = f[slot] = _scalar(f[src])
        return v

    def _raw(self, slot: int, at: int) -> Optional[str]:
        f = self._f
        v = f[slot]
        if v is _UNSET:
            start = f[at]
            v = f[slot] = f[_TEXT][int(start) : int(f[at + 1])] if start else None
        return v  # type: ignore[no-any-return]

    def _lazy(self, slot: int, raw: Optional[str]) -> Any:
        f = self._f
        value = f[slot]
        if value is _UNSET:  # first access
            value = f[slot] = None if raw is None else f[_LOADS](raw)
        return value

    @property
    def params(self) -> Optional[dict[str, Any]]:
        """The ``params`` object, or None when absent."""
        return self._lazy(_PARAMS, self.params_raw)  # type: ignore[no-any-return]

    @property
    def arguments(self) -> Optional[dict[str, Any]]:
        """``params.arguments`` (tools/call, prompts/get ...), or None when absent."""
        return self._lazy(_ARGS, self.arguments_raw)  # type: ignore[no-any-return]

    @property
    def meta(self) -> Optional[dict[str, Any]]:
        """``params._meta``, or None when absent."""
        return self._lazy(_META, self.meta_raw)  # type: ignore[no-any-return]

    @property
    def result(self) -> Optional[dict[str, Any]]:
        """The ``result`` object of a result response, or None."""
        return self._lazy(_RESULT, self.result_raw)  # type: ignore[no-any-return]

    def summary(self) -> dict[str, Any]:
        """The fields as a dict (the shape both backends produce)."""
        return {
            "kind": self.kind,
            "id": self.id,
            "method": self.method,
            "tool_name": self.tool_name,
            "progress_token": self.progress_token,
            "protocol_version": self.protocol_version,
            "params_raw": self.params_raw,
            "arguments_raw": self.arguments_raw,
            "meta_raw": self.meta_raw,
            "result_raw": self.result_raw,
            "error": self.error,
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
