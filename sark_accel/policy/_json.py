"""JSON encoding rules shared by every policy backend (so results look the same on both paths).

* Encoding: compact UTF-8; ``TypeError`` for values JSON cannot represent (sets, bytes, custom
  objects, circular structures, nesting deeper than Python's recursion limit);
  :class:`~sark_accel.errors.InvalidArgument` (a ``ValueError``) for ``NaN`` and ``±Infinity``
  (the type is right, JSON has no such value). Non-string dict keys
  that :func:`json.dumps` coerces (int, float, bool, None) are coerced the same way.
* Decoding: numbers keep the form the engine wrote: ``1`` -> ``int``, ``1.0`` -> ``float``, big
  integers stay exact ``int``. A number beyond float range (Rego numbers are arbitrary precision,
  ``1e400`` is valid) becomes :class:`decimal.Decimal` instead of silently turning into ``inf``.
  ``NaN``/``Infinity`` literals are rejected (``ValueError``).
"""

from __future__ import annotations

import decimal
import json
import math
from typing import Any

from sark_accel.errors import InvalidArgument

__all__ = ["dumps", "dumps_str", "loads"]

_encoder = json.JSONEncoder(allow_nan=False, ensure_ascii=False, separators=(",", ":"))


def _not_serialisable(value: Any) -> Any:
    return _encoder.default(value)  # raises json's usual TypeError


# json's C encoder, built once: JSONEncoder.encode builds a new one on every call, which is
# about half the cost of encoding a gateway request. It keeps no circular-reference markers
# (markers=None), so it holds no state and threads can share it; a circular structure then
# ends in RecursionError, reported as TypeError below, like json's own "circular reference".
_c_make_encoder: Any = getattr(json.encoder, "c_make_encoder", None)
_c_encode_str: Any = getattr(json.encoder, "c_encode_basestring", None)
_encode_chunks = (
    _c_make_encoder(None, _not_serialisable, _c_encode_str, None, ":", ",", False, False, False)
    if _c_make_encoder is not None and _c_encode_str is not None
    else None
)


def dumps_str(value: Any) -> str:
    """Encode ``value`` as compact JSON text (see the module docstring for the errors)."""
    try:
        if _encode_chunks is not None:
            return "".join(_encode_chunks(value, 0))
        return _encoder.encode(value)
    except RecursionError:
        raise TypeError("value is not JSON-serialisable: circular reference or nesting too deep") from None
    except ValueError as exc:
        # json raises ValueError both for NaN/Infinity and for circular references.
        if "circular" in str(exc).lower():
            raise TypeError(f"value is not JSON-serialisable: {exc}") from exc
        raise InvalidArgument(f"value is not representable in JSON: {exc}") from exc


def dumps(value: Any) -> bytes:
    """Encode ``value`` as compact UTF-8 JSON."""
    return dumps_str(value).encode("utf-8")


def _parse_float(text: str) -> float | decimal.Decimal:
    f = float(text)
    if math.isinf(f):
        return decimal.Decimal(text)
    return f


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


# One decoder for every call: json.loads(..., parse_float=...) would build a new one each time.
_decoder = json.JSONDecoder(parse_float=_parse_float, parse_constant=_reject_constant)


_scan_once: Any = _decoder.scan_once  # type: ignore[attr-defined]


def loads(raw: bytes | str) -> Any:
    """Decode JSON written by a policy engine (see the module docstring for number rules)."""
    text = raw.decode("utf-8") if isinstance(raw, (bytes, bytearray)) else raw
    # Engines write compact JSON: scanning the one value directly skips decode()'s two
    # whitespace regex matches. Anything else (whitespace, trailing text, invalid JSON)
    # goes through decode(), which accepts or rejects it exactly as before.
    try:
        value, end = _scan_once(text, 0)
    except StopIteration:
        end = -1
    return value if end == len(text) else _decoder.decode(text)
