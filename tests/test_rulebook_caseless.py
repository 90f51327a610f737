"""rulebook.CaselessPattern finds exactly what re.IGNORECASE finds (issue 8, speed).

Word lists are matched by first looking in the lowercased text with a case-sensitive
copy (about five times faster in CPython's `re`); every match, offset and word as written
must stay those of the IGNORECASE pattern, on real articles and on text whose case
folding is unusual.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import rulebook
from summarizer.rulebook import CaselessPattern

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
ODD = [
    "İSTANBUL clinics say NICE and the GP agree; Straße, ΣΊΣΥΦΟΣ, \u212aelvin and ﬁle.",
    "DO NOT STOP TAKING IT SUDDENLY: SIDE EFFECTS INCLUDE NAUSEA AND DIZZINESS.",
    "No Deje El Tratamiento De Golpe; Puede Causar Mareos Y Náuseas.",
]


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out = [s for t in texts for s in re.split(r"(?<=[.!?])\s+|\n", t) if s.strip()]
    return out[:400] + ODD


@pytest.mark.parametrize("lang", ["en", "es"])
def test_word_lists_match_as_ignorecase_does(lang: str) -> None:
    sentences = _sentences()
    for wl in rulebook.language(lang).lists.values():
        if not wl.entries:
            continue
        fast = wl.pattern
        exact = re.compile(fast.pattern, re.IGNORECASE)
        for s in sentences:
            assert [(m.span(), m.group(0)) for m in fast.finditer(s)] == [
                (m.span(), m.group(0)) for m in exact.finditer(s)], (wl.name, s)
            assert fast.sub("_", s) == exact.sub("_", s), (wl.name, s)
            assert bool(fast.match(s, 3)) == bool(exact.match(s, 3)), (wl.name, s)


def test_escapes_keep_their_case_and_inline_flags_run_as_written() -> None:
    p = CaselessPattern(r"\bNOT\W+APPROVED\b")
    assert p.search("It is Not - approved here").group(0) == "Not - approved"
    assert p.search("It is not approved").span() == (6, 18)
    assert p.search("notapproved") is None
    flagged = CaselessPattern(r"\bin\s+(?-i:[A-Z])\w+")
    assert flagged.search("approved in europe") is None
    assert flagged.search("approved IN Europe").group(0) == "IN Europe"


def test_text_whose_lowercase_changes_length_is_read_as_written() -> None:
    p = CaselessPattern(r"\bnausea\b")
    text = "İİİ nausea"  # "İ".lower() is two characters: offsets would shift
    assert p.search(text).span() == (4, 10)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"\bcompletely safe\b", "It is completely ſafe, they say."),  # long s folds to s
    (r"\bμg\b", "Take 5 µg a day."),  # micro sign and Greek mu are one letter to re
    (r"\bdizzy\b", "I felt DIZZY and dızzy."),  # dotless i folds to i under IGNORECASE
    (r"\bk\w+", "\u212aelvin"),  # Kelvin sign
    ("\\bd\\u00c9j\\u00e0\\b", "déjà vu"),  # a list written with escapes of capitals
    (r"\w*σ\b", "ΟΔΟΣ and οδος"),  # final sigma
])
def test_folds_beyond_lowercase_are_found_as_ignorecase_finds_them(pattern: str,
                                                                  text: str) -> None:
    """Reviewer, session 4: the lowercased copy missed what IGNORECASE finds through
    case folds str.lower() does not make (long s, micro sign, dotless i, escapes)."""
    exact = re.compile(pattern, re.IGNORECASE)
    fast = CaselessPattern(pattern)
    assert exact.search(text), "the case must be one IGNORECASE finds"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in exact.finditer(text)]
    assert bool(fast.search(text)) and fast.search(text).span() == exact.search(text).span()


def test_the_fold_table_covers_every_extra_case_of_re() -> None:
    """Every pair re's IGNORECASE matches beyond simple lowercasing is in the table."""
    casefix = pytest.importorskip("re._casefix")
    table = rulebook._CASE_FOLDS
    for k, others in casefix._EXTRA_CASES.items():
        for o in others:
            a, b = chr(k), chr(o)
            assert re.fullmatch(a, b, re.IGNORECASE)
            assert a.lower().translate(table) == b.lower().translate(table), (a, b)
