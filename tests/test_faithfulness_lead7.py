"""'Some patients may get X' printed as 'Some people get X' (tester, session 7): the
quote's 'may' is said of 'some', which the text keeps, so nothing is made certain; the
same modal with no 'some' kept, or said of everyone, is still blocked."""

from __future__ import annotations

import pytest

from summarizer.gate.faithfulness import check_rewrite

SOME_KEPT = [
    ("Some patients may experience side effects such as nausea and dizziness.",
     "Some people get side effects such as nausea and dizziness.", "en"),
    ("A few people may feel dizzy for an hour after the infusion.",
     "A few people feel dizzy for an hour after the infusion.", "en"),
    ("Algunos pacientes pueden tener náuseas durante la primera semana.",
     "Algunas personas tienen náuseas durante la primera semana.", "es"),
    ("Certains patients peuvent avoir des nausées la première semaine.",
     "Certaines personnes ont des nausées la première semaine.", "fr"),
    ("Einige Patienten können in der ersten Woche Übelkeit bekommen.",
     "Einige Menschen bekommen in der ersten Woche Übelkeit.", "de"),
]

STILL_CERTAIN = [
    ("Some patients may experience nausea.", "Patients get nausea.", "en"),
    ("Ketamine may help depression in some patients.", "Ketamine helps depression.", "en"),
    ("The drug may ease anxiety, and some users report calm.",
     "The drug eases anxiety, and some users report calm.", "en"),
    ("Algunos pacientes pueden tener náuseas.", "Los pacientes tienen náuseas.", "es"),
]


@pytest.mark.parametrize(("quote", "text", "lang"), SOME_KEPT)
@pytest.mark.parametrize("kind", ["opinion", "randomized-controlled", "side-effects"])
def test_a_modal_said_of_some_is_kept_by_some(quote: str, text: str, lang: str,
                                              kind: str) -> None:
    assert [p.message for p in check_rewrite(quote, text, lang, kind)] == []


@pytest.mark.parametrize(("quote", "text", "lang"), STILL_CERTAIN)
def test_a_modal_not_said_of_a_kept_some_still_blocks(quote: str, text: str,
                                                       lang: str) -> None:
    codes = [p.code for p in check_rewrite(quote, text, lang, "opinion")]
    assert "FAITH-CERTAINTY" in codes, codes
