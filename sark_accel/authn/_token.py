"""The structure of a compact JWS, checked before any key is looked at (go/authn/parse.go).

Refusals are ``malformed``: only the base64url alphabet and exactly two dots; each segment
unpadded base64url with zero trailing bits; header and payload strict UTF-8 JSON objects, one
value, no name twice in any object, no NaN/Infinity, no lone surrogate escape, at most 32 nested
arrays/objects; ``alg`` a str, ``kid`` absent or a str, no ``crit``.
"""

from __future__ import annotations

import binascii
import json
import re
from base64 import b64decode, urlsafe_b64encode
from typing import Any, NamedTuple

from .errors import MalformedCredential

MAX_DEPTH = 32
_COMPACT = re.compile(r"[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")
_MAX_INT_DIGITS = 4300  # Python's int() limit; a longer integer is read as a float, like Go's float64 of it


class ParsedToken(NamedTuple):
    alg: str
    kid: str
    signing_input: bytes
    signature: bytes
    claims: dict[str, Any]


class _Refused(Exception):
    """A JSON rule broken inside a hook; becomes ``malformed``."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Refused("duplicate key")
    return obj


def _no_constant(name: str) -> Any:
    raise _Refused(f"{name} is not JSON")


def _integer(text: str) -> Any:
    return int(text) if len(text) <= _MAX_INT_DIGITS else float(text)


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constant, parse_int=_integer)


def load_json(text: str) -> Any:
    """``json.loads`` with the rules both backends share (used on Go's replies too)."""
    return _DECODER.decode(text)


def b64url(segment: str) -> bytes:
    """Strict unpadded base64url (Go's RawURLEncoding.Strict()): no padding, zero trailing bits."""
    if len(segment) % 4 == 1:
        raise _Refused("not base64url")
    try:
        raw = b64decode(segment + "=" * (-len(segment) % 4), altchars=b"-_", validate=True)
    except binascii.Error:
        raise _Refused("not base64url") from None
    if urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != segment:
        raise _Refused("not base64url")  # non-zero trailing bits
    return raw


def _check_value(value: Any, depth: int) -> None:
    """Nesting depth and lone surrogates, walked only when a cheap look says they may occur."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Refused("lone surrogate") from None
    elif isinstance(value, (dict, list)):
        if depth > MAX_DEPTH:
            raise _Refused("nested too deeply")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for k, v in items:
            if isinstance(k, str):
                _check_value(k, depth)
            _check_value(v, depth + 1)


def decode_object(segment: str) -> dict[str, Any]:
    text = b64url(segment).decode("utf-8")  # strict: json.loads would also guess UTF-16/32
    try:
        value = load_json(text)
    except RecursionError:
        raise _Refused("nested too deeply") from None
    if not isinstance(value, dict):
        raise _Refused("not an object")
    if "\\u" in text or text.count("[") + text.count("{") > MAX_DEPTH:
        _check_value(value, 1)
    return value


def parse_token(token: str) -> ParsedToken:
    """The token's parts, or ``MalformedCredential``; nothing is verified yet."""
    if not _COMPACT.fullmatch(token):
        raise MalformedCredential("not three base64url segments")
    head, payload, sig = token.split(".")
    try:
        header = decode_object(head)
        claims = decode_object(payload)
        signature = b64url(sig)
    except (_Refused, ValueError) as exc:  # ValueError: invalid UTF-8, invalid JSON
        raise MalformedCredential(f"{type(exc).__name__}: not a JSON object of the allowed form") from None
    alg, kid = header.get("alg"), header.get("kid", "")
    if not isinstance(alg, str):
        raise MalformedCredential("alg is not a string")
    if not isinstance(kid, str):
        raise MalformedCredential("kid is not a string")
    if "crit" in header:
        raise MalformedCredential("crit header")
    return ParsedToken(alg, kid, token[: len(head) + 1 + len(payload)].encode("ascii"), signature, claims)
