"""Faithfulness fixes of the faith27b session: numbers read by value in faithful
plain-language rewrites of the labelled folders, while a changed number stays blocked.

- "once" as "formerly" ("if you take or once took bone medicines") and "noch einmal" as
  "again" count nothing;
- a number word times a thousand is one number ("une personne sur dix mille" is 1 in
  10 000), so the same share in words passes and a changed one does not;
- "deux fois la dose" for "doubler la dose": a pair, as "double up" is in English.
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids, rewrite

NOT_A_COUNT = [
    ("train25", "Let us know before the consultation if you take or once took"),
    ("train20", "Bringen Sie die Inhalatoren mit: Wir sehen beim Inhalieren zu"),
]


@pytest.mark.parametrize(("folder", "start"), NOT_A_COUNT, ids=ids)
def test_once_as_formerly_and_noch_einmal_as_again_count_nothing(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert faithful
    assert not blocked(quote, text, lang, kind)


def test_a_count_of_once_against_another_count_is_still_blocked():
    quote, text, lang, kind, _ = rewrite("train20", "Press once, then breathe slowly")
    assert blocked(quote, text.replace("Press once", "Press twice"), lang, kind)
    quote, text, lang, kind, _ = rewrite("train20", "Bringen Sie die Inhalatoren mit")
    assert blocked(quote, text.replace("4 Wochen", "6 Wochen"), lang, kind)


THOUSANDS = [
    ("train25", "Avec un bisphosphonate en comprimés contre l'ostéoporose"),
]


@pytest.mark.parametrize(("folder", "start"), THOUSANDS, ids=ids)
def test_a_number_word_times_a_thousand_is_read_as_one_number(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert faithful and "dix mille" in text
    assert not blocked(quote, text, lang, kind)
    assert blocked(quote, text.replace("dix mille", "cent mille"), lang, kind)
    assert blocked(quote, text.replace("dix mille", "dix"), lang, kind)


def test_twice_the_dose_for_doubling_it_is_the_same_count():
    quote, text, lang, kind, faithful = rewrite("train16", "Prendre deux fois la dose")
    assert faithful and "Doubler la dose" in quote
    assert not blocked(quote, text, lang, kind)
    assert blocked(quote, text.replace("deux fois", "trois fois"), lang, kind)

