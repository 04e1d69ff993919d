"""JSON encoding rules shared by every policy backend (so results look the same on both paths).

* Encoding: compact UTF-8; ``TypeError`` for values JSON cannot represent (sets, bytes, custom
  objects, circular structures); :class:`~sark_accel.errors.InvalidArgument` (a ``ValueError``)
  for values of the right type that JSON or the engines refuse: ``NaN`` and ``±Infinity``,
  integers of more than 4300 digits, strings with lone surrogates, nesting deeper than
  :data:`MAX_INPUT_DEPTH`. Both name where in the value the problem is
  (``input.user.roles: set is not JSON``). Non-string dict keys that :func:`json.dumps`
  coerces (int, float, bool, None) are coerced the same way.
* Input limits (go/policy enforces the same): at most :data:`MAX_INPUT_BYTES` of JSON text,
  nesting at most ``max_input_depth`` deep (default :data:`DEFAULT_MAX_INPUT_DEPTH`, at most
  :data:`MAX_INPUT_DEPTH`), integers of at most 4300 digits.
* Decoding: numbers keep the form the engine wrote: ``1`` -> ``int``, ``1.0`` -> ``float``, big
  integers stay exact ``int``. A number beyond float range (Rego numbers are arbitrary precision,
  ``1e400`` is valid) becomes :class:`decimal.Decimal` instead of silently turning into ``inf``.
  ``NaN``/``Infinity`` literals are rejected (``ValueError``).
"""

from __future__ import annotations

import decimal
import itertools
import json
import math
import re
from typing import Any

from sark_accel.errors import InvalidArgument

__all__ = [
    "DEFAULT_MAX_INPUT_DEPTH",
    "MAX_INPUT_BYTES",
    "MAX_INPUT_DEPTH",
    "check_input_text",
    "check_max_input_depth",
    "dumps",
    "dumps_str",
    "encode_input",
    "explain",
    "has_lone_surrogate",
    "loads",
    "replace_lone_surrogates",
]

#: Largest input JSON text in bytes (go/policy DefaultMaxInputBytes).
MAX_INPUT_BYTES = 8 << 20
#: The largest ``max_input_depth`` (go/policy MaxInputDepth): Python's json cannot go much
#: deeper within its default recursion limit of 1000.
MAX_INPUT_DEPTH = 512
#: The default ``max_input_depth`` (go/policy DefaultMaxInputDepth): ``walk`` and other builtins
#: that carry a path cost depth x size (a 60 KB chain 9,999 deep took 870 MB to walk).
DEFAULT_MAX_INPUT_DEPTH = 128
_MAX_INT_DIGITS = 4300  # sys.get_int_max_str_digits() default; go/policy MaxInputIntDigits

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


def dumps_str(value: Any, root: str = "value", max_depth: int = MAX_INPUT_DEPTH) -> str:
    """Encode ``value`` as compact JSON text (see the module docstring for the errors);
    ``root`` names the value in error messages (``input``), ``max_depth`` the nesting they name
    when the value is too deep to encode."""
    try:
        if _encode_chunks is not None:
            return "".join(_encode_chunks(value, 0))
        return _encoder.encode(value)
    except (RecursionError, ValueError, TypeError):
        pass  # out of the except block: the explanation walks the value without json's frames
    raise explain(value, root, max_depth)


def dumps(value: Any, root: str = "value") -> bytes:
    """Encode ``value`` as compact UTF-8 JSON (lone surrogates raise InvalidArgument)."""
    text = dumps_str(value, root)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise explain(value, root) from None


def explain(value: Any, root: str = "value", max_depth: int = MAX_INPUT_DEPTH) -> Exception:
    """The error for the first part of ``value`` (depth first) that has no JSON form, or that
    the engines refuse, named by its path: ``input.user.roles: set is not JSON``.

    Iterative, so it also explains values too deep for json's recursive encoder."""
    on_path: set[int] = set()
    stack: list[tuple[Any, str, int, bool]] = [(value, root, 0, False)]
    while stack:
        v, path, depth, leaving = stack.pop()
        if len(path) > 120:  # deep paths stay readable
            path = path[:100] + "..." + path[-17:]
        if leaving:
            on_path.discard(id(v))
            continue
        if v is None or isinstance(v, (bool, float)) and math.isfinite(v):
            continue
        if isinstance(v, float):
            return InvalidArgument(f"{path}: {v!r} is not representable in JSON")
        if isinstance(v, int):
            if _int_too_long(v):
                return InvalidArgument(f"{path}: integer of more than {_MAX_INT_DIGITS} digits")
            continue
        if isinstance(v, str):
            if _SURROGATE.search(v):
                return InvalidArgument(f"{path}: string with a lone surrogate is not UTF-8")
            continue
        if not isinstance(v, (dict, list, tuple)):
            return TypeError(f"{path}: {type(v).__name__} is not JSON")
        if id(v) in on_path:
            return TypeError(f"{path}: circular reference")
        if depth >= max_depth:
            return InvalidArgument(f"{path}: nesting deeper than {max_depth} levels")
        on_path.add(id(v))
        stack.append((v, path, depth, True))
        if isinstance(v, dict):
            children = []
            for k, child in v.items():
                if isinstance(k, str) and _SURROGATE.search(k):
                    return InvalidArgument(f"{path}: key with a lone surrogate is not UTF-8")
                if not (k is None or isinstance(k, (str, int, float, bool))):
                    return TypeError(f"{path}: key of type {type(k).__name__} is not JSON")
                children.append((child, f"{path}.{k}" if isinstance(k, str) else f"{path}[{k!r}]", depth + 1, False))
        else:
            children = [(child, f"{path}[{i}]", depth + 1, False) for i, child in enumerate(v)]
        stack.extend(reversed(children))
    return InvalidArgument(f"{root}: not representable in JSON")


def _int_too_long(v: int) -> bool:
    # Decide without str(v), which raises for exactly these integers.
    return abs(v) >= _INT_LIMIT


_INT_LIMIT: int = 10**_MAX_INT_DIGITS
_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_lone_surrogates(value: Any) -> Any:
    """``value`` with every lone surrogate (json decodes an escaped ``"\\ud800"`` to one) replaced
    by U+FFFD, as Go's JSON decoder does; ``value`` nests at most MAX_INPUT_DEPTH deep."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [replace_lone_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_SURROGATE.sub("\ufffd", k): replace_lone_surrogates(v) for k, v in value.items()}
    return value


def has_lone_surrogate(text: str) -> bool:
    """True if ``text`` holds a lone surrogate (it then has no UTF-8 form)."""
    return not text.isascii() and _SURROGATE.search(text) is not None


# A JSON string as a lexical scan sees it (escapes included, possibly unterminated).
_LEX_STRING = re.compile(r'"[^"\\]*(?:\\[\s\S][^"\\]*)*"?')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_BRACKET_DELTA = {"[": 1, "{": 1, "]": -1, "}": -1}


def encode_input(value: Any, max_depth: int = DEFAULT_MAX_INPUT_DEPTH) -> bytes:
    """Encode an evaluation input, refusing what go/policy refuses (see the module docstring)."""
    text = dumps_str(value, "input", max_depth)
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        raise explain(value, "input", max_depth) from None
    check_input_text(text, len(raw), max_depth)
    return raw


def check_input_text(text: str, size: int, max_depth: int = DEFAULT_MAX_INPUT_DEPTH) -> None:
    """Refuse input JSON text (``size`` bytes of UTF-8) beyond the limits go/policy enforces;
    lexical, so it runs before json would recurse."""
    if size > MAX_INPUT_BYTES:
        raise InvalidArgument(f"input of {size} bytes exceeds the limit of {MAX_INPUT_BYTES}")
    if text.count("[") + text.count("{") <= max_depth:
        return
    brackets = _NOT_BRACKET.sub("", _LEX_STRING.sub("", text))
    if any(d > max_depth for d in itertools.accumulate(map(_BRACKET_DELTA.__getitem__, brackets))):
        raise InvalidArgument(f"input nesting deeper than {max_depth} levels")


def check_max_input_depth(limit: object) -> int:
    """``limit`` if it is a valid ``max_input_depth``, else InvalidArgument."""
    if type(limit) is not int or not 1 <= limit <= MAX_INPUT_DEPTH:
        raise InvalidArgument(f"max_input_depth must be an int in 1..{MAX_INPUT_DEPTH}, got {limit!r}")
    return limit


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
