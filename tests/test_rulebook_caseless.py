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
