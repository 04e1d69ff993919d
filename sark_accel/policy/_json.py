"""JSON encoding rules shared by every policy backend (so results look the same on both paths).

* Encoding: compact UTF-8; ``TypeError`` for values JSON cannot represent (sets, bytes, custom
  objects, circular structures); :class:`~sark_accel.errors.InvalidArgument` (a ``ValueError``)
  for ``NaN`` and ``±Infinity`` (the type is right, JSON has no such value). Non-string dict keys
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


def dumps_str(value: Any) -> str:
    """Encode ``value`` as compact JSON text (see the module docstring for the errors)."""
    try:
        return _encoder.encode(value)
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


def loads(raw: bytes | str) -> Any:
    """Decode JSON written by a policy engine (see the module docstring for number rules)."""
    return _decoder.decode(raw.decode("utf-8") if isinstance(raw, (bytes, bytearray)) else raw)
