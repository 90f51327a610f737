"""Reading grades for ru, pt and ar, each checked against a sum done by hand from the
paper's coefficients (sources in summarizer/readability/formulas_intl.py); Vietnamese has
no formula whose coefficients could be checked, so it is "not measured", never a guess."""

from __future__ import annotations

import pytest

from summarizer.readability import formulas_intl


def test_russian_oborneva_grade_by_hand() -> None:
    # "Мы читали новую книгу дома." 5 words, vowels: мы 1, читали 3, новую 3, книгу 2,
    # дома 2 = 11 syllables; six sentences -> 30 words, 66 syllables.
    text = " ".join(["Мы читали новую книгу дома."] * 6)
    report = formulas_intl.analyze_for_grade(text, "ru")
    by_hand = 0.5 * (30 / 6) + 8.4 * (66 / 30) - 15.59  # = 5.39
    assert report.headline_grade == pytest.approx(by_hand, abs=0.05)


def test_portuguese_martins_flesch_by_hand() -> None:
    # "O menino viu a casa bonita do gato." o 1, me-ni-no 3, viu 1, a 1, ca-sa 2,
    # bo-ni-ta 3, do 1, ga-to 2: 8 words, 14 syllables; four sentences.
    easy = " ".join(["O menino viu a casa bonita do gato."] * 4)
    ease = 248.835 - 1.015 * 8 - 84.6 * (14 / 8)  # = 92.67: 75-100, grades 1-4
    assert ease >= 75
    assert formulas_intl.analyze_for_grade(easy, "pt").headline_grade == 2.5
    # "Medicamentos experimentais necessitam acompanhamento especializado contínuo."
    # me-di-ca-men-tos 5, ex-pe-ri-men-tais 5, ne-ces-si-tam 4, a-com-pa-nha-men-to 6,
    # es-pe-ci-a-li-za-do 7, con-tí-nu-o 4: 6 words, 31 syllables
    hard = " ".join(["Medicamentos experimentais necessitam acompanhamento "
                     "especializado contínuo."] * 6)
    ease = 248.835 - 1.015 * 6 - 84.6 * (31 / 6)  # = -194: below 25, university
    assert ease < 25
    assert formulas_intl.analyze_for_grade(hard, "pt").headline_grade == 14.0


def test_arabic_al_heeti_grade_by_hand() -> None:
    # كتب 3, الولد 5, درسه 4, في 2, البيت 5 letters: 19 letters in 5 words
    text = " ".join(["كتب الولد درسه في البيت."] * 8)
    report = formulas_intl.analyze_for_grade(text, "ar")
    by_hand = 4.41434307 * (19 / 5) - 13.46873475  # = 3.31
    assert report.headline_grade == pytest.approx(by_hand, abs=0.05)
    assert "Al-Heeti" in report.headline_name


def test_arabic_vowel_marks_are_not_letters_and_do_not_split_words() -> None:
    """Harakat (fatha, damma, kasra, sukun, shadda) and the tatweel are marks on a
    letter: the vocalised text has the same words and letters as the bare one."""
    bare = " ".join(["كتب الولد درسه في البيت."] * 8)
    marked = " ".join(["كَتَبَ الوَلَدُ دَرْسَهُ فِي البَيْـتِ."] * 8)
    one = formulas_intl.analyze_for_grade(bare, "ar")
    two = formulas_intl.analyze_for_grade(marked, "ar")
    assert (two.words, two.headline_grade) == (one.words, one.headline_grade) == (40, 3.3)


def test_vietnamese_has_no_validated_formula() -> None:
    text = " ".join(["Tôi đi học mỗi ngày với bạn."] * 6)
    assert not formulas_intl.has_validated_formula("vi")
    with pytest.raises(LookupError, match="no validated formula for vi"):
        formulas_intl.analyze_for_grade(text, "vi")
