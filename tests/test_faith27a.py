"""Faithfulness fixes of the faith27a session, read first on the labelled folders'
rewrites (train25, train26) and checked on every released folder.

- a view or a first-person result printed as its evaluative opposite, with the speaker
  named or not: "the most exciting result" called "disappointing", "felt completely
  fine" as "felt very unwell", "my bleeding gums didn't change" as "had stopped",
  "underused" as "overused", "le plus beau cadeau" as "inutile". The opposites are data
  (`[reversals.opposites]` of words/<lang>.toml), read by reversals.opposite_problems.
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids, rewrite

EVALUATION_REVERSED = [
    ("train26", "Professor Venkataraghavan called the result disappointing"),
    ("train26", "Harpreet felt very unwell after giving plasma"),
    ("train25", "After a month, my bleeding gums had stopped"),
    ("train25", "My breath didn't change, and I never gagged"),
    ("train26", "Dr. Achebe-Whitfield said hydroxyurea is overused"),
    ("train26", "Dr Brennan-Oyelaran thinks home treatment is a burden"),
    ("train26", "Léonie Perrenoud juge le rappel coqueluche"),
    ("heldout16", "Dr. Farrell says shockwave should be the first treatment"),
    ("train25", "Dr. Fennimore said most of his patients need"),
    ("train25", "In my experience a blood test rarely helps"),
    ("train26", "One reader's sickness carried on"),
    ("train25", "Le Pr Kervella conseille d'arrêter"),
    ("heldout11", "My own view is that it's a cure"),
    ("train25", "In my view, a splint is a cure"),
    ("heldout11", "\"It fixes addiction"),
    ("train26", "The doctor thinks healthy people should avoid donating"),
    ("train25", "El doctor Cifuentes recomienda ponerse un piercing"),
    ("heldout16", "Curcumin worked much better than"),
]


@pytest.mark.parametrize(("folder", "start"), EVALUATION_REVERSED, ids=ids)
def test_a_result_or_view_printed_as_its_opposite_is_blocked(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert not faithful
    assert blocked(quote, text, lang, kind)


EVALUATION_KEPT = [
    ("train26", "Professor Venkataraghavan said it is the most exciting"),
    ("train26", "Harpreet gave plasma for the first time"),
    ("train25", "A reviewer used it for a month with no change"),
    ("train25", "One buyer's breath felt fresher"),
    ("train26", "Dr. Achebe-Whitfield believes hydroxyurea is the most underused"),
    ("train26", "Dr Brennan-Oyelaran believes home treatment gives"),
    ("train25", "Dr. Fennimore, who led the trial, thinks most of his patients do not need"),
]


@pytest.mark.parametrize(("folder", "start"), EVALUATION_KEPT, ids=ids)
def test_the_same_result_or_view_in_other_words_passes(folder: str, start: str):
    quote, text, lang, kind, faithful = rewrite(folder, start)
    assert faithful
    assert not blocked(quote, text, lang, kind)
