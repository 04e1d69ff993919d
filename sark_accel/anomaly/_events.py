"""Events into rows (both backends), and the event rules of go/anomaly/README.md section 1.

Conversion, done here for both backends: a dict with the keys of :class:`Event` (only
principal, timestamp and tool required; any other key is refused) or an :class:`Event`;
timestamps as aware datetimes (naive ones are UTC) or epoch seconds (an int exactly, a float as
``round(x * 1e9)``) become Unix nanoseconds; ``None`` optional strings become ``""``. A value of
the wrong type is an :class:`InvalidEvent`. The rules themselves (``validate``) are the Python
backend's and match go/anomaly's ``Event.Validate`` message for message, in the same order.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any, Optional

from ._types import LEVELS, Event, Row
from .errors import InvalidEvent

NS_PER_SECOND = 1_000_000_000
NS_PER_HOUR = 3600 * NS_PER_SECOND
NS_PER_DAY = 24 * NS_PER_HOUR
MAX_INT64 = 2**63 - 1
MAX_RESULT_SIZE = 2**53 - 1
MAX_TEXT_BYTES = 1024
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_FIELD_SET = frozenset(
    ("principal", "timestamp", "tool", "sensitivity", "result_size", "location", "server", "request_id")
)
_MAX_SECONDS = MAX_INT64 // NS_PER_SECOND
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def event_error(field: str, reason: str) -> InvalidEvent:
    """go/anomaly's EventError text."""
    return InvalidEvent(f"anomaly: invalid event: {field}: {reason}")


def to_ns(value: object, what: str = "timestamp") -> int:
    """An aware datetime (naive: UTC) or epoch seconds as Unix nanoseconds, clamped to int64's
    range on the negative side (every negative time is refused the same way)."""
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
        d = aware - _EPOCH
        ns = (d.days * 86_400 + d.seconds) * NS_PER_SECOND + d.microseconds * 1000
    elif type(value) is int:
        ns = value * NS_PER_SECOND
    elif type(value) is float:
        if not math.isfinite(value):
            raise event_error(what, "not a finite number")
        ns = round(value * 1e9)
    else:
        raise event_error(what, f"must be a datetime or epoch seconds, not {type(value).__name__}")
    if ns > MAX_INT64:
        raise event_error(what, "after 2262-04-11 (beyond int64 nanoseconds)")
    return max(ns, -1)


def _text(value: object, field: str) -> str:
    if type(value) is str:
        return value
    if value is None:
        return ""
    raise event_error(field, f"must be a str, not {type(value).__name__}")


def row(event: object) -> Row:
    """The row of an event dict or :class:`Event` (types checked, values not)."""
    if type(event) is dict:
        values: Mapping[str, Any] = event
        if not event.keys() <= _FIELD_SET:  # one set operation on the usual path
            unknown = sorted(str(k) for k in event.keys() - _FIELD_SET)[0]
            raise event_error(unknown[:64], "unknown field")
    elif isinstance(event, Event):
        values = vars(event)
    elif isinstance(event, Mapping):
        return row(dict(event))
    else:
        raise TypeError(f"an event must be a dict or an Event, not {type(event).__name__}")
    try:
        principal, ts, tool = values["principal"], values["timestamp"], values["tool"]
    except KeyError as exc:
        raise event_error(str(exc.args[0]), "missing") from None
    get = values.get
    size = get("result_size", 0)
    if size is None:
        size = 0
    elif type(size) is not int:
        raise event_error("result_size", f"must be an int, not {type(size).__name__}")
    sens = get("sensitivity")
    if type(sens) is not str or sens not in LEVELS:  # any other str ranks as none: sent as ""
        sens = _text(sens, "sensitivity") and ""
    return (
        principal if type(principal) is str else _text(principal, "principal"),
        ts * NS_PER_SECOND if type(ts) is int and 0 <= ts < _MAX_SECONDS else to_ns(ts),
        tool if type(tool) is str else _text(tool, "tool"),
        sens,
        size if 0 <= size <= MAX_RESULT_SIZE else min(max(size, -1), MAX_RESULT_SIZE + 1),  # int64 crosses
        _text(get("location"), "location"),
        _text(get("server"), "server"),
        _text(get("request_id"), "request_id"),
    )


def level(name: str) -> int:
    """A sensitivity's rank; any string but the five names is ``none``."""
    try:
        return LEVELS.index(name)
    except ValueError:
        return 0


def _check_text(field: str, s: str, required: bool) -> Optional[InvalidEvent]:
    if required and s == "":
        return event_error(field, "empty")
    if len(s) * 3 > MAX_TEXT_BYTES or not s.isascii():  # the exact checks only when they can fail
        if len(s.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
            return event_error(field, "longer than 1024 bytes")
        try:
            s.encode("utf-8")
        except UnicodeEncodeError:
            return event_error(field, "not valid UTF-8")
    return None


def validate(r: Row) -> Optional[InvalidEvent]:
    """The first rule ``r`` breaks (go/anomaly Event.Validate), or None."""
    principal, ts, tool, _, size, location, server, request_id = r
    err = _check_text("principal", principal, True)
    if err is None and ts < 0:
        err = event_error("timestamp", "before 1970-01-01T00:00:00Z")
    err = err or _check_text("tool", tool, True)
    if err is None and not 0 <= size <= MAX_RESULT_SIZE:
        err = event_error("result_size", "outside 0..2^53-1")
    for name, value in (("location", location), ("server", server), ("request_id", request_id)):
        err = err or _check_text(name, value, False)
    return err


def with_index(err: InvalidEvent, prefix: str) -> InvalidEvent:
    """``err`` with go/anomaly's batch prefix (``"event 3: "``)."""
    return type(err)(f"{prefix}: {err}")


def day_of(ts: int) -> int:
    return ts // NS_PER_DAY


def hour_of(ts: int) -> int:
    return ts % NS_PER_DAY // NS_PER_HOUR


def weekday_of_day(day: int) -> int:
    return (day + 3) % 7
