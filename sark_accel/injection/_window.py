"""Rounds 8 and 9: rule findings judged by the classifier on the text around them (their window).

With the classifier on, a rule finding weighing less than GATED_BELOW adds to the score only when
the classifier's probability (rounded to 4 decimals) on its window, the finding's span extended by
WINDOW_CHARS code points on each side within its unit, is at least WINDOW_THRESHOLD; a window that
covers its whole unit is the unit. Findings of one unit whose windows overlap are judged together
on the union of their windows (round 9). Bounded and fail closed: findings in decoded content (an
``encoding``) and findings after the first MAX_WINDOWS gated ones of a scan are judged as in round
6 (weights from NEEDS_CLASSIFIER_BELOW count alone, lighter ones need a classifier finding in the
result). The Go twin is go/injection/window.go: the same windows, bit-identical probabilities.
"""

from __future__ import annotations

from sark_accel.injection._classifier import default_classifier

#: Code points of the unit on each side of the finding's span that its window takes.
WINDOW_CHARS = 50
#: Gated findings per scan judged by their window (in result order).
MAX_WINDOWS = 16
#: With the classifier on, rule findings weighing less than this are judged by their window.
GATED_BELOW = 51
#: The window probability from which a gated finding counts.
WINDOW_THRESHOLD = 0.3


def window_span(start: int, end: int, n: int) -> tuple[int, int]:
    """The code-point span [a, b) of the window of the finding [start, end) in a unit of n."""
    return max(0, start - WINDOW_CHARS), min(n, end + WINDOW_CHARS)


def span_probability(text: str, a: int, b: int) -> float:
    """The classifier's probability (rounded to 4 decimals) on the code points [a, b) of the unit
    ``text`` (its original text)."""
    from sark_accel.injection._python import normalize  # _python imports this module

    return round(default_classifier().probability(normalize(text[a:b])), 4)


def window_verdicts(judged: list[tuple[int, int, int]], texts: dict[int, str]) -> list[bool]:
    """Whether each judged finding, given as (unit, start, end) in result order, counts. Findings
    of one unit whose windows overlap form a cluster, judged once on the union of their windows:
    a phrase that several patterns match is classified once, with the same context each side."""
    spans = [(seq, *window_span(start, end, len(texts[seq]))) for seq, start, end in judged]
    out = [False] * len(spans)
    lo = 0
    while lo < len(spans):
        seq, a, b = spans[lo]
        hi = lo + 1
        while hi < len(spans) and spans[hi][0] == seq and spans[hi][1] < b:  # starts ascend in a unit
            b = max(b, spans[hi][2])
            hi += 1
        counts = span_probability(texts[seq], a, b) >= WINDOW_THRESHOLD
        out[lo:hi] = [counts] * (hi - lo)
        lo = hi
    return out
