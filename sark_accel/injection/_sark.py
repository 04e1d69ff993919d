"""SARK pattern files (``injection_patterns.yaml``) turned into this scanner's patterns.

SARK's detector runs each ``regex`` with Python ``re`` and IGNORECASE over the raw text; this
scanner runs its dialect (README "Patterns") over normalised text: lower case, every run of
whitespace one space. So a SARK regex is rewritten to match that text the same way:

* ``\\s`` becomes a space (``\\s+`` one space, ``\\s*`` and ``\\s?`` an optional one), ``\\S`` ``[^ ]``,
  ``\\d`` ``[0-9]``, ``\\D`` ``[^0-9]``, ``\\w`` ``[a-z0-9_]``, ``\\W`` ``[^a-z0-9_]``, ``\\n \\t \\r \\f \\v`` a
  space, ``\\A`` ``^`` and ``\\Z`` ``$``; upper-case letters become lower case;
* groups become non-capturing (``(``, ``(?P<name>``), so findings span the whole match, and a
  leading ``(?i)`` is dropped (matching ignores case anyway);
* ``\\b`` at the very start or end becomes a boundary group around the whole regex.

What has no equivalent (lookaround, backreferences, ``\\b`` inside, other flags, other escapes)
is refused by name, as are regexes the rewrite leaves outside the dialect (a repeat of a
repeat, a regex that can match empty text): :class:`SarkPatternsRejected` lists every one, and
nothing is added. Never a silent drop: a SARK user's pattern either works or is named.
"""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path
from typing import Any

from sark_accel.errors import InvalidArgument
from sark_accel.injection._python import check_dialect
from sark_accel.injection.errors import InvalidPattern, SarkPatternsRejected

#: Risk-score weights of SARK's severities when the file has no ``severity_weights`` (SARK's
#: InjectionDetectionConfig defaults; its pattern file gives critical 40).
SARK_WEIGHTS: dict[str, int] = {"critical": 40, "high": 30, "medium": 15, "low": 5}
#: SARK severities in this scanner's three.
SEVERITY: dict[str, str] = {"critical": "high", "high": "high", "medium": "medium", "low": "low"}
#: Files larger than this are refused before parsing (SARK's own file is 7 KB).
MAX_FILE_BYTES = 1 << 20

_BOUNDARY_START = "(?:^|[^a-z0-9_])("
_BOUNDARY_END = ")(?:$|[^a-z0-9_])"
_CLASS_ESCAPES = {"s": " ", "d": "0-9", "w": "a-z0-9_"}
_ESCAPES = {"S": "[^ ]", "d": "[0-9]", "D": "[^0-9]", "w": "[a-z0-9_]", "W": "[^a-z0-9_]", "A": "^", "Z": "$"}
_WHITESPACE_ESCAPES = frozenset("ntrfv")
_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_QUANTIFIER = re.compile(r"[*+?]|\{[0-9]*(?:,[0-9]*)?\}")


class _Untranslatable(Exception):
    pass


def translate_regex(regex: str) -> str:
    """Rewrite a SARK (Python ``re``, IGNORECASE, raw text) regex for normalised text; raise
    ``_Untranslatable`` with the reason when there is no equivalent."""
    body = regex[4:] if regex.startswith("(?i)") else regex
    lead = body.startswith("\\b")
    trail = body.endswith("\\b") and not body.endswith("\\\\b")
    if lead:
        body = body[2:]
    if trail:
        body = body[:-2]
    out = _translate(body)
    if lead or trail:
        out = (_BOUNDARY_START if lead else "(") + out + (_BOUNDARY_END if trail else ")")
    return out


def _translate(s: str) -> str:
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            if i + 1 >= n:
                raise _Untranslatable("trailing backslash")
            e = s[i + 1]
            i += 2
            if e == "s" or e == " " or e in _WHITESPACE_ESCAPES:
                i = _space(s, i, out)
            elif e in _ESCAPES:
                out.append(_ESCAPES[e])
            elif e == "x":
                out.append("\\x" + s[i : i + 2].lower())
                i += 2
            elif e in _PUNCT:
                out.append("\\" + e)
            elif e == "b":
                raise _Untranslatable("\\b inside the regex (only at its start or end)")
            elif e.isdigit():
                raise _Untranslatable("backreference")
            else:
                raise _Untranslatable(f"escape \\{e}")
        elif c == "(":
            i = _group(s, i, out)
        elif c == "[":
            i = _char_class(s, i, out)
        elif c in " \t\n\r\f\v":
            i = _space(s, i + 1, out)
        else:
            out.append(c.lower())
            i += 1
    return "".join(out)


def _space(s: str, i: int, out: list[str]) -> int:
    """One whitespace atom ends before ``i``: emit what matches normalised whitespace, consuming
    its quantifier (``+`` is one space: runs are already collapsed)."""
    m = _QUANTIFIER.match(s, i)
    if m is None:
        out.append(" ")
        return i
    q = m.group()
    end = m.end()
    if end < len(s) and s[end] == "?":  # lazy: the same set of matches here
        end += 1
    if q == "+" or (q.startswith("{") and not q[1:].startswith(("0", ",", "}"))):
        out.append(" ")
    else:
        out.append(" ?")
    return end


def _group(s: str, i: int, out: list[str]) -> int:
    if s.startswith("(?:", i):
        out.append("(?:")
        return i + 3
    if s.startswith("(?P<", i):
        end = s.find(">", i)
        if end < 0:
            raise _Untranslatable("unterminated group name")
        out.append("(?:")
        return end + 1
    if s.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        raise _Untranslatable("lookaround")
    if s.startswith("(?", i):
        raise _Untranslatable("inline flags or group extension")
    out.append("(?:")
    return i + 1


def _char_class(s: str, i: int, out: list[str]) -> int:
    buf = ["["]
    i += 1
    if i < len(s) and s[i] == "^":
        buf.append("^")
        i += 1
    first = True
    while i < len(s):
        c = s[i]
        if c == "]" and not first:
            buf.append("]")
            out.append("".join(buf))
            return i + 1
        first = False
        if c == "\\" and i + 1 < len(s):
            e = s[i + 1]
            i += 2
            if e in _CLASS_ESCAPES:
                buf.append(_CLASS_ESCAPES[e])
            elif e in _WHITESPACE_ESCAPES:
                buf.append(" ")
            elif e == "x":
                buf.append("\\x" + s[i : i + 2].lower())
                i += 2
            elif e in _PUNCT:
                buf.append("\\" + e)
            else:
                raise _Untranslatable(f"escape \\{e} in a class")
            continue
        buf.append(" " if c in "\t\n\r\f\v" else c.lower())
        i += 1
    raise _Untranslatable("unterminated character class")


def _slug(name: str) -> str:
    return "sark." + (re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:95] or "pattern")


def _weights(doc: dict[str, Any]) -> dict[str, int]:
    given = doc.get("severity_weights")
    if given is None:
        return dict(SARK_WEIGHTS)
    if not isinstance(given, dict):
        raise InvalidArgument("SARK pattern file: severity_weights must be a mapping")
    out = dict(SARK_WEIGHTS)
    for sev, w in given.items():
        if sev in out and isinstance(w, int) and not isinstance(w, bool) and w >= 0:
            out[sev] = min(max(w, 1), 100)  # SARK allows 0 (log only); a weight here is 1-100
        elif sev in out:
            raise InvalidArgument(f"SARK pattern file: severity_weights.{sev} must be a non-negative integer")
    return out


def read_sark_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Parse a SARK pattern file with PyYAML's safe loader (the ``sark`` extra)."""
    try:
        yaml = importlib.import_module("yaml")
    except ImportError:
        raise ImportError("reading SARK pattern files needs PyYAML: pip install 'sark-accel[sark]'") from None
    raw = Path(path).read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise InvalidArgument(f"SARK pattern file: larger than {MAX_FILE_BYTES} bytes")
    try:
        doc = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise InvalidArgument(f"SARK pattern file: not YAML: {exc}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("patterns"), list):
        raise InvalidArgument("SARK pattern file: expected a mapping with a 'patterns' list")
    return doc


def sark_patterns(path: str | os.PathLike[str]) -> list[tuple[str, dict[str, Any]]]:
    """The patterns of a SARK pattern file, each as (SARK name, pattern in this scanner's form:
    id ``sark.<name>``, category ``sark``, severity critical -> high, weight from the file's
    ``severity_weights``).

    Raises :class:`SarkPatternsRejected` naming every pattern that cannot be used, with why."""
    doc = read_sark_file(path)
    weights = _weights(doc)
    out: list[tuple[str, dict[str, Any]]] = []
    rejected: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for n, entry in enumerate(doc["patterns"]):
        name = entry.get("name") if isinstance(entry, dict) else None
        label = name if isinstance(name, str) and name else f"#{n + 1}"
        if not isinstance(entry, dict) or not isinstance(name, str) or not name:
            rejected.append((label, "each pattern needs a non-empty string 'name'"))
            continue
        regex, severity, desc = entry.get("regex"), entry.get("severity"), entry.get("description", "")
        pid = _slug(name)
        if not isinstance(regex, str) or not regex:
            rejected.append((name, "'regex' must be a non-empty string"))
            continue
        if not isinstance(severity, str) or severity not in SEVERITY:
            rejected.append((name, "'severity' must be critical, high, medium or low"))
            continue
        if not isinstance(desc, str):
            rejected.append((name, "'description' must be a string"))
            continue
        if pid in seen:
            rejected.append((name, f"its id {pid} is also the id of {seen[pid]!r}"))
            continue
        try:
            pattern = translate_regex(regex)
            check_dialect(pid, pattern)
        except _Untranslatable as exc:
            rejected.append((name, f"{exc}: no equivalent in the RE2 dialect both backends share"))
            continue
        except InvalidPattern as exc:
            rejected.append((name, str(exc).split(": ", 1)[1]))
            continue
        seen[pid] = name
        out.append(
            (
                name,
                {
                    "id": pid,
                    "category": "sark",
                    "severity": SEVERITY[severity],
                    "weight": weights[severity],
                    "pattern": pattern,
                    "description": desc or name,
                },
            )
        )
    if rejected:
        raise SarkPatternsRejected(rejected)
    return out
