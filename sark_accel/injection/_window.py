"""Rule findings judged by the classifier on the text around them, their window (rounds 8-10;
shipped since round 10).

With the classifier on, a rule finding weighing less than GATED_BELOW is judged by the classifier's
probability (rounded to 4 decimals) on its window, the finding's span extended by WINDOW_CHARS code
points on each side within its unit (a window that covers its whole unit is the unit): from
WINDOW_THRESHOLD it counts in full; below, its weight is divided by DEMOTE_BY (round 9; round 8
dropped it, which code or security prose written around an attack could exploit), or, for a weak
finding (below NEEDS_CLASSIFIER_BELOW), dropped as before. Findings of one
unit whose windows overlap are judged together on the union of their windows. Bounded and fail
closed: findings in decoded content (an ``encoding``) and findings after the first MAX_WINDOWS
gated ones of a scan are judged as in round 6 (weights from NEEDS_CLASSIFIER_BELOW count alone,
lighter ones need a classifier finding in the result). The Go twin is go/injection/window.go: the
same windows, bit-identical probabilities.

Decision 26a: a decisive gated phrase finding (weight DECISIVE, any category but markup,
MARKUP_CATEGORY) whose unit holds nothing but the unit's judged decisive phrase matches, ASCII
whitespace and ASCII punctuation (a *bare* unit) counts in full whatever its window says: its
window is the phrase itself, so no context can excuse it ("Ignore previous instructions." alone
scored 25 with the classifier on, 65 without). Everything else, letters, digits and any character
outside ASCII (typographic quotes too), is context: a fixed set, so both backends agree whatever
their Unicode tables. Markup (chat-template tokens, role tags and headers, separator lines) is left
out: it stands alone legitimately, in a list of stop sequences, a tokenizer's configuration or a
document split into lines, where its context is the key or the line beside it, not its unit.
"""

from __future__ import annotations

import string

from sark_accel.injection._classifier import Classifier

#: Code points of the unit on each side of the finding's span that its window takes.
WINDOW_CHARS = 50
#: Gated findings per scan judged by their window (in result order).
MAX_WINDOWS = 16
#: With the classifier on, rule findings weighing less than this are judged by their window.
GATED_BELOW = 51
#: The window probability from which a gated finding counts in full.
WINDOW_THRESHOLD = 0.3
#: Below WINDOW_THRESHOLD a gated finding weighs its weight // DEMOTE_BY (a weak one: nothing).
DEMOTE_BY = 2
#: A gated finding weighing this or more is decisive: a phrase one counts in full in a bare unit.
DECISIVE = 50
#: The category of markup findings, which decision 26a leaves out.
MARKUP_CATEGORY = "delimiter_injection"
#: What a bare unit may hold besides its decisive matches (decision 26a).
BARE_CHARS = frozenset(" \t\n\r\v\f" + string.punctuation)


def is_phrase(weight: int, category: str) -> bool:
    """Whether a judged finding of this weight and category is a decisive phrase (decision 26a):
    decisive, and not markup. Go: ``isPhrase``."""
    return weight >= DECISIVE and category != MARKUP_CATEGORY


def window_span(start: int, end: int, n: int) -> tuple[int, int]:
    """The code-point span [a, b) of the window of the finding [start, end) in a unit of n."""
    return max(0, start - WINDOW_CHARS), min(n, end + WINDOW_CHARS)


def span_probability(model: Classifier, text: str, a: int, b: int) -> float:
    """The probability of ``model`` (the general one: see ``window_verdicts``), rounded to 4
    decimals, on the code points [a, b) of the unit ``text`` (its original text)."""
    from sark_accel.injection._python import normalize  # _python imports this module

    return round(model.probability(normalize(text[a:b])), 4)


def cluster_spans(windows: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """For each judged finding's window, given as (unit, a, b) in result order (starts ascend
    within a unit), the span of its cluster: the union of the windows of the unit that overlap."""
    out: list[tuple[int, int, int]] = []
    lo = 0
    while lo < len(windows):
        seq, a, b = windows[lo]
        hi = lo + 1
        while hi < len(windows) and windows[hi][0] == seq and windows[hi][1] < b:
            b = max(b, windows[hi][2])
            hi += 1
        out += [(seq, a, b)] * (hi - lo)
        lo = hi
    return out


def window_verdicts(model: Classifier, judged: list[tuple[int, int, int]], texts: dict[int, str]) -> list[bool]:
    """Whether each judged finding, given as (unit, start, end) in result order, counts in full
    (else it is demoted) by ``model``: the general one (``classifier.bin``) whatever the scan's kind
    (decision 24b: the window rule was calibrated with it, and the tool-result model, which rates
    a bare override low, demoted 55 of the 321 corpus attacks the rules alone alert on). Findings
    of one unit whose windows overlap form a cluster, judged once on the union of their windows:
    a phrase that several patterns match is classified once, with the same context each side."""
    spans = cluster_spans([(seq, *window_span(start, end, len(texts[seq]))) for seq, start, end in judged])
    verdicts: dict[tuple[int, int, int], bool] = {}
    for seq, a, b in spans:
        if (seq, a, b) not in verdicts:
            verdicts[seq, a, b] = span_probability(model, texts[seq], a, b) >= WINDOW_THRESHOLD
    return [verdicts[span] for span in spans]


def bare_units(decisive: list[tuple[int, int, int]], texts: dict[int, str]) -> set[int]:
    """The units, of the judged decisive phrase findings given as (unit, start, end), that are bare:
    every code point outside those findings' spans is in BARE_CHARS (decision 26a)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for seq, start, end in decisive:
        spans.setdefault(seq, []).append((start, end))
    out: set[int] = set()
    for seq, own in spans.items():
        text, pos, bare = texts[seq], 0, True
        for start, end in sorted(own) + [(len(texts[seq]), len(texts[seq]))]:
            if not all(c in BARE_CHARS for c in text[pos:start]):
                bare = False
                break
            pos = max(pos, end)
        if bare:
            out.add(seq)
    return out
