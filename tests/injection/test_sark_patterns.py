"""SARK pattern files: InjectionDetector.from_sark_patterns / add_patterns_from_sark (issue 12).

Both backends through the public API; the translation of SARK's regexes checked against SARK's
own semantics (Python ``re``, IGNORECASE, raw text) on SARK's file and on generated regexes.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sark_accel.errors import InvalidArgument
from sark_accel.injection import InjectionDetector, InvalidPattern, SarkPatternsRejected
from sark_accel.injection._python import check_dialect, load_library, normalize
from sark_accel.injection._sark import _slug, _Untranslatable, translate_regex

SARK = Path(__file__).resolve().parents[1] / "data" / "injection" / "sark"
SARK_FILE = SARK / "injection_patterns.yaml"
yaml = pytest.importorskip("yaml")  # the sark extra; listed in the test requirements


def sark_regexes() -> dict[str, str]:
    return {p["name"]: p["regex"] for p in yaml.safe_load(SARK_FILE.read_text())["patterns"]}


def test_sarks_file_loads_whole(backend: str) -> None:
    with InjectionDetector.from_sark_patterns(SARK_FILE, backend=backend, keep_shipped=False) as det:
        assert len(det.patterns) == len(sark_regexes()) == 33
        by_id = {p["id"]: p for p in det.patterns}
        assert by_id["sark.eval_function"]["severity"] == "high"  # critical
        assert by_id["sark.eval_function"]["weight"] == 40  # the file's severity_weights
        assert by_id["sark.ignore_previous_instructions"]["weight"] == 25
        assert by_id["sark.debug_mode"] == {
            "id": "sark.debug_mode",
            "category": "sark",
            "severity": "low",
            "weight": 5,
            "pattern": "debug mode",
            "description": "Debug mode request",
        }
    with InjectionDetector.from_sark_patterns(SARK_FILE, backend=backend, block_threshold=80) as det:
        assert len(det.patterns) == len(load_library()) + 33
        r = det.scan_text("please eval(x)")  # sark.eval_function 40 + cmd.eval_exec 10
        assert (r.risk_score, r.decision) == (50, "alert")


def texts_to_compare() -> list[str]:
    """Texts on which normalisation only lowers the case (ASCII, single spaces), where the
    translated regex must find exactly what SARK's finds."""
    texts = [json.loads(line)["text"] for line in (SARK / "strings.jsonl").open(encoding="utf-8")]
    return [t for t in texts if normalize(t) == t.lower()]


def test_translation_finds_what_sark_finds(backend: str) -> None:
    texts = texts_to_compare()
    assert len(texts) > 90
    with InjectionDetector.from_sark_patterns(SARK_FILE, backend=backend, keep_shipped=False) as det:
        for text in texts:
            found = {f.pattern_id for f in det.scan_text(text).findings}
            for name, regex in sark_regexes().items():
                assert (_slug(name) in found) == bool(re.search(regex, text, re.IGNORECASE)), (name, text)


BAD = """
patterns:
  - name: "Lookahead"
    regex: "ignore(?=\\\\s+all)"
    severity: "high"
  - name: "Fine"
    regex: "perfectly\\\\s+fine"
    severity: "medium"
  - name: "Backreference"
    regex: "(a)\\\\1"
    severity: "low"
  - name: "Inner boundary"
    regex: "a\\\\bb"
    severity: "low"
  - name: "Nested repeat"
    regex: "(a+)+b"
    severity: "low"
  - name: "Odd severity"
    regex: "x"
    severity: "extreme"
  - regex: "nameless"
    severity: "low"
  - name: "Fine"
    regex: "twice"
    severity: "low"
"""


def test_unusable_patterns_are_named_and_nothing_is_added(backend: str, tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(BAD)
    with InjectionDetector(backend=backend) as det:
        before = det.patterns
        with pytest.raises(SarkPatternsRejected) as info:
            det.add_patterns_from_sark(path)
        assert det.patterns == before
    assert isinstance(info.value, InvalidPattern)
    assert [name for name, _ in info.value.rejected] == [
        "Lookahead",
        "Backreference",
        "Inner boundary",
        "Nested repeat",
        "Odd severity",
        "#7",
        "Fine",
    ]
    reasons = dict(info.value.rejected[:4])
    assert reasons["Lookahead"].startswith("lookaround")
    assert reasons["Backreference"].startswith("backreference")
    assert "repeat of a repeated sub-expression" in reasons["Nested repeat"]
    assert "'Lookahead'" in str(info.value) and "none added" in str(info.value)
    with pytest.raises(SarkPatternsRejected):
        InjectionDetector.from_sark_patterns(path, backend=backend)


def test_file_errors(backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for text in ["- just a list", "patterns: 3", "{unclosed"]:
        path = tmp_path / "bad.yaml"
        path.write_text(text)
        with InjectionDetector(backend=backend) as det, pytest.raises(InvalidArgument, match="SARK pattern file"):
            det.add_patterns_from_sark(path)
    monkeypatch.setitem(sys.modules, "yaml", None)
    with InjectionDetector(backend=backend) as det, pytest.raises(ImportError, match=r"sark-accel\[sark\]"):
        det.add_patterns_from_sark(SARK_FILE)


def test_from_sark_patterns_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        InjectionDetector.from_sark_patterns(SARK_FILE, "python")  # type: ignore[misc]
    with pytest.raises(TypeError):
        InjectionDetector.from_sark_patterns(SARK_FILE, backend="python", patterns=[])


@pytest.mark.parametrize(
    ("sark", "ours"),
    [
        (r"ignore\s+(?:all\s+)?instructions?", "ignore (?:all )?instructions?"),
        (r"system\s*:\s*", "system ?: ?"),
        (r"(send|post)\s+.{0,50}\s+to\s+https?://", "(?:send|post) .{0,50} to https?://"),
        (r"\bDAN\b", "(?:^|[^a-z0-9_])(dan)(?:$|[^a-z0-9_])"),
        (r"(?i)(?P<verb>Act)\s+as\s+\w+", "(?:act) as [a-z0-9_]+"),
        (r"[A-F\d\s]{2}\S\W\D", "[a-f0-9 ]{2}[^ ][^a-z0-9_][^0-9]"),
        (r"\\x[0-9a-fA-F]{2}", r"\\x[0-9a-fa-f]{2}"),
    ],
)
def test_translation(sark: str, ours: str) -> None:
    assert translate_regex(sark) == ours


@pytest.mark.parametrize("sark", [r"a(?=b)", r"a(?<!b)", r"(a)\1", r"a\bb", r"(?x)a", r"\p{L}", "[a"])
def test_untranslatable(sark: str) -> None:
    with pytest.raises(_Untranslatable):
        translate_regex(sark)


_PIECES = [
    "a",
    "B",
    "c",
    "x",
    " ",
    r"\s+",
    r"\s*",
    r"\s?",
    r"\w",
    r"\w+",
    r"\d",
    "[A-C]",
    "[^a ]",
    ".",
    "(?:a|B)",
    "(x|Y)",
]
_TEXT = st.lists(st.sampled_from(["a", "A", "b", "B", "c", "x", "Y", "1", "_", "-"]), min_size=1, max_size=4).map(
    "".join
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5).map("".join),
    st.lists(_TEXT, min_size=1, max_size=5).map(" ".join),
)
def test_translation_matches_like_sark(regex: str, text: str) -> None:
    """On text with single spaces, the translated regex over the normalised text matches where
    SARK's regex matches the raw text ignoring case."""
    translated = translate_regex(regex)
    assert bool(re.search(translated, normalize(text))) == bool(re.search(regex, text, re.IGNORECASE))


@settings(max_examples=500, deadline=None)
@given(
    st.text(max_size=40)
    | st.lists(st.sampled_from([*_PIECES, "(", ")", "[", "]", "\\", "{2,}", "(?", "|"])).map("".join)
)
def test_any_regex_translates_or_is_refused_by_name(regex: str) -> None:
    """Whatever a pattern file holds: a translation the dialect check then judges, or a reason."""
    try:
        translated = translate_regex(regex)
    except _Untranslatable:
        return
    try:
        check_dialect("sark.x", translated)
    except InvalidPattern as exc:
        assert str(exc).startswith("sark.x: ")


def weights_doc(weights: dict[str, Any]) -> str:
    lines = ["patterns:", '  - name: "p"', '    regex: "fox"', '    severity: "critical"', "severity_weights:"]
    return "\n".join(lines + [f"  {k}: {json.dumps(v)}" for k, v in weights.items()]) + "\n"


@pytest.mark.parametrize(
    ("weights", "want"), [({}, 40), ({"critical": 70}, 70), ({"critical": 0}, 1), ({"critical": 500}, 100)]
)
def test_severity_weights(tmp_path: Path, weights: dict[str, Any], want: int) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(weights_doc(weights))
    with InjectionDetector.from_sark_patterns(path, backend="python", keep_shipped=False) as det:
        assert det.patterns[0]["weight"] == want
    path.write_text(weights_doc({"critical": "lots"}))
    with pytest.raises(InvalidArgument):
        InjectionDetector.from_sark_patterns(path, backend="python")
