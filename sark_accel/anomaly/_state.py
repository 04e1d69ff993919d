"""The exported state, version 1 (go/anomaly/README.md section 5), for the Python backend.

``encode`` writes the Go engine's bytes exactly (encoding/json's layout and escaping). ``decode``
applies the same checks and reads JSON as Go's encoding/json reads it into the state's structs:
keys match case-insensitively, ``null`` leaves a field at its zero value, integers must be
integer literals in the field's range, lone surrogate escapes become U+FFFD. Known difference:
with duplicate keys the last one wins here, while encoding/json decodes a repeated array of
objects into the elements the first one filled; exports never repeat keys.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from ._checks import RAPID_WINDOW_NS
from ._events import MAX_INT64, MAX_RESULT_SIZE, NS_PER_DAY, validate
from ._window import Day
from .errors import InvalidState, UnsupportedVersion

VERSION = 1
FORMAT = "sark-accel/anomaly-state"
MAX_EVENTS = 2**32 - 1
_U32 = (0, MAX_EVENTS)
_I64 = (-(2**63), MAX_INT64)

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x1f<>&\u2028\u2029]')
_SURROGATE = re.compile("[\ud800-\udfff]")
_DECIMAL = re.compile("[+-]?[0-9]+")


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04x}"


def _q(s: str) -> str:
    """A JSON string as Go's encoding/json writes it (HTML-safe escapes included)."""
    return '"' + _NEEDS_ESCAPE.sub(_escape, s) + '"'


def _ints(xs: list[int]) -> str:
    return "[" + ",".join(map(str, xs)) + "]"


class _Held(Protocol):
    name: str
    newest: int
    recent: list[int]
    days: dict[int, Day]

    def rebuild(self) -> None: ...


def encode(lookback_days: int, principals: list[Any]) -> bytes:
    """The state of principals (in name order, days ascending): the Go engine's bytes."""
    out = [f'{{"format":"{FORMAT}","version":{VERSION},"lookback_days":{lookback_days},"principals":[']
    for i, p in enumerate(principals):
        days = []
        for d in p.days.values():
            lists = []
            for refs in d.refs:
                items = [f'{{"name":{_q(n)},"count":{c},"first":{f}}}' for n, (c, f) in sorted(refs.items())]
                lists.append("[" + ",".join(items) + "]")
            days.append(
                f'{{"day":{d.num},"events":{d.events},"hours":{_ints(d.hours)},"sensitivity":{_ints(d.sens)},'
                f'"sensitivity_first":{_ints(d.sens_first)},"sized":{d.sized},"size_sum":"{d.size_sum}",'
                f'"size_square_sum":"{d.size_sq}","max_size":{d.max_size},"tools":{lists[0]},'
                f'"locations":{lists[1]},"servers":{lists[2]}}}'
            )
        out.append(
            ("," if i else "")
            + f'{{"principal":{_q(p.name)},"newest":{p.newest},"recent":{_ints(p.recent)},"days":['
            + ",".join(days)
            + "]}"
        )
    out.append("]}")
    return "".join(out).encode("utf-8")


class _Bad(Exception):
    """A check failed: the state is invalid."""


class _NegZero(int):
    """The literal -0: encoding/json refuses it for unsigned fields only."""


def _parse_int(s: str) -> int:
    try:
        return _NegZero(0) if s == "-0" else int(s)
    except ValueError:  # beyond Python's digit limit: out of every field's range anyway
        raise _Bad(s[:20]) from None


def _refuse_constant(s: str) -> None:
    raise _Bad(s)


class _Pairs(list[tuple[str, Any]]):
    """A JSON object as its key/value pairs, in order."""


def _fields(v: Any, names: tuple[str, ...]) -> dict[str, Any]:
    """An object's fields by name (case-insensitive, last wins); unknown keys refused."""
    if v is None:
        return {}
    if not isinstance(v, _Pairs):
        raise _Bad("not an object")
    out: dict[str, Any] = {}
    for k, x in v:
        key = k if k in names else k.casefold()
        if key not in names:
            raise _Bad(f"unknown field {k[:40]!r}")
        out[key] = x
    return out


def _int(v: Any, bounds: tuple[int, int], unsigned: bool = False) -> int:
    if v is None:
        return 0
    if type(v) not in (int, _NegZero) or (unsigned and type(v) is _NegZero) or not bounds[0] <= v <= bounds[1]:
        raise _Bad("not an integer in range")
    return int(v)


def _str(v: Any) -> str:
    if v is None:
        return ""
    if type(v) is not str:
        raise _Bad("not a string")
    return _SURROGATE.sub("\ufffd", v)


def _list(v: Any) -> list[Any]:
    if v is None:
        return []
    if type(v) is not list:
        raise _Bad("not an array")
    return v


P = TypeVar("P", bound=_Held)


def decode(text: str, first: int, last: int, new: Callable[[str], P]) -> list[P]:
    """The principals of an exported state, checked and left out of days before ``first``;
    InvalidState or UnsupportedVersion if anything is wrong."""
    try:
        doc = json.loads(text, object_pairs_hook=_Pairs, parse_int=_parse_int, parse_constant=_refuse_constant)
    except (ValueError, _Bad) as exc:
        raise InvalidState(f"anomaly: invalid state: {str(exc)[:200]}") from None
    try:
        if doc is not None and not isinstance(doc, _Pairs):
            raise _Bad("not an object")
        head = {k.casefold(): x for k, x in doc or () if k.casefold() in ("format", "version")}
        fmt, version = _str(head.get("format")), _int(head.get("version"), _I64)
        if fmt != FORMAT:
            raise _Bad(f"format is not {FORMAT!r}")
    except _Bad as exc:
        raise InvalidState(f"anomaly: invalid state: {exc}") from None
    if version > VERSION:
        raise UnsupportedVersion(f"anomaly: unsupported state version: version {version} is newer than {VERSION}")
    try:
        return _principals(doc, first, last, new)
    except _Bad as exc:
        raise InvalidState(f"anomaly: invalid state: {exc}") from None


def _principals(doc: Any, first: int, last: int, new: Callable[[str], P]) -> list[P]:
    top = _fields(doc, ("format", "version", "lookback_days", "principals"))
    if _int(top.get("version"), _I64) != VERSION:
        raise _Bad("version")
    plist = [_fields(x, ("principal", "newest", "recent", "days")) for x in _list(top.get("principals"))]
    out = []
    for pj in plist:  # types first, as encoding/json decodes everything before the checks
        name = _str(pj.get("principal"))
        newest = _int(pj.get("newest"), _I64)
        recent = [_int(x, _I64) for x in _list(pj.get("recent"))]
        days = [_day_fields(x) for x in _list(pj.get("days"))]
        out.append((name, newest, recent, days))
    lookback = _int(top.get("lookback_days"), _I64)
    if not 1 <= lookback <= 366:
        raise _Bad(f"lookback days {lookback}")
    for a, b in zip(out, out[1:], strict=False):
        if a[0] >= b[0]:
            raise _Bad("principals not in ascending order")
    return [_principal(*p, first, last, new) for p in out]


def _day_fields(x: Any) -> dict[str, Any]:
    names = (
        "day", "events", "hours", "sensitivity", "sensitivity_first", "sized", "size_sum",
        "size_square_sum", "max_size", "tools", "locations", "servers",
    )  # fmt: skip
    f = _fields(x, names)
    out: dict[str, Any] = {
        "day": _int(f.get("day"), _I64),
        "events": _int(f.get("events"), _U32, True),
        "hours": [_int(v, _U32, True) for v in _list(f.get("hours"))],
        "sensitivity": [_int(v, _U32, True) for v in _list(f.get("sensitivity"))],
        "sensitivity_first": [_int(v, _I64) for v in _list(f.get("sensitivity_first"))],
        "sized": _int(f.get("sized"), _U32, True),
        "size_sum": _str(f.get("size_sum")),
        "size_square_sum": _str(f.get("size_square_sum")),
        "max_size": _int(f.get("max_size"), _I64),
    }
    for key in ("tools", "locations", "servers"):
        refs = [_fields(r, ("name", "count", "first")) for r in _list(f.get(key))]
        out[key] = [(_str(r.get("name")), _int(r.get("count"), _U32, True), _int(r.get("first"), _I64)) for r in refs]
    return out


_DayFields = dict[str, Any]


def _principal(
    name: str, newest: int, recent: list[int], days: list[_DayFields], first: int, last: int, new: Callable[[str], P]
) -> P:
    if validate((name, 0, "t", "", 0, "", "", "")) is not None:
        raise _Bad("invalid principal name")
    if newest < 0:
        raise _Bad("newest")
    for i, ts in enumerate(recent):
        if ts < newest - RAPID_WINDOW_NS or ts > newest or (i > 0 and ts < recent[i - 1]):
            raise _Bad("recent timestamps must ascend within the 60 s up to newest")
    p = new(name)
    p.newest, p.recent = newest, list(recent)
    total = 0
    for i, dj in enumerate(days):
        if i > 0 and dj["day"] <= days[i - 1]["day"]:
            raise _Bad("days not ascending")
        if dj["day"] > last:
            raise _Bad("a day after the clock's")
        d = _day(dj)
        if d.num >= first:
            total += d.events
            p.days[d.num] = d
    if total > MAX_EVENTS:
        raise _Bad("too many events")
    p.rebuild()
    return p


def _decimal(text: str) -> int:
    """big.Int's SetString(text, 10) for a matching text; beyond 80 digits, a stand-in as far out of
    every bound (int() refuses very long texts, and leading zeros are allowed)."""
    digits = text.lstrip("+-").lstrip("0") or "0"
    value = int(digits) if len(digits) <= 80 else 10**80
    return -value if text.startswith("-") else value


def _day(dj: dict[str, Any]) -> Day:
    num, events = dj["day"], dj["events"]
    if (
        num < 0
        or num > MAX_INT64 // NS_PER_DAY - 1
        or events == 0
        or len(dj["hours"]) != 24
        or len(dj["sensitivity"]) != 5
        or len(dj["sensitivity_first"]) != 5
        or sum(dj["hours"]) != events
        or sum(dj["sensitivity"]) != events
        or dj["sized"] > events
    ):
        raise _Bad(f"day {num}: inconsistent counters")
    start, end = num * NS_PER_DAY, (num + 1) * NS_PER_DAY
    d = Day(num)
    d.events, d.sized, d.max_size = events, dj["sized"], dj["max_size"]
    d.hours, d.sens, d.sens_first = list(dj["hours"]), list(dj["sensitivity"]), list(dj["sensitivity_first"])
    for n, f in zip(d.sens, d.sens_first, strict=True):
        if (n > 0 and not start <= f < end) or (n == 0 and f != 0):
            raise _Bad(f"day {num}: inconsistent counters")
    s_text, q_text, m, sized = dj["size_sum"], dj["size_square_sum"], d.max_size, d.sized
    if not _DECIMAL.fullmatch(s_text) or not _DECIMAL.fullmatch(q_text) or (sized == 0) != (m == 0):
        raise _Bad(f"day {num}: inconsistent counters")
    s, q = _decimal(s_text), _decimal(q_text)
    if m < 0 or m > MAX_RESULT_SIZE or not sized <= s <= sized * m or not s <= q <= sized * m * m:
        raise _Bad(f"day {num}: inconsistent counters")
    d.size_sum, d.size_sq = s, q
    for f, key in enumerate(("tools", "locations", "servers")):
        count = 0
        prev = None
        for name, n, first_ts in dj[key]:
            bad_name = validate((name, 0, "t", "", 0, "", "", "")) is not None
            if bad_name or n == 0 or not start <= first_ts < end or (prev is not None and name <= prev):
                raise _Bad(f"day {num}: inconsistent counters")
            prev = name
            count += n
            d.refs[f][name] = [n, first_ts]
        if count > events:
            raise _Bad(f"day {num}: inconsistent counters")
    return d
