"""Generate ``charmap.json``: the per-character normalisation table both scanners load.

Run ``python -m sark_accel.injection._gen_charmap`` after changing the rules below, then
``go generate ./...`` in ``go/injection`` to refresh the Go embedded copy.

The table is computed ONCE from this interpreter's ``unicodedata`` and shipped as data, so the
Go and Python scanners normalise identically whatever Unicode version their runtime has.

For every code point ``c`` (surrogates excluded) the table says one of:

* ``delete``: invisible characters (step 1): format characters (Cf: zero-width space/joiners,
  word joiner, BOM, soft hyphen, bidi controls, Unicode tag characters U+E0000-E007F ...),
  control characters (Cc) other than whitespace, Hangul/Braille fillers, and characters whose
  mapping below is empty (combining marks, variation selectors).
* ``space``: whitespace (``str.isspace``), mapped to one ASCII space (runs collapse at scan time).
* a replacement string: ``NFKD(c)`` (compatibility decomposition, step 2), case-folded
  (``str.casefold``, step 5), decomposed again, combining marks (Mn/Mc/Me) removed (step 4),
  confusable Latin lookalikes folded (step 3), recomposed with NFC (keeps Hangul syllables whole).

Applying NFKC per character is equivalent to NFKC on the string except where canonical
composition joins two characters: a base and a mark (the mark is removed anyway) or Hangul
conjoining jamo (left decomposed). Documented in README.md.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

# Lowercase lookalikes folded to the Latin letter they imitate (applied after case folding,
# so an uppercase lookalike folds through its lowercase form: Cyrillic Н -> н -> h).
CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "г": "r",
    "е": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "п": "n",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ј": "j",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ӏ": "l",
    "ь": "b",
    "ԍ": "g",
    "ү": "y",
    "ɩ": "i",
    # Greek
    "α": "a",
    "β": "b",
    "γ": "y",
    "ε": "e",
    "ζ": "z",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "μ": "m",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "w",
    "ϲ": "c",
    "ϳ": "j",
    # Armenian
    "օ": "o",
    "ս": "u",
    "ո": "n",
    "հ": "h",
    "ց": "g",
    # Latin lookalikes without a compatibility decomposition
    "ı": "i",
    "ȷ": "j",
    "ɑ": "a",
    "ɡ": "g",
    "ɒ": "a",
    "ʏ": "y",
    "ᴀ": "a",
    "ʙ": "b",
    "ᴄ": "c",
    "ᴅ": "d",
    "ᴇ": "e",
    "ɢ": "g",
    "ʜ": "h",
    "ɪ": "i",
    "ᴊ": "j",
    "ᴋ": "k",
    "ʟ": "l",
    "ᴍ": "m",
    "ɴ": "n",
    "ᴏ": "o",
    "ᴘ": "p",
    "ʀ": "r",
    "ꜱ": "s",
    "ᴛ": "t",
    "ᴜ": "u",
    "ᴠ": "v",
    "ᴡ": "w",
    "ᴢ": "z",
    "ŀ": "l",
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ħ": "h",
    "ŧ": "t",
    "ƀ": "b",
    "ɨ": "i",
}

# Visible-looking-as-nothing characters that are not Cf/Cc.
EXTRA_INVISIBLE = {0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x180E}


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _is_invisible(cp: int) -> bool:
    ch = chr(cp)
    if ch.isspace():
        return False
    cat = unicodedata.category(ch)
    return cat in ("Cf", "Cc") or cp in EXTRA_INVISIBLE or 0xE0000 <= cp <= 0xE007F


def _fold_once(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = s.casefold()
    s = unicodedata.normalize("NFKD", s)
    out = []
    for ch in s:
        if _is_mark(ch) or _is_invisible(ord(ch)):
            continue
        if ch.isspace():
            out.append(" ")
            continue
        out.append(CONFUSABLES.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def mapping(cp: int) -> str | None:
    """Return what code point ``cp`` normalises to (``""`` = deleted), or None if unchanged."""
    ch = chr(cp)
    if _is_invisible(cp):
        return ""
    if ch.isspace():
        return " "
    s = _fold_once(ch)
    # Folding can expose characters that fold further (rare); iterate to a fixed point.
    for _ in range(4):
        t = "".join(_fold_once(c) if c != " " else " " for c in s)
        if t == s:
            break
        s = t
    return None if s == ch else s


def build() -> dict[str, object]:
    """Compute the table."""
    delete: list[int] = []
    space: list[int] = []
    repl: list[list[object]] = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        m = mapping(cp)
        if m is None:
            continue
        if m == "":
            delete.append(cp)
        elif m == " " and chr(cp).isspace():
            space.append(cp)
        else:
            repl.append([cp, m])
    return {
        "unicode_version": unicodedata.unidata_version,
        "delete": _ranges(delete),
        "space": _ranges(space),
        "map": repl,
    }


def _ranges(cps: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in cps:
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def main() -> int:
    """Write charmap.json beside this file."""
    table = build()
    # Every output character must map to itself, so normalising twice changes nothing.
    dele = {cp for lo, hi in table["delete"] for cp in range(lo, hi + 1)}  # type: ignore[attr-defined]
    spc = {cp for lo, hi in table["space"] for cp in range(lo, hi + 1)}  # type: ignore[attr-defined]
    rep = {cp: s for cp, s in table["map"]}  # type: ignore[attr-defined]
    for s in rep.values():
        for ch in s:
            cp = ord(ch)
            assert cp not in dele and (cp in rep) is False and (cp not in spc or ch == " "), (s, ch)
    path = Path(__file__).with_name("charmap.json")
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {path}: {len(table['map'])} mappings, unicode {table['unicode_version']}")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
