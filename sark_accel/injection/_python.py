"""Pure-Python reference of the prompt-injection scanner.

The Go engine (``go/injection``) implements exactly the same semantics; the parity fixture
``tests/data/injection/expected.jsonl`` holds results produced here that the Go tests demand
byte for byte. README.md in this folder is the specification; the short version:

* Inputs are flattened to text units (object keys and string values) in document order.
  Numbers, booleans and null are not text and are skipped. Containers at depth >= max_depth
  are not entered: a ``structure.depth_exceeded`` finding is reported instead.
* Each unit is normalised (``charmap.json``: invisible characters removed, NFKC per character,
  combining marks removed, case-folded, Latin lookalikes folded, whitespace runs collapsed to
  one space) and every pattern of ``patterns.json`` runs over the normalised text. Offsets are
  mapped back to code points of the original text.
* Built-in detectors: Shannon entropy, Unicode tag smuggling, zero-width and bidi characters,
  and decoders (base64, hex, percent) whose output is rescanned.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import json
import math
import re
from array import array
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Protocol, cast

from sark_accel.errors import Closed, InvalidArgument
from sark_accel.injection._classifier import THRESHOLD, Classifier, classifier_for, classifier_score
from sark_accel.injection._kind import MODEL_FILES, check_kind
from sark_accel.injection._types import ScanResult
from sark_accel.injection._window import (
    DEMOTE_BY,
    GATED_BELOW,
    MAX_WINDOWS,
    bare_units,
    is_phrase,
    window_verdicts,
)
from sark_accel.injection.errors import InvalidPattern, PatternNotFound

__all__ = [
    "PythonDetector",
    "PythonInjectionBackend",
    "normalize",
    "load_library",
    "validate_regex",
    "check_dialect",
]

_HERE = Path(__file__).resolve().parent

#: The risk-score weight of a built-in detector's finding, and of a pattern that names no weight.
SEVERITY_WEIGHTS: dict[str, int] = {"high": 30, "medium": 15, "low": 5}
#: entropy.high's weight, below its severity's: code, logs and keys have high entropy too, so it
#: is a weak signal that only adds to stronger ones.
ENTROPY_WEIGHT = 10
#: How many findings of one pattern id the risk score counts (the heaviest ones).
MAX_REPEATS = 2
#: With the classifier on, a finding weighing less than this (code execution, SQL, entropy,
#: escapes, generic wording: weak alone on real code and security prose) adds to the score only
#: when the result also has a classifier finding (round 6, chosen by 5-fold CV on TRAIN).
#: Rounds 8 and 9: this applies only to findings not judged by their window (_window.py).
NEEDS_CLASSIFIER_BELOW = 30
#: A pattern's weight is 1..MAX_WEIGHT: one finding can fill the whole 0-100 score.
MAX_WEIGHT = 100

#: Findings kept in a result (the risk score counts all of them).
MAX_FINDINGS = 1000
#: Characters of original text copied into ``matched``.
MATCH_CHARS = 100
#: Decoders run on decoded text this many levels deep (depth 0 = the unit itself).
MAX_DECODE_DEPTH = 2
#: Candidate tokens decoded per decoder and unit, at depth 0 and deeper.
MAX_CANDIDATES = (64, 8)
#: Longer candidate tokens are not decoded.
MAX_TOKEN_CHARS = 65536
#: Tag-character runs at least this long are reported (subdivision flags use <= 7).
MIN_TAG_RUN = 8
#: Percent-encoded tokens need at least this many %XX escapes to be decoded.
MIN_PERCENT_ESCAPES = 2

_BASE64_TOKEN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX_TOKEN = re.compile(r"(?:\\x[0-9a-fA-F]{2}){4,}|[0-9a-fA-F]{16,}")
_PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")
_TAG_RUN = re.compile(f"[\U000e0020-\U000e007e]{{{MIN_TAG_RUN},}}")
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(" {2,}")
_TOKEN_WS = " \t\n\r\f\v"
_WS_RE = re.compile(r"[ \t\n\r\f\v]")

#: Zero-width / invisible characters counted by ``invisible.zero_width`` (2 or more).
ZERO_WIDTH = frozenset(
    [
        0x200B,
        0x200C,
        0x200D,
        0x2060,
        0x2061,
        0x2062,
        0x2063,
        0x2064,
        0xFEFF,
        0x180E,
        0x00AD,
        0x034F,
        0x115F,
        0x1160,
        0x3164,
        0xFFA0,
    ]
)
#: Bidirectional controls reported by ``invisible.bidi_control``.
BIDI = frozenset([0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C])
_ZW_RE = re.compile("[" + "".join(chr(c) for c in sorted(ZERO_WIDTH)) + "]")
_BIDI_RE = re.compile("[" + "".join(chr(c) for c in sorted(BIDI)) + "]")


# --------------------------------------------------------------------------- normalisation


def _load_charmap() -> dict[int, str]:
    data = json.loads((_HERE / "charmap.json").read_text(encoding="utf-8"))
    table: dict[int, str] = {}
    for lo, hi in data["delete"]:
        for cp in range(lo, hi + 1):
            table[cp] = ""
    for lo, hi in data["space"]:
        for cp in range(lo, hi + 1):
            table[cp] = " "
    for cp, s in data["map"]:
        table[cp] = s
    return table


_CHARMAP: dict[int, str] = _load_charmap()


def normalize(text: str) -> str:
    """Normalise ``text`` (surrogate-free) the way patterns see it."""
    return _SPACES.sub(" ", text.translate(_CHARMAP))


def _offset_map(text: str) -> tuple[array[int], array[int]]:
    """For every character of ``normalize(text)``, its [start, end) in ``text``.

    A collapsed whitespace run's single space spans from its first to its last space-producing
    character. Characters of one expansion (``ﬁ`` -> ``fi``) all span their source character.
    Unsigned 32-bit arrays (texts are at most 2**30 bytes): 8 bytes per character, where lists
    of ints took about 80.
    """
    starts: array[int] = array("I")
    ends: array[int] = array("I")
    cmap = _CHARMAP
    last_space = False
    for i, ch in enumerate(text):
        for r in cmap.get(ord(ch), ch):
            if r == " " and last_space:
                ends[-1] = i + 1
                continue
            last_space = r == " "
            starts.append(i)
            ends.append(i + 1)
    return starts, ends


# --------------------------------------------------------------------------- pattern dialect

_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_HEXDIGITS = frozenset("0123456789abcdefABCDEF")
_MAX_REPEAT = 1000
_MAX_PATTERN_CHARS = 4000
_MAX_GROUP_DEPTH = 100  # the same bound as maxGroupDepth in go/injection/dialect.go


class _DialectError(Exception):
    pass


class _Parser:
    """Checks the regex dialect both engines agree on and computes the minimum match width.

    Allowed: literals, ``.``, ``^``, ``$``, ``|``, groups ``(...)`` and ``(?:...)``, classes
    ``[...]`` / ``[^...]`` with ranges, quantifiers ``* + ? {m} {m,} {m,n}`` (m, n <= 1000,
    nested counted repeats multiply to <= 1000) optionally lazy (``?``), escapes ``\\xHH`` and
    a backslash before ASCII punctuation; groups nest at most 100 deep. Everything else
    (``\\d \\w \\s \\b``, lookaround, backreferences, inline flags, named groups, possessive
    quantifiers, unescaped ``{ } ]`` as literals) is rejected, because Python ``re`` and RE2
    differ on it or one lacks it. A repeat of a group with a branch that is itself a variable
    repeat (``(a+)+``, ``(?:x|a+)*``) is rejected too: ``re`` backtracks exponentially on it.
    """

    def __init__(self, src: str) -> None:
        self.s = src
        self.i = 0
        self.groups = 0
        self.depth = 0  # groups open at i
        # Whether the last atom / branch / alternation parsed is a variable repeat, or a group
        # with a branch that is one: repeating that again lets a backtracking engine split the
        # same text in exponentially many ways ("(a+)+$", "(?:a+|b)+").
        self.atom_repeats = False
        self.term_repeats = False
        self.alt_repeats = False

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def parse(self) -> tuple[int, int]:
        width = self.alt(1)
        if self.i < len(self.s):
            raise _DialectError(f"unbalanced ')' at {self.i}")
        return width, self.groups

    def alt(self, mult: int) -> int:
        best = self.concat(mult)
        repeats = self.term_repeats
        while self.peek() == "|":
            self.i += 1
            best = min(best, self.concat(mult))
            repeats = repeats or self.term_repeats
        self.alt_repeats = repeats
        return best

    def concat(self, mult: int) -> int:
        total = 0
        terms = 0
        while self.i < len(self.s) and self.peek() not in "|)":
            total += self.repeat(mult)
            terms += 1
        self.term_repeats = terms == 1 and self.term_repeats
        return total

    def repeat(self, mult: int) -> int:
        start = self.i
        c = self.peek()
        quantifiable = c not in "^$"
        # Parse the atom with the multiplier it would get if a counted repeat follows.
        save = self.i
        width = self.atom(mult)
        inner_repeats = self.atom_repeats
        q = self.quantifier()
        if q is None:
            self.term_repeats = inner_repeats
            return width
        lo, hi = q
        if not quantifiable:
            raise _DialectError(f"quantifier after anchor at {start}")
        if inner_repeats and (hi is None or hi > 1):
            raise _DialectError(f"repeat of a repeated sub-expression at {start}")
        self.term_repeats = hi is None or hi > lo or inner_repeats
        bound = max(lo, hi if hi is not None else lo, 1)
        if bound > 1 and mult * bound > _MAX_REPEAT:
            raise _DialectError(f"nested counted repetition too large at {start}")
        if bound > 1:
            # Re-check the atom with the larger multiplier (nested counted repeats).
            end = self.i
            self.i = save
            groups = self.groups
            self.atom(mult * bound)
            self.groups = groups
            self.quantifier()
            assert self.i == end
            self.term_repeats = hi is None or hi > lo or inner_repeats
        if self.peek() == "?":
            self.i += 1
        if self.i < len(self.s) and (self.peek() in "*+?" or self._at_counted()):
            raise _DialectError(f"nested quantifier at {self.i}")
        return width * lo

    def _at_counted(self) -> bool:
        return self.peek() == "{" and _COUNTED.match(self.s, self.i) is not None

    def quantifier(self) -> tuple[int, int | None] | None:
        c = self.peek()
        if c == "*":
            self.i += 1
            return 0, None
        if c == "+":
            self.i += 1
            return 1, None
        if c == "?":
            self.i += 1
            return 0, 1
        if c == "{":
            m = _COUNTED.match(self.s, self.i)
            if m is None:
                raise _DialectError(f"literal '{{' must be escaped at {self.i}")
            lo = int(m.group(1))
            hi: int | None
            if m.group(2) is None:
                hi = lo
            elif m.group(3) == "":
                hi = None
            else:
                hi = int(m.group(3))
            if lo > _MAX_REPEAT or (hi is not None and (hi > _MAX_REPEAT or hi < lo)):
                raise _DialectError(f"bad repetition bounds at {self.i}")
            self.i = m.end()
            return lo, hi
        return None

    def atom(self, mult: int) -> int:
        c = self.peek()
        pos = self.i
        self.atom_repeats = False
        if c == "(":
            self.i += 1
            if self.peek() == "?":
                if self.s.startswith("?:", self.i):
                    self.i += 2
                else:
                    raise _DialectError(f"only (?:...) groups are supported at {pos}")
            else:
                self.groups += 1
            self.depth += 1
            if self.depth > _MAX_GROUP_DEPTH:  # re's compiler recurses per level
                raise _DialectError(f"groups nested deeper than {_MAX_GROUP_DEPTH} at {pos}")
            width = self.alt(mult)
            self.depth -= 1
            if self.peek() != ")":
                raise _DialectError(f"missing ')' for group at {pos}")
            self.i += 1
            self.atom_repeats = self.alt_repeats
            return width
        if c == "[":
            self.char_class()
            return 1
        if c in "^$":
            self.i += 1
            return 0
        if c == ".":
            self.i += 1
            return 1
        if c == "\\":
            self.escape()
            return 1
        if c in "*+?":
            raise _DialectError(f"nothing to repeat at {pos}")
        if c in "{}]":
            raise _DialectError(f"literal '{c}' must be escaped at {pos}")
        self.i += 1
        return 1

    def escape(self) -> str:
        pos = self.i
        self.i += 1
        if self.i >= len(self.s):
            raise _DialectError("trailing backslash")
        e = self.s[self.i]
        if e == "x":
            h = self.s[self.i + 1 : self.i + 3]
            if len(h) != 2 or not all(ch in _HEXDIGITS for ch in h):
                raise _DialectError(f"\\x needs two hex digits at {pos}")
            self.i += 3
            return chr(int(h, 16))
        if e in _PUNCT:
            self.i += 1
            return e
        raise _DialectError(f"unsupported escape '\\{e}' at {pos}")

    def class_item(self) -> tuple[str, bool]:
        c = self.peek()
        if c == "":
            raise _DialectError("missing ']'")
        if c == "\\":
            return self.escape(), True
        if c == "[":
            raise _DialectError(f"'[' inside a class must be escaped at {self.i}")
        self.i += 1
        return c, False

    def char_class(self) -> None:
        pos = self.i
        self.i += 1
        if self.peek() == "^":
            self.i += 1
        items = 0
        first = True
        while True:
            c = self.peek()
            if c == "":
                raise _DialectError(f"missing ']' for class at {pos}")
            if c == "]":
                break
            if self.s.startswith(("&&", "~~", "||", "--"), self.i):
                raise _DialectError(f"doubled '{c}' inside a class at {self.i}")
            lo, escaped = self.class_item()
            if lo == "-" and not escaped and not first and self.peek() != "]":
                raise _DialectError(f"'-' must be first, last or escaped in a class at {self.i - 1}")
            if self.peek() == "-" and self.s[self.i + 1 : self.i + 2] not in ("]", ""):
                self.i += 1
                hi, hi_escaped = self.class_item()
                if hi == "-" and not hi_escaped:
                    raise _DialectError(f"bad range end at {self.i - 1}")
                if ord(hi) < ord(lo):
                    raise _DialectError(f"bad range {lo}-{hi} at {pos}")
            items += 1
            first = False
        if items == 0:
            raise _DialectError(f"empty class at {pos}")
        self.i += 1


_COUNTED = re.compile(r"\{([0-9]{1,4})(,([0-9]{0,4}))?\}")


class _Match(Protocol):
    def span(self, group: int = 0, /) -> tuple[int, int]: ...
    def start(self, group: int = 0, /) -> int: ...
    def end(self, group: int = 0, /) -> int: ...


class Regex(Protocol):
    """A compiled pattern: Python's ``re.Pattern`` (shipped patterns) or google-re2's (custom ones)."""

    def finditer(self, string: str, /) -> Iterator[_Match]: ...


#: What to do when a custom pattern needs RE2 and google-re2 is not installed.
RE2_REMEDY = "pip install 'sark-accel[re2]', or use the go backend"


@cache
def _shipped_regexes() -> frozenset[str]:
    return frozenset(d["pattern"] for d in load_library())


def _compile(pattern_id: str, regex: str) -> Regex:
    """Compile a dialect-checked regex. Shipped regexes run on ``re`` (tests prove them linear there);
    any other runs on RE2 (google-re2), because no rule makes arbitrary patterns safe on a
    backtracking engine: ``(?:a|ab)*c`` is exponential and ``x.*y`` quadratic on ``re``."""
    if regex in _shipped_regexes():
        return re.compile(regex)
    try:
        re2 = importlib.import_module("re2")  # optional: the sark-accel[re2] extra
    except ImportError:
        raise InvalidPattern(f"{pattern_id}: custom patterns on the python backend need RE2 ({RE2_REMEDY})") from None
    try:
        return cast(Regex, re2.compile(regex))
    except re2.error as exc:  # e.g. past RE2's memory budget
        raise InvalidPattern(f"{pattern_id}: {exc}") from None


def validate_regex(pattern_id: str, regex: str) -> tuple[Regex, int]:
    """Check ``regex`` against the shared dialect, compile it, and return (compiled, groups)."""
    groups = check_dialect(pattern_id, regex)
    try:
        return _compile(pattern_id, regex), groups
    except re.error as exc:  # pragma: no cover - the dialect check should catch everything
        raise InvalidPattern(f"{pattern_id}: {exc}") from None


def check_dialect(pattern_id: str, regex: str) -> int:
    """Check ``regex`` against the dialect both backends share (Go's dialect.go is the same
    parser); return its group count. :class:`InvalidPattern` (``"<id>: <reason>"``) if outside."""
    if len(regex) > _MAX_PATTERN_CHARS:
        raise InvalidPattern(f"{pattern_id}: regex longer than {_MAX_PATTERN_CHARS} characters")
    if _SURROGATE.search(regex):
        raise InvalidPattern(f"{pattern_id}: regex contains a lone surrogate")
    try:
        width, groups = _Parser(regex).parse()
    except _DialectError as exc:
        raise InvalidPattern(f"{pattern_id}: {exc}") from None
    if width == 0:
        raise InvalidPattern(f"{pattern_id}: regex can match empty text")
    return groups


# --------------------------------------------------------------------------- pattern library

_ID_RE = re.compile(r"[a-z0-9_.\-]{1,100}")


class _Pattern:
    __slots__ = ("id", "category", "severity", "regex", "description", "weight", "compiled", "groups")

    def __init__(self, d: Any) -> None:
        if not isinstance(d, dict):
            raise InvalidPattern(f"?: pattern must be an object, got {type(d).__name__}")
        pid = d.get("id")
        if not isinstance(pid, str) or not _ID_RE.fullmatch(pid):
            raise InvalidPattern(f"{pid!s}: id must be 1-100 characters of [a-z0-9_.-]")
        self.id: str = pid
        cat = d.get("category")
        if not isinstance(cat, str) or not cat or len(cat) > 100:
            raise InvalidPattern(f"{pid}: category must be a non-empty string")
        self.category: str = cat
        sev = d.get("severity")
        if sev not in SEVERITY_WEIGHTS:
            raise InvalidPattern(f"{pid}: severity must be high, medium or low")
        self.severity: str = sev
        rx = d.get("pattern")
        if not isinstance(rx, str) or not rx:
            raise InvalidPattern(f"{pid}: pattern must be a non-empty string")
        self.regex: str = rx
        desc = d.get("description", "")
        if not isinstance(desc, str):
            raise InvalidPattern(f"{pid}: description must be a string")
        self.description: str = desc
        self.weight: int = _weight(pid, d, sev)
        self.compiled, self.groups = validate_regex(pid, rx)

    def as_dict(self) -> dict[str, str | int]:
        return {
            "id": self.id,
            "category": self.category,
            "severity": self.severity,
            "pattern": self.regex,
            "description": self.description,
            "weight": self.weight,
        }


def _weight(pid: str, d: dict[str, Any], severity: str) -> int:
    """A pattern's weight: absent means its severity's; else an integer 1..100 (an integral float
    counts, as JSON numbers do for the Go engine; a bool or null does not)."""
    if "weight" not in d:
        return SEVERITY_WEIGHTS[severity]
    w = d["weight"]
    if isinstance(w, float) and w.is_integer():
        w = int(w)
    if isinstance(w, bool) or not isinstance(w, int) or not 1 <= w <= MAX_WEIGHT:
        raise InvalidPattern(f"{pid}: weight must be an integer from 1 to 100")
    return w


def load_library() -> list[dict[str, Any]]:
    """Return the shipped pattern library (``patterns.json``) as a list of dicts."""
    data = json.loads((_HERE / "patterns.json").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _build_patterns(items: Iterable[Any]) -> list[_Pattern]:
    out: list[_Pattern] = []
    seen: set[str] = set()
    for d in items:
        p = _Pattern(d)
        if p.id in seen:
            raise InvalidPattern(f"{p.id}: duplicate pattern id")
        seen.add(p.id)
        out.append(p)
    return out


# --------------------------------------------------------------------------- helpers


def _sanitize(text: str) -> str:
    """Replace every surrogate code point with U+FFFD (Go sees invalid UTF-8 the same way)."""
    if text.isascii():
        return text
    return _SURROGATE.sub("\ufffd", text)


def _decoded_ok(raw: bytes) -> str | None:
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not s or _BAD_CONTROL.search(s):
        return None
    return s


def _decode_base64(tok: str) -> str | None:
    t = tok.rstrip("=")
    url = "-" in t or "_" in t
    if url and ("+" in t or "/" in t):
        return None
    r = len(t) % 4
    if r == 1:
        return None
    padded = t + "=" * ((4 - r) % 4)
    try:
        raw = base64.b64decode(padded, altchars=b"-_" if url else None, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _decoded_ok(raw)


def _decode_hex(tok: str) -> str | None:
    h = tok.replace("\\x", "") if tok.startswith("\\") else tok
    if len(h) % 2:
        return None
    return _decoded_ok(bytes.fromhex(h))


def _decode_percent(tok: str) -> str | None:
    out = bytearray()
    i = 0
    n = len(tok)
    while i < n:
        c = tok[i]
        if c == "%" and _PERCENT_ESCAPE.match(tok, i):
            out.append(int(tok[i + 1 : i + 3], 16))
            i += 3
            continue
        out += c.encode("utf-8")
        i += 1
    return _decoded_ok(bytes(out))


def _percent_tokens(text: str) -> list[tuple[int, int]]:
    """Whitespace-delimited tokens holding >= MIN_PERCENT_ESCAPES escapes, in order.

    Linear: backward searches stop at the previous token's end, forward searches at the
    first whitespace, so every character is looked at a bounded number of times.
    """
    if "%" not in text:
        return []
    out: list[tuple[int, int]] = []
    tok_start, tok_end, count = 0, -1, 0
    for m in _PERCENT_ESCAPE.finditer(text):
        pos = m.start()
        if pos >= tok_end:
            if tok_end >= 0 and count >= MIN_PERCENT_ESCAPES:
                out.append((tok_start, tok_end))
            lo = max(tok_end, 0)
            tok_start = max(text.rfind(c, lo, pos) for c in _TOKEN_WS) + 1
            if tok_start == 0:
                tok_start = lo
            ws = _WS_RE.search(text, pos)
            tok_end = ws.start() if ws else len(text)
            count = 0
        count += 1
    if tok_end >= 0 and count >= MIN_PERCENT_ESCAPES:
        out.append((tok_start, tok_end))
    return out


def _entropy(text: str) -> float:
    n = len(text)
    counts = Counter(text)
    h = 0.0
    for ch in sorted(counts):
        p = counts[ch] / n
        h -= p * math.log2(p)
    return round(h, 4)


def _trunc(s: str) -> str:
    return s[:MATCH_CHARS]


# --------------------------------------------------------------------------- detector


def check_options(
    *,
    patterns: Any,
    entropy_threshold: Any,
    min_entropy_length: Any,
    max_depth: Any,
    max_bytes: Any,
    alert_threshold: Any,
    block_threshold: Any,
    classifier: Any = False,
) -> None:
    """Validate detector options (shared by both backends): TypeError, or InvalidArgument."""
    if not isinstance(classifier, bool):
        raise TypeError("classifier must be a bool")
    if isinstance(entropy_threshold, bool) or not isinstance(entropy_threshold, (int, float)):
        raise TypeError("entropy_threshold must be a number")
    if not math.isfinite(entropy_threshold) or entropy_threshold < 0:
        raise InvalidArgument("entropy_threshold must be finite and >= 0")
    for name, val, lo, hi in (
        ("min_entropy_length", min_entropy_length, 1, 1 << 30),
        ("max_depth", max_depth, 0, 1000),
        ("max_bytes", max_bytes, 1, 1 << 30),
        ("alert_threshold", alert_threshold, 0, 100),
        ("block_threshold", block_threshold, 0, 100),
    ):
        if isinstance(val, bool) or not isinstance(val, int):
            raise TypeError(f"{name} must be an int")
        if not lo <= val <= hi:
            raise InvalidArgument(f"{name} must be between {lo} and {hi}")
    if alert_threshold > block_threshold:
        raise InvalidArgument("alert_threshold must be <= block_threshold")
    if patterns is not None and not isinstance(patterns, (list, tuple)):
        raise TypeError("patterns must be a list of dicts or None")


class PythonDetector:
    """Prompt-injection scanner, pure-Python reference (same results as the Go engine).

    Thread-safety: scans only read state; ``add_pattern``/``remove_pattern`` swap the pattern
    list atomically (a new list object), so concurrent scans see either the old or the new set.
    """

    def __init__(
        self,
        *,
        patterns: list[dict[str, Any]] | None = None,
        entropy_threshold: float = 4.5,
        min_entropy_length: int = 50,
        max_depth: int = 10,
        max_bytes: int = 1 << 20,
        alert_threshold: int = 40,
        block_threshold: int = 70,
        classifier: bool = False,
    ) -> None:
        check_options(
            patterns=patterns,
            entropy_threshold=entropy_threshold,
            min_entropy_length=min_entropy_length,
            max_depth=max_depth,
            max_bytes=max_bytes,
            alert_threshold=alert_threshold,
            block_threshold=block_threshold,
            classifier=classifier,
        )
        self.classifier = classifier
        self.entropy_threshold = float(entropy_threshold)
        self.min_entropy_length = min_entropy_length
        self.max_depth = max_depth
        self.max_bytes = max_bytes
        self.alert_threshold = alert_threshold
        self.block_threshold = block_threshold
        self._patterns: list[_Pattern] = _build_patterns(load_library() if patterns is None else patterns)

    # ---- library management

    @property
    def patterns(self) -> list[dict[str, str | int]]:
        """The current library (id, category, severity, pattern, description, weight), in order."""
        return [p.as_dict() for p in self._patterns]

    def add_pattern(self, pattern: dict[str, Any]) -> None:
        """Add a pattern, or replace the one with the same id (keeping its position)."""
        if not isinstance(pattern, dict):
            raise TypeError("pattern must be a dict")
        self.add_patterns([pattern])

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Add or replace several patterns, all or nothing (each like :meth:`add_pattern`)."""
        built = [_Pattern(p) for p in patterns]
        new = list(self._patterns)
        for p in built:
            for i, old in enumerate(new):
                if old.id == p.id:
                    new[i] = p
                    break
            else:
                new.append(p)
        self._patterns = new

    def remove_pattern(self, pattern_id: str) -> None:
        """Remove a pattern by id; :class:`PatternNotFound` if there is none."""
        if not isinstance(pattern_id, str):
            raise TypeError("pattern_id must be a str")
        new = [p for p in self._patterns if p.id != pattern_id]
        if len(new) == len(self._patterns):
            raise PatternNotFound(f"{pattern_id}: no such pattern")
        self._patterns = new

    # ---- scanning

    def scan_text(self, text: str, *, kind: Optional[str] = None) -> dict[str, Any]:
        """Scan one string (location ``""``) as text of ``kind`` (``_kind.py``)."""
        kind = check_kind(kind)
        if not isinstance(text, str):
            raise TypeError("text must be a str")
        return _Scan(self, kind).run_text(text)

    def scan(self, params: Any, context: Any = None, *, kind: Optional[str] = None) -> dict[str, Any]:
        """Scan tool-call parameters and an optional context document as text of ``kind``."""
        return _Scan(self, check_kind(kind)).run(params, context)


def _key_text(k: Any) -> str:
    """Object keys as json.dumps writes them."""
    if isinstance(k, str):
        return _sanitize(k)
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, int):
        return int.__repr__(k)
    if isinstance(k, float):
        if k != k:
            return "NaN"
        if k in (math.inf, -math.inf):
            return "Infinity" if k > 0 else "-Infinity"
        return float.__repr__(k)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


def enter(active: set[int], container: Any, loc: str, stack: list[Any]) -> None:
    """Mark a container as being walked (and schedule its exit); TypeError if it already is: a cycle
    is not a JSON value (as the policy engine says of its input)."""
    key = id(container)
    if key in active:
        raise TypeError(f"circular reference at {loc!r}: not a JSON value")
    active.add(key)
    stack.append((2, key, loc, 0))


class _Scan:
    """State of one scan call: byte budget, unit counter, findings."""

    def __init__(self, det: PythonDetector, kind: Optional[str] = None) -> None:
        self.det = det
        # The kind's model judges the units; None with the classifier off. The windows are judged
        # by the general model whatever the kind (decision 24b, _window.window_verdicts).
        self.model: Optional[Classifier] = classifier_for(kind) if det.classifier else None
        self.patterns = det._patterns
        self.budget = det.max_bytes
        self.truncated = False
        self.seq = 0
        self.findings: list[tuple[tuple[int, int, int, str], dict[str, Any]]] = []
        self.texts: dict[int, str] = {}  # each unit's text, with the classifier on (windows)

    # ---- traversal

    def run_text(self, text: str) -> dict[str, Any]:
        self.unit(text, "")
        return self.result()

    def run(self, params: Any, context: Any) -> dict[str, Any]:
        self.walk(params, "")
        if context is not None:
            self.walk(context, "context")
        return self.result()

    def walk(self, root: Any, prefix: str) -> None:
        # Explicit stack: deep inputs must not hit Python's recursion limit.
        # Containers being walked, by id: entering one again is a cycle, refused like json.dumps
        # refuses it (the go backend's crossing), never walked until max_depth cuts it.
        active: set[int] = set()
        stack: list[tuple[int, Any, str, int]] = [(0, root, prefix, 0)]
        max_depth = self.det.max_depth
        while stack:
            kind, value, loc, depth = stack.pop()
            if kind == 1:  # a key to scan
                self.unit(value, loc)
                continue
            if kind == 2:  # done with a container
                active.discard(value)
                continue
            if isinstance(value, str):
                self.unit(value, loc)
            elif isinstance(value, dict):
                if not value:
                    continue
                if depth >= max_depth:
                    self.depth_finding(loc)
                    continue
                enter(active, value, loc, stack)
                todo: list[tuple[int, Any, str, int]] = []
                for k, v in value.items():
                    ks = _key_text(k)
                    path = f"{loc}.{ks}" if loc else ks
                    todo.append((1, ks, path + "#key", depth + 1))
                    todo.append((0, v, path, depth + 1))
                stack.extend(reversed(todo))
            elif isinstance(value, (list, tuple)):
                if not value:
                    continue
                if depth >= max_depth:
                    self.depth_finding(loc)
                    continue
                enter(active, value, loc, stack)
                stack.extend((0, v, f"{loc}[{i}]", depth + 1) for i, v in reversed(list(enumerate(value))))
            elif value is None or isinstance(value, (bool, int, float)):
                continue
            else:
                raise TypeError(f"unsupported parameter type {type(value).__name__} at {loc!r}")

    def depth_finding(self, loc: str) -> None:
        seq = self.seq
        self.seq += 1
        self.add(
            seq,
            {
                "pattern_id": "structure.depth_exceeded",
                "category": "structure",
                "severity": "medium",
                "location": loc,
                "start": 0,
                "end": 0,
                "matched": "",
            },
        )

    # ---- one text unit

    def unit(self, text: str, loc: str) -> None:
        seq = self.seq
        self.seq += 1
        text = _sanitize(text)
        if not text:
            return
        if self.budget <= 0:
            self.truncated = True
            return
        size = len(text) if text.isascii() else len(text.encode("utf-8"))
        if size > self.budget:
            head = text[: self.budget].encode("utf-8")[: self.budget]
            text = head.decode("utf-8", "ignore")
            self.truncated = True
            self.budget = 0
        else:
            self.budget -= size
        if not text:
            return
        for f in self.scan_unit(text, loc, 0):
            self.add(seq, f)
        if self.model is not None:
            self.classify(self.model, seq, text, loc)
            self.texts[seq] = text

    def classify(self, model: Classifier, seq: int, text: str, loc: str) -> None:
        """The classifier's finding for a unit, from a probability of THRESHOLD up (rounded to
        4 decimals): the whole unit, with the n-grams that contributed most."""
        v = model.verdict(normalize(text))
        p = round(v.probability, 4)
        if p >= THRESHOLD:
            self.add(
                seq,
                {
                    "pattern_id": "classifier.injection",
                    "category": "classifier",
                    "severity": "high" if p >= 0.8 else "medium" if p >= 0.5 else "low",
                    "location": loc,
                    "start": 0,
                    "end": len(text),
                    "matched": _trunc(text),
                    "value": p,
                    "ngrams": [c.ngram for c in v.top],
                },
            )

    def scan_unit(self, text: str, loc: str, depth: int) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        if depth == 0:
            self.invisible(text, loc, out)
            self.entropy(text, loc, out)
        self.match_patterns(text, loc, out)
        if depth < MAX_DECODE_DEPTH:
            self.decoders(text, loc, depth, out)
        return out

    def invisible(self, text: str, loc: str, out: list[dict[str, Any]]) -> None:
        if text.isascii():
            return
        for m in _TAG_RUN.finditer(text):
            hidden = "".join(chr(ord(c) - 0xE0000) for c in m.group())
            inner = self.scan_unit(hidden, loc, 1)
            out.extend(
                self.decoded_findings(
                    "smuggling.tag_chars", "invisible_text", "high", loc, text, m.start(), m.end(), "tag_chars", inner
                )
            )
        for rx, pid, sev, need in (
            (_ZW_RE, "invisible.zero_width", "low", 2),
            (_BIDI_RE, "invisible.bidi_control", "medium", 1),
        ):
            hits = [m.start() for m in rx.finditer(text)]
            if len(hits) >= need:
                s, e = hits[0], hits[-1] + 1
                out.append(
                    {
                        "pattern_id": pid,
                        "category": "invisible_text",
                        "severity": sev,
                        "location": loc,
                        "start": s,
                        "end": e,
                        "matched": _trunc(text[s:e]),
                    }
                )

    def entropy(self, text: str, loc: str, out: list[dict[str, Any]]) -> None:
        if len(text) < self.det.min_entropy_length:
            return
        value = _entropy(text)
        if value > self.det.entropy_threshold:
            out.append(
                {
                    "pattern_id": "entropy.high",
                    "category": "entropy",
                    "severity": "medium",
                    "location": loc,
                    "start": 0,
                    "end": len(text),
                    "matched": _trunc(text),
                    "value": value,
                }
            )

    def match_patterns(self, text: str, loc: str, out: list[dict[str, Any]]) -> None:
        norm = normalize(text)
        starts: array[int] | None = None
        ends: array[int] = array("I")
        for p in self.patterns:
            for m in p.compiled.finditer(norm):
                s, e = m.span()
                if p.groups and m.start(1) >= 0 and m.end(1) > m.start(1):
                    s, e = m.span(1)
                if starts is None:
                    starts, ends = _offset_map(text)
                os_, oe = starts[s], ends[e - 1]
                out.append(
                    {
                        "pattern_id": p.id,
                        "category": p.category,
                        "severity": p.severity,
                        "location": loc,
                        "start": os_,
                        "end": oe,
                        "matched": _trunc(text[os_:oe]),
                    }
                )

    def decoders(self, text: str, loc: str, depth: int, out: list[dict[str, Any]]) -> None:
        limit = MAX_CANDIDATES[0 if depth == 0 else 1]
        for pid, tokens, decode in (
            ("encoded.base64", ((m.start(), m.end()) for m in _BASE64_TOKEN.finditer(text)), _decode_base64),
            ("encoded.hex", ((m.start(), m.end()) for m in _HEX_TOKEN.finditer(text)), _decode_hex),
            ("encoded.percent", iter(_percent_tokens(text)), _decode_percent),
        ):
            tried = 0
            for s, e in tokens:
                if e - s > MAX_TOKEN_CHARS:
                    continue
                tried += 1
                if tried > limit:
                    break
                tok = text[s:e]
                decoded = decode(tok)
                if decoded is None:
                    continue
                inner = self.scan_unit(decoded, loc, depth + 1)
                if inner:
                    out.extend(
                        self.decoded_findings(
                            pid, "encoded_payload", "medium", loc, text, s, e, pid.split(".", 1)[1], inner
                        )
                    )

    @staticmethod
    def decoded_findings(
        pid: str,
        category: str,
        severity: str,
        loc: str,
        text: str,
        s: int,
        e: int,
        encoding: str,
        inner: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """The decoder's own finding, then every finding of the decoded text moved onto the
        token's span (pattern id kept, ``encoding`` says how it was hidden, outermost first)."""
        matched = _trunc(text[s:e])
        out = [
            {
                "pattern_id": pid,
                "category": category,
                "severity": severity,
                "location": loc,
                "start": s,
                "end": e,
                "matched": matched,
            }
        ]
        for f in inner:
            enc = encoding + "/" + f["encoding"] if "encoding" in f else encoding
            out.append(
                {
                    "pattern_id": f["pattern_id"],
                    "category": f["category"],
                    "severity": f["severity"],
                    "location": loc,
                    "start": s,
                    "end": e,
                    "matched": matched,
                    "encoding": enc,
                }
            )
        return out

    # ---- result

    def add(self, seq: int, f: dict[str, Any]) -> None:
        self.findings.append(((seq, f["start"], f["end"], f["pattern_id"]), f))

    def result(self) -> dict[str, Any]:
        self.findings.sort(key=lambda kf: kf[0])
        # A finding weighs what the library pattern with its id weighs (decoded findings keep
        # their pattern's id), the classifier's what its probability gives, else what its
        # severity weighs (the built-in detectors; entropy.high less). A pattern id counts at
        # most MAX_REPEATS times, its heaviest findings: a long document that matches one
        # pattern in many places proves little more than one that matches it twice.
        # With the classifier on, weak findings need its agreement (NEEDS_CLASSIFIER_BELOW).
        weights = {p.id: p.weight for p in self.patterns} if self.findings else {}
        weak_count = not self.det.classifier or any("ngrams" in f for _, f in self.findings)
        weighted = [(f["pattern_id"], _finding_weight(f, weights)) for _, f in self.findings]
        if self.model is not None:
            # Rounds 8 and 9 (_window.py): gated findings count in full when their window agrees,
            # demoted when not; the rest (decoded content, after MAX_WINDOWS) as in round 6.
            judged = [
                i
                for i, ((key, f), (_, w)) in enumerate(zip(self.findings, weighted, strict=True))
                if "ngrams" not in f and "encoding" not in f and w < GATED_BELOW and key[0] in self.texts
            ][:MAX_WINDOWS]
            verdicts = dict(
                zip(
                    judged,
                    window_verdicts(
                        classifier_for(None),
                        [
                            (self.findings[i][0][0], self.findings[i][1]["start"], self.findings[i][1]["end"])
                            for i in judged
                        ],
                        self.texts,
                    ),
                    strict=True,
                )
            )
            # Decision 26a: a decisive phrase finding (not markup) in a bare unit counts in full.
            phrase = {i for i in judged if is_phrase(weighted[i][1], self.findings[i][1]["category"])}
            bare = bare_units([(self.findings[i][0][0], *self.findings[i][0][1:3]) for i in sorted(phrase)], self.texts)
            kept: list[tuple[str, int]] = []
            for i, (pid, w) in enumerate(weighted):
                if i in verdicts:
                    # Demoted: weak findings add nothing (as in round 8), the others weigh less.
                    demoted = w // DEMOTE_BY if w >= NEEDS_CLASSIFIER_BELOW else 0
                    full = verdicts[i] or (i in phrase and self.findings[i][0][0] in bare)
                    kept.append((pid, w if full else demoted))
                elif weak_count or w >= NEEDS_CLASSIFIER_BELOW:
                    kept.append((pid, w))
            weighted = kept
            weak_count = True
        score = risk_score(weighted, weak_count)
        det = self.det
        if score >= det.block_threshold:
            decision = "block"
        elif score >= det.alert_threshold:
            decision = "alert"
        else:
            decision = "allow"
        if self.truncated and decision == "allow":
            decision = "alert"
        return {
            "findings": [f for _, f in self.findings[:MAX_FINDINGS]],
            "risk_score": score,
            "decision": decision,
            "truncated": self.truncated,
        }


def risk_score(weighted: Iterable[tuple[str, int]], weak_count: bool = True) -> int:
    """The risk score of (pattern id, weight) pairs: each id's MAX_REPEATS heaviest, capped at 100;
    without ``weak_count``, weights below NEEDS_CLASSIFIER_BELOW add nothing."""
    by_id: dict[str, list[int]] = {}
    for pid, w in weighted:
        if weak_count or w >= NEEDS_CLASSIFIER_BELOW:
            by_id.setdefault(pid, []).append(w)
    return min(100, sum(sum(sorted(ws)[-MAX_REPEATS:]) for ws in by_id.values()))


def _finding_weight(f: dict[str, Any], weights: dict[str, int]) -> int:
    """A finding's share of the risk score: the classifier's follows its probability."""
    if "ngrams" in f:
        return classifier_score(f["value"])
    if f["pattern_id"] in weights:
        return weights[f["pattern_id"]]
    return ENTROPY_WEIGHT if f["pattern_id"] == "entropy.high" else SEVERITY_WEIGHTS[f["severity"]]


class PythonInjectionBackend:
    """The python backend of InjectionDetector: the reference, returning ScanResult like the go backend."""

    def __init__(self, **options: Any) -> None:
        self._reference: PythonDetector | None = PythonDetector(**options)

    def _ref(self) -> PythonDetector:
        if self._reference is None:
            raise Closed("injection detector is closed")
        return self._reference

    @property
    def patterns(self) -> list[dict[str, str | int]]:
        return self._ref().patterns

    def scan(self, params: object, context: object = None, *, kind: Optional[str] = None) -> ScanResult:
        return ScanResult.from_dict(self._ref().scan(params, context, kind=kind))

    def scan_text(self, text: str, *, kind: Optional[str] = None) -> ScanResult:
        return ScanResult.from_dict(self._ref().scan_text(text, kind=kind))

    def warm_up(self) -> None:
        ref = self._ref()  # the reference compiles everything when built; the models load on first use
        if ref.classifier:
            for kind in MODEL_FILES:
                classifier_for(kind)

    def add_pattern(self, pattern: dict[str, Any]) -> None:
        self._ref().add_pattern(pattern)

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        self._ref().add_patterns(patterns)

    def remove_pattern(self, pattern_id: str) -> None:
        self._ref().remove_pattern(pattern_id)

    def close(self) -> None:
        self._reference = None
