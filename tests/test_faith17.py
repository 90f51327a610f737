"""Session 15's faithfulness fixes (faith17), each read on heldout17's rewrites first.

- a quoted view restated with its speaker named as the subject ("The pharmacist finds
  …", "Dr. Tesfaye, a geriatrician, would not …") keeps it someone's view.
"""

from __future__ import annotations

import pytest
from faith_helpers import blocked, ids, rewrite

SPEAKER_NAMED = [
    "The pharmacist finds most women wait years",
    "The clinic's physiotherapist sees the chair",
    "Dr. Tesfaye, a geriatrician, would not start",
    "The lead professor called the finding",
    "Die Apothekerin erlebt, dass viele Frauen",
]


@pytest.mark.parametrize("start", SPEAKER_NAMED, ids=ids)
def test_a_view_restated_with_its_speaker_as_subject_passes(start: str):
    quote, text, lang, kind, faithful = rewrite("heldout17", start)
    assert faithful
    assert not blocked(quote, text, lang, kind)


@pytest.mark.parametrize(("quote", "text"), [
    ('"This is the breakthrough that men have been waiting for," said Professor Ada Reeves.',
     "This is the breakthrough men have been waiting for."),
    ('"I see the chair as a help for women," says our physiotherapist, Aoife Byrne.',
     "The chair is a help for women, and research shows it."),
], ids=ids)
def test_a_view_stated_as_fact_is_still_blocked(quote: str, text: str):
    assert blocked(quote, text, "en", "opinion")


def test_a_count_written_onto_times_before_daily_is_read():
    """"dreimal täglich" is three times a day, as "dreimal am Tag" (heldout17's ibuprofen
    order was blocked as 'daily' against 'three times a day')."""
    quote, text, lang, kind, faithful = rewrite("heldout17", "Ibuprofen, 400 mg bis zu dreimal")
    assert faithful
    assert not blocked(quote, text, lang, kind)
    assert blocked(quote, text.replace("dreimal am Tag", "zweimal am Tag"), lang, kind)
    assert blocked("Nehmen Sie 400 mg zweimal täglich.", "Nehmen Sie 400 mg dreimal am Tag.",
                   "de", "self-medication")


@pytest.mark.parametrize("start", [
    "About 2 in 3 women in the maker's own study",  # 41 of 64
    "Unos 7 de cada 10 pacientes de la clínica",  # 52 of 76
], ids=ids)
def test_a_share_in_words_rounding_the_quotes_count_passes(start: str):
    quote, text, lang, kind, faithful = rewrite("heldout17", start)
    assert faithful
    assert not blocked(quote, text, lang, kind)


@pytest.mark.parametrize("share", ["About 1 in 2", "About 9 in 10", "About 3 in 4"])
def test_a_share_the_quotes_count_does_not_round_to_is_blocked(share: str):
    quote, text, lang, kind, _ = rewrite("heldout17", "About 2 in 3 women in the maker's own")
    assert blocked(quote, text.replace("About 2 in 3", share), lang, kind)
