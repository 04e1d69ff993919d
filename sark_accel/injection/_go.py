"""The Go backend of InjectionDetector: go/injection behind the extension.

Parameters cross as one JSON document; the result comes back as compact JSON rows, one per
finding in Finding's argument order (injection.Result.MarshalRows), which decode faster than
objects. Python's json and the reference agree on everything except what they cannot both
see the same way, handled here so results stay identical:
lone (or any) surrogates become U+FFFD as in the reference, NaN/Infinity (which JSON lacks and
the scanner skips like any number) become null, and documents json.dumps refuses (circular or
unsupported objects) are scanned by the reference itself.
"""

from __future__ import annotations

import json
import math
from typing import Any, Optional

from .._handle import NativeHandle, call
from ._python import PythonDetector, _sanitize
from ._result import Finding, ScanResult

_NONFINITE = ("NaN", "Infinity")


def _clean(value: Any) -> Any:
    """A copy of value with surrogates replaced and non-finite floats as None (slow path only)."""
    if isinstance(value, str):
        return _sanitize(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {(_sanitize(k) if isinstance(k, str) else k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


# The rows are one JSON array with nothing around it: raw_decode reads them without
# json.loads' checks and whitespace scans (1-2 us a call, a tenth of a 1 KB scan).
_decode = json.JSONDecoder().raw_decode


def _from_rows(out: str) -> ScanResult:
    (score, decision, truncated, rows), _ = _decode(out)
    return ScanResult(tuple(map(Finding._make, rows)), score, decision, truncated)


class GoDetector(NativeHandle):
    def __init__(self, config: dict[str, Any], reference_args: dict[str, Any]) -> None:
        super().__init__("sarkbind_InjectionNew", "sarkbind_InjectionClose", config)
        self._native_scan_text = self._m.sarkbind_InjectionScanText  # the hot path: no lookup
        self._reference_args = reference_args
        self._reference: Optional[PythonDetector] = None

    def _dumps(self, doc: Any) -> Optional[str]:
        """JSON the Go scanner reads exactly as the reference walks doc; None if impossible."""
        try:
            text = json.dumps(doc, ensure_ascii=False)
        except (TypeError, ValueError, RecursionError):
            return None
        if any(s in text for s in _NONFINITE):  # maybe a NaN/Infinity literal: rebuild
            text = json.dumps(_clean(doc), ensure_ascii=False)
        return text

    def scan(self, params: Any, context: Any = None) -> ScanResult:
        p = self._dumps(params)
        c = "" if context is None else self._dumps(context)
        if p is None or c is None:
            return ScanResult.from_dict(self._fallback().scan(params, context))
        try:
            out = self._call("sarkbind_InjectionScan", p, c)
        except (ValueError, UnicodeEncodeError):  # surrogates cannot cross: replace them
            p = json.dumps(_clean(params), ensure_ascii=False)
            c = "" if context is None else json.dumps(_clean(context), ensure_ascii=False)
            out = self._call("sarkbind_InjectionScan", p, c)
        return _from_rows(out)

    def scan_text(self, text: str) -> ScanResult:
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        try:
            out = call(self._native_scan_text, self._h, text)
        except (ValueError, UnicodeEncodeError):  # NUL or surrogates cannot cross as a str
            clean = _sanitize(text)  # what the reference scans anyway
            if "\x00" in clean:
                return ScanResult.from_dict(self._fallback().scan_text(text))
            out = self._call("sarkbind_InjectionScanText", clean)
        return _from_rows(out)

    @property
    def patterns(self) -> list[dict[str, str]]:
        return json.loads(self._call("sarkbind_InjectionPatterns"))  # type: ignore[no-any-return]

    def warm_up(self) -> None:
        self._call("sarkbind_InjectionWarm")

    def add_pattern(self, pattern: dict[str, Any]) -> None:
        if not isinstance(pattern, dict):
            raise TypeError("pattern must be a dict")
        self._call("sarkbind_InjectionAddPatterns", json.dumps(pattern))
        self._reference = None

    def remove_pattern(self, pattern_id: str) -> None:
        if not isinstance(pattern_id, str):
            raise TypeError("pattern_id must be a str")
        self._call("sarkbind_InjectionRemovePattern", pattern_id)
        self._reference = None

    def _fallback(self) -> PythonDetector:
        """The reference, with this detector's current patterns, for inputs Go cannot receive."""
        if self._reference is None:
            self._reference = PythonDetector(**{**self._reference_args, "patterns": self.patterns})
        return self._reference
