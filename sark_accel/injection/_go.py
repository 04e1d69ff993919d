"""The go backend of InjectionDetector: go/injection behind the extension.

Parameters cross as one JSON document; the result comes back as compact JSON rows, one per
finding in Finding's argument order (framed by go/sarkbind/injection.go), which decode faster
than objects. Every input is scanned by Go, never by the reference behind the caller's back:

* documents json.dumps writes (the fast path) cross as they are; the others (surrogates,
  NaN/Infinity, cycles, nesting deeper than json.dumps recurses, unsupported types) are written
  by ``_encode``, which sees them exactly as the reference walks them and refuses what it refuses;
* texts that cannot cross as a C string (NUL, surrogates) cross as base64 of their UTF-8.
"""

from __future__ import annotations

import base64
import json
import math
from functools import partial
from typing import Any, Callable, Optional

from .._handle import NativeHandle, call
from ._kind import check_kind
from ._python import _key_text, _sanitize, enter
from ._types import Finding, ScanResult

_NONFINITE = ("NaN", "Infinity")

# The rows are one JSON array with nothing around it: raw_decode reads them without
# json.loads' checks and whitespace scans (1-2 us a call, a tenth of a 1 KB scan).
_decode = json.JSONDecoder().raw_decode

# A Finding from its row without a Python frame: Finding._make is a Python function that
# checks the length, which the Go framing guarantees (0.1 us a finding).
_finding: Callable[[list[Any]], Finding] = partial(tuple.__new__, Finding)


def _from_rows(out: str) -> ScanResult:
    (score, decision, truncated, rows), _ = _decode(out)
    return ScanResult(tuple(map(_finding, rows)), score, decision, truncated)


def _encode(doc: Any, prefix: str, max_depth: int) -> str:
    """JSON of ``doc`` as the reference walks it (the slow path, for what json.dumps cannot write).

    Surrogates become U+FFFD and non-finite floats null; a non-empty container at max_depth, which
    the scanner reports and never enters, is written as ``[0]``; a cycle or an unsupported type is a
    TypeError, as in the reference. Iterative: any nesting depth.
    """
    out: list[str] = []
    active: set[int] = set()
    stack: list[Any] = [(0, doc, prefix, 0)]
    while stack:
        kind, value, loc, depth = stack.pop()
        if kind == 1:  # literal JSON text
            out.append(value)
        elif kind == 2:  # done with a container
            active.discard(value)
        elif isinstance(value, str):
            out.append(json.dumps(_sanitize(value), ensure_ascii=False))
        elif value is None or isinstance(value, bool):
            out.append(json.dumps(value))
        elif isinstance(value, int):
            out.append(int.__repr__(value))
        elif isinstance(value, float):
            out.append(float.__repr__(value) if math.isfinite(value) else "null")
        elif isinstance(value, (dict, list, tuple)):
            if not value:
                out.append("{}" if isinstance(value, dict) else "[]")
                continue
            if depth >= max_depth:
                out.append("[0]")
                continue
            enter(active, value, loc, stack)
            todo: list[Any] = []
            if isinstance(value, dict):
                todo.append((1, "{", loc, depth))
                for i, (k, v) in enumerate(value.items()):
                    ks = _key_text(k)
                    key = json.dumps(ks, ensure_ascii=False)
                    todo.append((1, f"{',' if i else ''}{key}:", loc, depth))
                    todo.append((0, v, f"{loc}.{ks}" if loc else ks, depth + 1))
                todo.append((1, "}", loc, depth))
            else:
                todo.append((1, "[", loc, depth))
                for i, v in enumerate(value):
                    if i:
                        todo.append((1, ",", loc, depth))
                    todo.append((0, v, f"{loc}[{i}]", depth + 1))
                todo.append((1, "]", loc, depth))
            stack.extend(reversed(todo))
        else:
            raise TypeError(f"unsupported parameter type {type(value).__name__} at {loc!r}")
    return "".join(out)


def _kind_name(kind: Optional[str]) -> str:
    """The kind as it crosses: Go's name, "" for None (checked first as the reference checks it:
    "" is Go's name of None, not a kind a caller may pass)."""
    return check_kind(kind) or ""


class GoInjectionBackend(NativeHandle):
    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__("sarkbind_InjectionNew", "sarkbind_InjectionClose", config)
        self._native_scan_text = self._m.sarkbind_InjectionScanText  # the hot path: no lookup
        self._max_depth: int = config["max_depth"]

    def _dumps(self, doc: Any, prefix: str) -> str:
        """JSON the Go scanner reads exactly as the reference walks doc."""
        try:
            text = json.dumps(doc, ensure_ascii=False)
        except (TypeError, ValueError, RecursionError):  # cycles, deep nesting, unsupported types
            return _encode(doc, prefix, self._max_depth)
        if any(s in text for s in _NONFINITE):  # maybe a NaN/Infinity literal: rewrite
            return _encode(doc, prefix, self._max_depth)
        return text

    def scan(self, params: object, context: object = None, *, kind: Optional[str] = None) -> ScanResult:
        k = _kind_name(kind)
        p = self._dumps(params, "")
        c = "" if context is None else self._dumps(context, "context")
        try:
            out = self._call("sarkbind_InjectionScan", p, c, k)
        except (ValueError, UnicodeEncodeError):  # surrogates cannot cross: replace them
            p = _encode(params, "", self._max_depth)
            c = "" if context is None else _encode(context, "context", self._max_depth)
            out = self._call("sarkbind_InjectionScan", p, c, k)
        return _from_rows(out)

    def scan_text(self, text: str, *, kind: Optional[str] = None) -> ScanResult:
        k = _kind_name(kind)
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        try:
            out = call(self._native_scan_text, self._h, text, k)
        except (ValueError, UnicodeEncodeError):  # NUL or surrogates cannot cross as a C string
            # Surrogates become U+FFFD first, as in the reference (Go would make 3 of each).
            raw = base64.b64encode(_sanitize(text).encode()).decode("ascii")
            out = self._call("sarkbind_InjectionScanTextBase64", raw, k)
        return _from_rows(out)

    @property
    def patterns(self) -> list[dict[str, str | int]]:
        patterns: list[dict[str, str | int]] = json.loads(self._call("sarkbind_InjectionPatterns"))
        return patterns

    def warm_up(self) -> None:
        self._call("sarkbind_InjectionWarm")

    def add_pattern(self, pattern: dict[str, Any]) -> None:
        if not isinstance(pattern, dict):
            raise TypeError("pattern must be a dict")
        self._call("sarkbind_InjectionAddPatterns", json.dumps(pattern))

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        self._call("sarkbind_InjectionAddPatterns", json.dumps(patterns))  # Go adds all or none

    def remove_pattern(self, pattern_id: str) -> None:
        if not isinstance(pattern_id, str):
            raise TypeError("pattern_id must be a str")
        self._call("sarkbind_InjectionRemovePattern", pattern_id)
