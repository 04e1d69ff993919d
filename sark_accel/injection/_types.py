"""The injection scanner's result types and the Protocol both backends implement."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, NamedTuple, Optional, Protocol

Decision = Literal["allow", "alert", "block"]


class Finding(NamedTuple):
    """One match. ``start``/``end`` are character offsets into the ORIGINAL text at ``location``
    (``messages[2].content``; ``a.b#key`` for an object key; ``""`` for scan_text).

    A named tuple, not a dataclass: a scan builds one per finding, and a tuple is built five
    times faster than a frozen dataclass (which sets each field through object.__setattr__).
    """

    pattern_id: str
    category: str
    severity: str
    location: str
    start: int
    end: int
    matched: str  # at most 100 characters of the original text
    value: Optional[float] = None  # entropy: the entropy; classifier: the probability (4 decimals)
    encoding: Optional[str] = None  # findings inside decoded text: "base64", "base64/hex" ...
    ngrams: Optional[list[str]] = None  # classifier.injection: the n-grams that contributed most

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "pattern_id": self.pattern_id,
            "category": self.category,
            "severity": self.severity,
            "location": self.location,
            "start": self.start,
            "end": self.end,
            "matched": self.matched,
        }
        if self.value is not None:
            d["value"] = self.value
        if self.encoding is not None:
            d["encoding"] = self.encoding
        if self.ngrams is not None:
            d["ngrams"] = self.ngrams
        return d


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Findings in a deterministic order, a 0-100 risk score and the decision it implies."""

    findings: tuple[Finding, ...]
    risk_score: int
    decision: Decision
    truncated: bool  # the byte budget ran out; the decision is then at least "alert"

    @property
    def detected(self) -> bool:
        """True when the decision is alert or block."""
        return self.decision != "allow"

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ScanResult:
        return cls(tuple(Finding(**f) for f in d["findings"]), d["risk_score"], d["decision"], d["truncated"])

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape both engines produce."""
        return {
            "findings": [f.to_dict() for f in self.findings],
            "risk_score": self.risk_score,
            "decision": self.decision,
            "truncated": self.truncated,
        }


class InjectionBackend(Protocol):
    """What InjectionDetector delegates to: the Go engine (``_go.py``) or the Python reference
    (``_python.py``). Both return the same types and refuse the same inputs the same way.

    ``params`` and ``context`` are JSON-like values (dict, list/tuple, str, int, float, bool, None).
    ``kind`` (None, "argument" or "tool_result", checked by InjectionDetector and again by each
    backend) picks the classifier's model for the whole scan (``_kind.py``).
    """

    @property
    def patterns(self) -> list[dict[str, str | int]]: ...

    def scan(self, params: object, context: object = None, *, kind: Optional[str] = None) -> ScanResult: ...

    def scan_text(self, text: str, *, kind: Optional[str] = None) -> ScanResult: ...

    def warm_up(self) -> None: ...

    def add_pattern(self, pattern: dict[str, Any]) -> None: ...

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None: ...

    def remove_pattern(self, pattern_id: str) -> None: ...

    def close(self) -> None: ...
