"""The compiled linear classifier: hashed n-gram features and a logistic-regression model.

The reference for ``go/injection/classifier.go``: both read the same ``classifier.bin`` and
compute the same features in the same order, so the logit is the same float64 bit for bit
(only ``exp`` in the sigmoid may differ in the last place between libm and Go).

Features, over the scanner's normalised text (``normalize``: lowercase, single spaces):

* word unigrams and bigrams: a word is a maximal run of ``a-z``, ``0-9`` and any code point
  above U+007F; a bigram joins two consecutive words with one space, whatever separated them;
* character n-grams of ``char_min..char_max`` code points (3..5), spaces and punctuation
  included.

Each feature is hashed with 64-bit FNV-1a over a tag byte (1 unigram, 2 bigram, 3 character
n-gram) followed by the feature's UTF-8 bytes; bucket = ``(h ^ (h >> 32)) & (2**bits - 1)``.
The value of a bucket counted ``c`` times is ``sqrt(c)`` (sublinear; sqrt, not ``1 + ln c``,
because IEEE sqrt is correctly rounded everywhere, so both languages get the same bits), and
the vector is L2-normalised, whose norm is ``sqrt(total count)``. The logit is
``sum(sqrt(c) * w[bucket]) / norm + bias``, summed in the order buckets are first seen; the
probability is ``1 / (1 + exp(-logit))``.

The text is read once, left to right; memory is one entry per distinct bucket (at most
``2**bits``).
"""

from __future__ import annotations

import math
import struct
from pathlib import Path
from typing import NamedTuple

MAGIC = b"SARKCLF1"
_HEADER = struct.Struct("<8sIIId")  # magic, bits, char_min, char_max, bias; then float32 weights
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
_M64 = (1 << 64) - 1
TAG_WORD, TAG_BIGRAM, TAG_CHAR = 1, 2, 3
TOP_NGRAMS = 3  # n-grams reported per finding
THRESHOLD = 0.5  # the probability from which the classifier reports a finding
_MODEL_FILE = Path(__file__).resolve().parent / "classifier.bin"


class Contribution(NamedTuple):
    """One n-gram (as it first appears in the normalised text) and its share of the logit."""

    ngram: str
    weight: float


class Verdict(NamedTuple):
    probability: float
    logit: float
    top: tuple[Contribution, ...]  # the largest positive contributions, largest first


def fnv1a(tag: int, data: bytes) -> int:
    """64-bit FNV-1a of the tag byte followed by ``data``."""
    h = ((FNV_OFFSET ^ tag) * FNV_PRIME) & _M64
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & _M64
    return h


def _is_word(c: str) -> bool:
    return "a" <= c <= "z" or "0" <= c <= "9" or c > "\x7f"


class Classifier:
    """Weights loaded from a model file; ``verdict`` is safe to call from several threads."""

    def __init__(self, data: bytes) -> None:
        if len(data) < _HEADER.size:
            raise ValueError("classifier model: file too short")
        magic, bits, cmin, cmax, bias = _HEADER.unpack_from(data)
        if magic != MAGIC:
            raise ValueError("classifier model: not a SARKCLF1 file")
        if not (8 <= bits <= 24 and 1 <= cmin <= cmax <= 8 and math.isfinite(bias)):
            raise ValueError("classifier model: header out of range")
        if len(data) != _HEADER.size + 4 * (1 << bits):
            raise ValueError("classifier model: wrong size for its bucket count")
        self.bits, self.char_min, self.char_max, self.bias = bits, cmin, cmax, bias
        self.weights: tuple[float, ...] = struct.unpack_from(f"<{1 << bits}f", data, _HEADER.size)
        if not all(math.isfinite(w) for w in self.weights):
            raise ValueError("classifier model: weight not finite")

    def counts(self, norm: str) -> tuple[dict[int, int], dict[int, tuple[int, int]]]:
        """Bucket -> count, and bucket -> [start, end) of the first feature that hit it; both
        in first-seen order. One pass: at each position, the character n-grams starting there,
        then the word (and bigram) ending there."""
        mask = (1 << self.bits) - 1
        cmin, cmax = self.char_min, self.char_max
        counts: dict[int, int] = {}
        first: dict[int, tuple[int, int]] = {}
        chars = [c.encode("utf-8") for c in norm]
        n = len(chars)
        char_start = ((FNV_OFFSET ^ TAG_CHAR) * FNV_PRIME) & _M64
        word_start = -1
        prev: tuple[bytes, int] | None = None

        def add(h: int, s: int, e: int) -> None:
            b = (h ^ (h >> 32)) & mask
            c = counts.get(b)
            if c is None:
                counts[b] = 1
                first[b] = (s, e)
            else:
                counts[b] = c + 1

        for i in range(n):
            h = char_start
            for j in range(i, min(n, i + cmax)):
                for byte in chars[j]:
                    h = ((h ^ byte) * FNV_PRIME) & _M64
                if j - i + 1 >= cmin:
                    add(h, i, j + 1)
            if _is_word(norm[i]):
                if word_start < 0:
                    word_start = i
                if i + 1 == n or not _is_word(norm[i + 1]):
                    word = norm[word_start : i + 1].encode("utf-8")
                    add(fnv1a(TAG_WORD, word), word_start, i + 1)
                    if prev is not None:
                        add(fnv1a(TAG_BIGRAM, prev[0] + b" " + word), prev[1], i + 1)
                    prev = (word, word_start)
                    word_start = -1
        return counts, first

    def verdict(self, norm: str) -> Verdict:
        """Probability that ``norm`` (normalised text) is an injection, with the n-grams that
        pushed it up most. An empty text has no features: its logit is the bias."""
        counts, first = self.counts(norm)
        if not counts:
            return Verdict(_sigmoid(self.bias), self.bias, ())
        norm_l2 = math.sqrt(sum(counts.values()))
        w = self.weights
        dot = 0.0
        parts: list[tuple[float, int, int]] = []  # (contribution, first-seen rank, bucket)
        for rank, (b, c) in enumerate(counts.items()):
            x = math.sqrt(c) * w[b]
            dot += x
            if x > 0:
                parts.append((x / norm_l2, rank, b))
        logit = dot / norm_l2 + self.bias
        parts.sort(key=lambda p: (-p[0], p[1]))
        top = tuple(Contribution(norm[first[b][0] : first[b][1]], x) for x, _, b in parts[:TOP_NGRAMS])
        return Verdict(_sigmoid(logit), logit, top)

    def probability(self, norm: str) -> float:
        return self.verdict(norm).probability


def _sigmoid(z: float) -> float:
    # Both halves avoid overflow in exp; Go's sigmoid has the same two branches.
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def classifier_score(probability: float) -> int:
    """The classifier finding's share of the risk score: nothing below THRESHOLD, then
    ``floor(100 p) - 10``: 40 at 0.5 (alone it reaches the default alert threshold), 70 from
    0.8 (block), 90 at 1. The scanner passes the probability rounded to 4 decimals."""
    if probability < THRESHOLD:
        return 0
    return int(probability * 100) - 10


_default: Classifier | None = None


def default_classifier() -> Classifier:
    """The shipped model (``classifier.bin`` beside this module), loaded once."""
    global _default
    if _default is None:
        _default = Classifier(_MODEL_FILE.read_bytes())
    return _default
