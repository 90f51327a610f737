"""Evidence levels of session 15 (evid17): the general causes of heldout17's mismatches,
each read in context as the gate reads a quote (derive_evidence), from the labelled
article where it exists (by path, the label's level), else written here: a release's lede
that shrinks something "offering new hope to millions of men" reports the rat study told
next (the men it hopes for are not the people it was found in)."""

from __future__ import annotations

import pytest
from evidence_helpers import level
from test_evid15 import labelled

# --- a lede's hoped-for people are not the people studied --------------------------------


@pytest.mark.parametrize("opening", [
    "Nigerian scientists shrink enlarged prostate",
    "A natural compound purified from bitter leaf shrank",
])
def test_a_lede_for_millions_of_men_reports_the_rat_study(opening: str) -> None:
    got, want = labelled("heldout17", "en-prostate-rats-bitter-leaf-press-release", opening)
    assert want == "animal"
    assert got == want


@pytest.mark.parametrize(("text", "quote", "lang"), [
    ("A plant extract shrank swollen thyroid glands by a third in six weeks, offering new "
     "hope to thousands of women who face surgery.\n\nIn the study, 30 mice were fed the "
     "extract every day while 30 others got plain food.",
     "A plant extract shrank swollen thyroid glands", "en"),
    ("Un extracto vegetal encogió los quistes a la mitad en un mes, una esperanza para "
     "millones de mujeres.\n\nEn el estudio, 24 ratas recibieron el extracto cada día y "
     "otras 24 recibieron agua.", "Un extracto vegetal encogió", "es"),
])
def test_a_shrinking_lede_takes_the_animals_told_next(text: str, quote: str, lang: str) -> None:
    assert level(text, quote, lang) == "animal"


def test_people_counted_in_thousands_are_still_studied() -> None:
    sentence = ("Those figures come from registers that have followed thousands of "
                "pregnancies in women taking the medicine.")
    assert level(sentence, sentence) == "human-observational"
