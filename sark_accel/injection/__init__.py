"""Prompt-injection scanning of tool-call parameters: RE2-speed Go engine, identical Python reference.

    from sark_accel.injection import InjectionDetector

    det = InjectionDetector()
    r = det.scan({"messages": [{"role": "user", "content": "Ignore all previous instructions"}]})
    r.decision, r.risk_score, [(f.pattern_id, f.location, f.start, f.end) for f in r.findings]

The specification (normalisation steps, pattern dialect, offsets, scoring, limits) is
sark_accel/injection/README.md; the pattern library is patterns.json beside this file.
"""

from __future__ import annotations

import itertools
import os
from types import TracebackType
from typing import Any, NoReturn, Optional

from .. import _backend
from ..errors import Closed
from ._kind import Kind, check_kind
from ._python import PythonInjectionBackend, check_options
from ._types import Decision, Finding, InjectionBackend, ScanResult
from .errors import InvalidPattern, PatternNotFound, SarkPatternsRejected

_revisions = itertools.count(1)  # one sequence for every detector of the process (see revision)

__all__ = [
    "InjectionDetector",
    "ScanResult",
    "Finding",
    "Decision",
    "Kind",
    "InvalidPattern",
    "PatternNotFound",
    "SarkPatternsRejected",
]


class InjectionDetector:
    """Scans tool-call parameters (and an optional context document) for prompt injection.

    Args:
        backend: ``"go"`` or ``"python"`` (keyword-only); None lets the flags decide.
        patterns: a list of pattern dicts (``id``, ``category``, ``severity``, ``pattern``,
            ``description``) replacing the shipped library; None keeps it.
        entropy_threshold: report strings whose Shannon entropy (bits per character) exceeds it.
        min_entropy_length: only strings at least this many characters long are measured.
        max_depth: nesting deeper than this is reported as a finding, never skipped silently.
        max_bytes: the scan budget per call; beyond it the result is ``truncated`` (and at least "alert").
        alert_threshold, block_threshold: risk scores from which the decision is alert / block.
        classifier: run the compiled linear classifier on every string (a ``classifier.injection``
            finding from probability 0.3, adding ``floor(100 p) - 10`` to the score; with it on,
            rule findings weighing less than 51, every built-in one, count only when the classifier's
            probability on the text around them (50 characters each side) reaches 0.3; decoded
            findings and those after the first 16 judged ones count as before: weighing 30 or more
            alone, lighter beside a classifier finding); False
            leaves the patterns and built-in detectors alone. Off by default: on held-out text it
            alerts on 3.9 % of benign tool results without a kind, 1.7 % scanned as
            ``kind="tool_result"`` (the injection README's evaluation). Each scan's ``kind`` picks
            the model of its strings (:meth:`scan`).

    Raises:
        TypeError: an option of the wrong type, or a positional argument. ``InvalidArgument``
            (ValueError): out of range.
        InvalidPattern: a pattern is malformed or outside the regex dialect both engines share.

    ``close()`` (or leaving a ``with`` block) frees the Go engine; afterwards every call raises
    ``sark_accel.Closed``, on both backends.
    """

    def __init__(
        self,
        *positional: NoReturn,
        backend: Optional[str] = None,
        patterns: Optional[list[dict[str, Any]]] = None,
        entropy_threshold: float = 4.5,
        min_entropy_length: int = 50,
        max_depth: int = 10,
        max_bytes: int = 1 << 20,
        alert_threshold: int = 40,
        block_threshold: int = 70,
        classifier: bool = False,
    ) -> None:
        if positional:
            raise TypeError(
                "InjectionDetector() takes no positional arguments; backend is keyword-only: "
                f"InjectionDetector(backend={positional[0]!r})"
            )
        options: dict[str, Any] = {
            "entropy_threshold": entropy_threshold,
            "min_entropy_length": min_entropy_length,
            "max_depth": max_depth,
            "max_bytes": max_bytes,
            "alert_threshold": alert_threshold,
            "block_threshold": block_threshold,
            "classifier": classifier,
        }
        check_options(patterns=patterns, **options)
        patterns = None if patterns is None else list(patterns)
        self.backend = _backend.resolve("injection", backend)
        self._impl: InjectionBackend
        if self.backend == "go":
            from ._go import GoInjectionBackend

            self._impl = GoInjectionBackend(dict(options, patterns=patterns))
        else:
            self._impl = PythonInjectionBackend(patterns=patterns, **options)
        self._revision = next(_revisions)

    def scan(self, params: object, context: object = None, *, kind: Optional[Kind] = None) -> ScanResult:
        """Scan parameters (dict/list/tuple/str/int/float/bool/None, nested) and an optional context.

        ``kind`` (keyword-only) is the kind of text scanned: ``"argument"`` (a tool call's
        arguments), ``"tool_result"`` (what a tool returned) or None (not known). With
        ``classifier=True`` it picks the model that judges every string of the scan
        (``classifier_argument.bin``, ``classifier_tool_result.bin``, None the general
        ``classifier.bin``); the windows that judge weak rule findings are read by the general
        model whatever the kind. With the classifier off it changes nothing.

        Raises TypeError, on both backends, for another type and for a container the scan reaches
        inside itself (a cycle: not a JSON value); for a kind that is not a str or None, TypeError;
        for another str, ``InvalidArgument`` (a ValueError)."""
        return self._impl.scan(params, context, kind=check_kind(kind))

    def scan_text(self, text: str, *, kind: Optional[Kind] = None) -> ScanResult:
        """Scan one string (findings have location ``""``) as text of ``kind`` (see :meth:`scan`)."""
        return self._impl.scan_text(text, kind=check_kind(kind))

    def scan_dict(self, params: object, context: object = None, *, kind: Optional[Kind] = None) -> dict[str, Any]:
        """Like :meth:`scan`, as the plain dict of the specification (for logging and parity)."""
        return self._impl.scan(params, context, kind=check_kind(kind)).to_dict()

    @property
    def patterns(self) -> list[dict[str, str | int]]:
        """The current pattern library, in order."""
        return self._impl.patterns

    @property
    def revision(self) -> int:
        """What this detector scans with: a number unique in the process to this detector and
        its patterns (its options never change), new after every change made through it
        (``add_pattern``, ``remove_pattern``, ``add_patterns_from_sark``). Two scans of the same
        input and ``kind`` under one revision give the same result, so a cache of decisions made
        on a scan may key on it (the gateway's does: it caches argument scans only). Read it
        before scanning: a change bumps it after the new patterns are in place. ``Closed`` after ``close()``."""
        if not self._revision:
            raise Closed("injection detector is closed")
        return self._revision

    def warm_up(self) -> None:
        """Pay now the one-time costs of the first scans (go backend: compiling RE2's union of
        all patterns, each pattern's locators and the union's reverse program, ~0.1-0.3 s in
        all; without it the first scan, and the first that finds anything, take tens of
        milliseconds). Call it once at start for flat latency; a pattern's first match still
        costs about a millisecond. A pattern change makes the library cold again. Results never
        depend on it. The python reference compiles everything when built: nothing to do."""
        self._impl.warm_up()

    def add_pattern(self, pattern: dict[str, Any]) -> None:
        """Add a pattern, or replace the one with the same id (keeping its position)."""
        self._impl.add_pattern(pattern)
        self._revision = next(_revisions)

    def remove_pattern(self, pattern_id: str) -> None:
        """Remove a pattern; :class:`PatternNotFound` if there is none."""
        self._impl.remove_pattern(pattern_id)
        self._revision = next(_revisions)

    @classmethod
    def from_sark_patterns(
        cls,
        path: str | os.PathLike[str],
        *positional: NoReturn,
        backend: Optional[str] = None,
        keep_shipped: bool = True,
        **options: Any,
    ) -> InjectionDetector:
        """A detector with the patterns of a SARK pattern file (``injection_patterns.yaml``), after
        the shipped library (``keep_shipped=False``: SARK's patterns alone). ``options`` are the
        constructor's other keywords (thresholds, limits). Needs PyYAML (``sark-accel[sark]``).

        Raises :class:`SarkPatternsRejected` (an :class:`InvalidPattern`) naming every pattern of
        the file that cannot be used, with the reason; no detector is returned then. The
        translation of SARK's regexes is described in README.md ("SARK pattern files")."""
        if positional:
            raise TypeError("from_sark_patterns() takes the path only; backend and options are keyword-only")
        if "patterns" in options:
            raise TypeError("from_sark_patterns() takes keep_shipped, not patterns")
        det = cls(backend=backend, patterns=None if keep_shipped else [], **options)
        try:
            det.add_patterns_from_sark(path)
        except BaseException:
            det.close()
            raise
        return det

    def add_patterns_from_sark(self, path: str | os.PathLike[str]) -> list[str]:
        """Add (or replace, by id) the patterns of a SARK pattern file, all or none; return their
        ids (``sark.<name>``). :class:`SarkPatternsRejected` names every unusable pattern."""
        from ._sark import sark_patterns

        named = sark_patterns(path)
        try:
            self._impl.add_patterns([p for _, p in named])
        except SarkPatternsRejected:
            raise
        except InvalidPattern as exc:  # compiled by the backend: RE2's limits, or RE2 missing
            pid, _, reason = str(exc).partition(": ")
            names = {p["id"]: name for name, p in named}
            raise SarkPatternsRejected([(names.get(pid, pid), reason)]) from None
        self._revision = next(_revisions)
        return [p["id"] for _, p in named]

    def close(self) -> None:
        """Free the engine; idempotent. Later calls raise ``sark_accel.Closed``."""
        self._revision = 0  # revisions start at 1
        self._impl.close()

    def __enter__(self) -> InjectionDetector:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        try:
            return f"<InjectionDetector backend={self.backend} patterns={len(self.patterns)}>"
        except Closed:
            return f"<InjectionDetector backend={self.backend} closed>"
