"""The compiled linear classifier: hashed n-gram features and a logistic-regression model.

The reference for ``go/injection/classifier.go``: both read the same ``classifier.bin`` and
compute the same features in the same order, so the logit is the same float64 bit for bit
(only ``exp`` in the sigmoid may differ in the last place between libm and Go).

Features (model format SARKCLF2), over the UTF-8 bytes of the scanner's normalised text
(``normalize``: lowercase, single spaces), counted in this order:

* for each character n-gram length ``n`` of the model, ascending, every run of ``n`` bytes,
  left to right (bytes, not code points: multi-byte characters need no special case); its key
  is the bytes packed big-endian with ``n`` in the top byte,
  ``n << 56 | b[i] << 8 (n - 1) | ... | b[i + n - 1]``;
* then the words, left to right (a word is a maximal run of the bytes ``a-z``, ``0-9`` and
  ``0x80-0xFF``, so any non-ASCII character is word material): a word's key is the 64-bit
  FNV-1a of its bytes; if the model has bigrams, each word after the first also gives the
  key ``(previous word's key * FNV prime) ^ key``.

A key's bucket is ``(key * 0x9E3779B97F4A7C15 mod 2**64) >> (64 - bits)`` (Fibonacci hashing:
one multiply, no per-byte hash chain). The value of a bucket counted ``c`` times is
``sqrt(c)`` (sublinear; sqrt, not ``1 + ln c``, because IEEE sqrt is correctly rounded
everywhere, so both languages get the same bits), and the vector is L2-normalised, whose norm
is ``sqrt(total count)``. The logit is ``sum(sqrt(c) * w[bucket]) / norm + bias``, summed in
the order buckets are first seen; the probability is ``1 / (1 + exp(-logit))``.

Memory is one entry per distinct bucket (at most ``2**bits``); time is linear in the text.
"""

from __future__ import annotations

import array
import math
import re
import struct
import sys
from pathlib import Path
from typing import NamedTuple, Optional

from sark_accel.injection._kind import MODEL_FILES

MAGIC = b"SARKCLF2"
# magic, bits, n-gram lengths (bit n: n-grams of n bytes), word n-grams (0, 1 unigrams, 2 and
# bigrams), bias; then 2**bits float32 weights
_HEADER = struct.Struct("<8sIIId")
MAX_GRAM = 7  # an n-gram and its length share one 64-bit key
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
BUCKET_MUL = 0x9E3779B97F4A7C15
_M64 = (1 << 64) - 1
_WORD = re.compile(rb"[a-z0-9\x80-\xff]+")
TOP_NGRAMS = 3  # n-grams reported per finding
# The probability from which the classifier reports a finding (round 6: 0.5 before). From 0.5 its
# finding alone reaches the default alert; between THRESHOLD and 0.5 it is the classifier's
# agreement that a weaker rule finding needs (``_python.NEEDS_CLASSIFIER_BELOW``).
THRESHOLD = 0.3
_HERE = Path(__file__).resolve().parent


class Contribution(NamedTuple):
    """One n-gram (as it first appears in the normalised text) and its share of the logit."""

    ngram: str
    weight: float


class Verdict(NamedTuple):
    probability: float
    logit: float
    top: tuple[Contribution, ...]  # the largest positive contributions, largest first


def fnv1a(data: bytes) -> int:
    """64-bit FNV-1a of ``data``."""
    h = FNV_OFFSET
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & _M64
    return h


def gram_key(gram: bytes) -> int:
    """The key of a character n-gram: its bytes big-endian, its length in the top byte."""
    return len(gram) << 56 | int.from_bytes(gram, "big")


def bigram_key(prev: int, word: int) -> int:
    return ((prev * FNV_PRIME) & _M64) ^ word


class Classifier:
    """Weights loaded from a model file; ``verdict`` is safe to call from several threads."""

    def __init__(self, data: bytes) -> None:
        if len(data) < _HEADER.size:
            raise ValueError("classifier model: file too short")
        magic, bits, gram_mask, words, bias = _HEADER.unpack_from(data)
        if magic != MAGIC:
            raise ValueError("classifier model: not a SARKCLF2 file")
        if not (8 <= bits <= 24 and gram_mask & ~(2 ** (MAX_GRAM + 1) - 2) == 0 and 0 <= words <= 2) or not (
            math.isfinite(bias)
        ):
            raise ValueError("classifier model: header out of range")
        if len(data) != _HEADER.size + 4 * (1 << bits):
            raise ValueError("classifier model: wrong size for its bucket count")
        self.bits: int = bits
        self.words: int = words  # 0 none, 1 unigrams, 2 unigrams and bigrams
        self.bias: float = bias
        self.grams = tuple(n for n in range(1, MAX_GRAM + 1) if gram_mask >> n & 1)
        # float32 in an array: 4 bytes a weight (a tuple of Python floats would take 32); an item
        # reads as the same float64 as struct's "<f".
        self.weights = array.array("f", data[_HEADER.size :])
        if sys.byteorder == "big":
            self.weights.byteswap()
        if not all(math.isfinite(w) for w in self.weights):
            raise ValueError("classifier model: weight not finite")

    def bucket(self, key: int) -> int:
        return ((key * BUCKET_MUL) & _M64) >> (64 - self.bits)

    def keys(self, data: bytes) -> list[tuple[int, int, int]]:
        """The features of ``data`` (normalised text, UTF-8) in the definition's order: (key,
        start, end), a byte span."""
        out = [(gram_key(data[i : i + n]), i, i + n) for n in self.grams for i in range(len(data) - n + 1)]
        if self.words:
            prev: tuple[int, int] | None = None
            for m in _WORD.finditer(data):
                key = fnv1a(m.group())
                out.append((key, m.start(), m.end()))
                if prev is not None and self.words == 2:
                    out.append((bigram_key(prev[0], key), prev[1], m.end()))
                prev = (key, m.start())
        return out

    def counts(self, data: bytes) -> tuple[dict[int, int], dict[int, tuple[int, int]]]:
        """Bucket -> count, and bucket -> [start, end) of the first feature that hit it (bytes
        of ``data``); both in first-seen order."""
        counts: dict[int, int] = {}
        first: dict[int, tuple[int, int]] = {}
        for key, s, e in self.keys(data):
            b = self.bucket(key)
            c = counts.get(b)
            if c is None:
                counts[b] = 1
                first[b] = (s, e)
            else:
                counts[b] = c + 1
        return counts, first

    def verdict(self, norm: str) -> Verdict:
        """Probability that ``norm`` (normalised text) is an injection, with the n-grams that
        pushed it up most. An empty text has no features: its logit is the bias."""
        data = norm.encode("utf-8")
        counts, first = self.counts(data)
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
        top = tuple(Contribution(_whole_chars(data, *first[b]), x) for x, _, b in parts[:TOP_NGRAMS])
        return Verdict(_sigmoid(logit), logit, top)

    def probability(self, norm: str) -> float:
        return self.verdict(norm).probability


def _whole_chars(data: bytes, start: int, end: int) -> str:
    """The byte span [start, end) of ``data`` widened to whole UTF-8 characters."""
    while start > 0 and data[start] & 0xC0 == 0x80:
        start -= 1
    while end < len(data) and data[end] & 0xC0 == 0x80:
        end += 1
    return data[start:end].decode("utf-8")


def _sigmoid(z: float) -> float:
    # Both halves avoid overflow in exp; Go's sigmoid has the same two branches.
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def classifier_score(probability: float) -> int:
    """The classifier finding's share of the risk score: nothing below THRESHOLD, then
    ``floor(100 p) - 10``: 20 at 0.3, 40 at 0.5 (alone it reaches the default alert threshold),
    70 from 0.8 (block), 90 at 1. The scanner passes the probability rounded to 4 decimals."""
    if probability < THRESHOLD:
        return 0
    return int(probability * 100) - 10


_models: dict[Optional[str], Classifier] = {}


def classifier_for(kind: Optional[str]) -> Classifier:
    """The model of a scan's kind (None, "argument" or "tool_result", checked by the caller; see
    ``_kind.py``), loaded once on first use. Two threads loading it at once load the same file:
    either copy serves."""
    model = _models.get(kind)
    if model is None:
        model = _models[kind] = Classifier((_HERE / MODEL_FILES[kind]).read_bytes())
    return model


def default_classifier() -> Classifier:
    """The shipped general model (``classifier.bin`` beside this module, kind None's), loaded once."""
    return classifier_for(None)
