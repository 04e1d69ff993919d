"""The Go backend of AnomalyDetector: go/anomaly behind the gopy extension.

One event crosses as the eight fields of its row, as arguments (no JSON); a batch as one JSON
array of rows. A string gopy cannot pass (NUL) sends the row as JSON to ``AnomalyEncoded``; one
that is not UTF-8 (lone surrogates) is refused here with the error go/anomaly would give, found
by the shared rules of ``_events.validate``. A detection comes back as ``"S"``/``"I"`` (baseline
sufficient or not) followed, when something fired, by a JSON array of anomaly rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Optional

from .. import _backend
from .._handle import NativeHandle
from ..errors import InternalError, from_native
from ._events import validate, with_index
from ._types import STATS, Anomaly, Baseline, Detection, Options, Row, Value
from .errors import InvalidEvent

_STATUS: dict[str, Any] = {"S": "sufficient", "I": "insufficient"}
_NOTHING = {k: Detection((), v) for k, v in _STATUS.items()}
_rows = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode
_FLOAT_FIELDS = ("avg_calls_per_day", "avg_records_per_query", "size_variance")


def _value(v: Any, as_float: bool = False) -> Value:
    if type(v) is list:
        return tuple(v)
    if as_float:
        return float(v)  # encoding/json writes 300.0 as 300
    if type(v) in (int, float, str):
        return v  # type: ignore[no-any-return]
    raise InternalError(f"anomaly value of type {type(v).__name__}")


def _anomaly(r: list[Any]) -> Anomaly:
    kind = r[0]
    return Anomaly(
        kind,
        r[1],
        float(r[2]),
        r[3],
        _value(r[4], kind in ("result_size_outlier", "rate_spike")),
        _value(r[5], kind == "result_size_outlier"),
    )


def detection(out: str) -> Detection:
    """A detection from go/sarkbind's framing."""
    if len(out) == 1:
        return _NOTHING[out]
    return Detection(tuple(_anomaly(r) for r in json.loads(out[1:])), _STATUS[out[0]])


def _detection_item(x: Any) -> Detection:
    return _NOTHING[x] if type(x) is str else Detection(tuple(_anomaly(r) for r in x[1]), _STATUS[x[0]])


def baseline_from_json(text: str) -> Baseline:
    raw = json.loads(text)
    for k, v in raw.items():
        raw[k] = tuple(v) if type(v) is list else float(v) if k in _FLOAT_FIELDS else v
    return Baseline(**raw)


def baseline_to_json(b: Baseline) -> str:
    return json.dumps({k: list(v) if type(v) is tuple else v for k, v in vars(b).items()}, ensure_ascii=False)


def _uncrossable(r: Row) -> InvalidEvent:
    """The error go/anomaly gives for a row whose strings are not all UTF-8."""
    err = validate(r)
    if err is None:  # pragma: no cover - a lone surrogate always breaks a rule
        raise InternalError("row refused by gopy but valid")
    return err


def _first_invalid(rows: list[Row], label: str) -> InvalidEvent:
    """go/anomaly's error for the first row that is not all UTF-8 (gopy refused the batch)."""
    for i, r in enumerate(rows):
        if validate(r) is not None:
            return with_index(_uncrossable(r), f"{label} {i}")
    raise InternalError("batch refused by gopy but valid")  # pragma: no cover


class GoAnomalyBackend(NativeHandle):
    """go/anomaly's Detector behind the extension. Arguments are validated by AnomalyDetector."""

    def __init__(self, opts: Options) -> None:
        super().__init__("sarkbind_AnomalyNew", "sarkbind_AnomalyClose", opts.config())
        m = self._m
        self._observe = m.sarkbind_AnomalyObserve
        self._detect = m.sarkbind_AnomalyDetect
        self._oad = m.sarkbind_AnomalyObserveAndDetect

    def _one(self, fn: Callable[..., Any], op: str, row: Row, now: int) -> Any:
        try:
            return fn(self._h, now, *row)
        except RuntimeError as exc:
            raise from_native(exc) from None
        except ValueError:  # gopy refused a string: NUL goes as a JSON row; not UTF-8 is refused
            try:
                return self._m.sarkbind_AnomalyEncoded(self._h, now, op, _rows([row]))
            except RuntimeError as exc:
                raise from_native(exc) from None
            except ValueError:
                raise _uncrossable(row) from None

    def _many(self, name: str, rows: list[Row], now: int) -> Any:
        try:
            return getattr(self._m, name)(self._h, now, _rows(rows))
        except RuntimeError as exc:
            raise from_native(exc) from None
        except ValueError:  # gopy: a lone surrogate (json escapes NUL)
            raise _first_invalid(rows, "event") from None

    def observe(self, row: Row, now: int) -> None:
        self._one(self._observe, "observe", row, now)

    def detect(self, row: Row, now: int) -> Detection:
        return detection(self._one(self._detect, "detect", row, now))

    def observe_and_detect(self, row: Row, now: int) -> Detection:
        return detection(self._one(self._oad, "observe_and_detect", row, now))

    def observe_many(self, rows: list[Row], now: int) -> None:
        self._many("sarkbind_AnomalyObserveMany", rows, now)

    def detect_many(self, rows: list[Row], now: int) -> list[Detection]:
        out = self._many("sarkbind_AnomalyDetectMany", rows, now)
        return [_detection_item(x) for x in json.loads(out)]

    def baseline(self, principal: str, now: int) -> Optional[Baseline]:
        out = self._call("sarkbind_AnomalyBaseline", now, json.dumps(principal))
        return baseline_from_json(out) if out else None

    def export_state(self, now: int) -> bytes:
        return str(self._call("sarkbind_AnomalyExport", now)).encode("utf-8")

    def import_state(self, text: str, merge: bool, now: int) -> None:
        self._call("sarkbind_AnomalyImport", now, text, merge)

    def stats(self) -> dict[str, int]:
        raw = json.loads(self._call("sarkbind_AnomalyStats"))
        return {k: int(raw[k]) for k in STATS}


def _native_call(name: str, *args: Any) -> Any:
    try:
        return getattr(_backend.native(), name)(*args)
    except RuntimeError as exc:
        raise from_native(exc) from None


def build_baseline(rows: list[Row], lookback_days: int) -> Baseline:
    """go/anomaly BuildBaseline through the extension."""
    try:
        return baseline_from_json(_native_call("sarkbind_AnomalyBuildBaseline", _rows(rows), lookback_days))
    except UnicodeEncodeError:
        raise _first_invalid(rows, "event") from None


def detect_against(row: Row, baseline: Baseline, recent: list[Row], opts: Options) -> Detection:
    """go/anomaly DetectAgainst through the extension: the event is row 0, the recent ones follow."""
    config, base = json.dumps(opts.config()), baseline_to_json(baseline)
    try:
        return detection(_native_call("sarkbind_AnomalyDetectAgainst", config, base, _rows([row, *recent])))
    except UnicodeEncodeError:
        raise (validate(row) or _first_invalid(recent, "recent event")) from None
