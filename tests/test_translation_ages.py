"""An age written with its unit in the translation is the same number.

tester9: "adults over 65" translated "adultos de más de 65 años" was refused with
FAITH-TRANSLATION "the translation added '65 años'": Spanish, French and German give an
age its word for years where English leaves it bare. A bare number of the source that a
translation writes in years (and back: years dropped for a bare number) is the same
number; a number that had another unit in the source ("12 weeks" -> "12 años") is still
a change, and so is another number.
"""

from __future__ import annotations

import pytest

from summarizer.gate.faithfulness import translation_problems

SAME = [
    ("A study tested melatonin in 120 adults over 65.",
     "Un estudio probó la melatonina en 120 adultos de más de 65 años.", "es"),
    ("Not for children under 12.", "No apto para menores de 12 años.", "es"),
    ("Not for children under 12.", "Pas pour les enfants de moins de 12 ans.", "fr"),
    ("Not for children under 12.", "Nicht für Kinder unter 12 Jahren.", "de"),
    ("It is for adults aged 18 to 65.", "Es para adultos de 18 a 65 años.", "es"),
    ("Not for children under 12 years.", "Pas pour les enfants de moins de 12.", "fr"),
]

CHANGED = [
    ("It lasted 12 weeks.", "Duró 12 años.", "es"),
    ("Not for children under 12.", "No apto para menores de 14 años.", "es"),
    ("Not for children under 12 years.", "No apto para menores de 12 semanas.", "es"),
    ("Adults over 65 took it for 8 weeks.", "Adultos de más de 65 años lo tomaron 6 semanas.",
     "es"),
]


@pytest.mark.parametrize(("source", "translated", "lang"), SAME)
def test_an_age_given_its_unit_is_the_same_number(source: str, translated: str,
                                                  lang: str) -> None:
    assert translation_problems(translated, lang, source, "en") == []


@pytest.mark.parametrize(("source", "translated", "lang"), CHANGED)
def test_another_number_or_unit_is_still_a_change(source: str, translated: str,
                                                  lang: str) -> None:
    problems = translation_problems(translated, lang, source, "en")
    assert [p.code for p in problems] == ["FAITH-TRANSLATION"]
    assert "65" not in problems[0].message  # only the real change is named
