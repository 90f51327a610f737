"""A percentage that is a change in an average is not a share of people (tester, session
8): the coaching note told the nurse to turn "el dolor bajó un 29 %" into a "de cada 10"
frequency, and "bajó en 3 de cada 10 pacientes" says something else. A percentage after a
change verb (fell, dropped, improved, reduced by; bajó, disminuyó, mejoró; a baissé, a
diminué; sank, fiel) gets a note that says so, and never a natural frequency."""

from __future__ import annotations

import pytest

from summarizer.readability.notes import number_format


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Pain scores fell by 29% over three months.", "en"),
    ("Pain dropped 29% in the group that used it.", "en"),
    ("Anxiety improved by 40% on average.", "en"),
    ("Symptoms were reduced by 35 percent.", "en"),
    ("Sleep time increased by 12% after four weeks.", "en"),
    ("El dolor bajó un 29 % en tres meses.", "es"),
    ("El dolor disminuyó en un 29 % en tres meses.", "es"),
    ("La ansiedad mejoró un 40 % de media.", "es"),
    ("Le score d'anxiété a baissé de 29 %.", "fr"),
    ("Die Schmerzen sanken um 29 %.", "de"),
])
def test_a_change_of_an_average_gets_no_natural_frequency(sentence: str, lang: str) -> None:
    notes = number_format(sentence, lang)
    assert notes, sentence
    assert all(fix is None for *_, fix in notes)
    message = " ".join(m for _, _, m, _ in notes)
    assert "7 in 10" not in message and "7 de cada 10" not in message, message


@pytest.mark.parametrize(("sentence", "lang", "fix"), [
    ("About 70% of patients felt better.", "en", "About 7 in 10"),
    ("El 56 % de los pacientes mejoró.", "es", "56 de cada 100"),
])
def test_a_share_of_people_still_gets_one(sentence: str, lang: str, fix: str) -> None:
    assert [f for *_, f in number_format(sentence, lang)] == [fix]
